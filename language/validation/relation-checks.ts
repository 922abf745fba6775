import { AstUtils, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Model, Relation } from '../generated/ast.js';
import { relationKey } from '../model/participation.js';
import type { SscServices } from '../ssc-module.js';
import { elementAt, relatedAt } from './locate.js';
import { report } from './report.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts } from './workspace-facts.js';

function endsRange(r: Relation): Range | undefined {
    const from = r.from?.$refNode?.range,
        to = r.to?.$refNode?.range;
    return from && to ? { start: from.start, end: to.end } : undefined;
}

// Position of each relation among the relations of its file, computed once per parse.
const ordinals = new WeakMap<Model, Map<Relation, number>>();

function ordinalOf(r: Relation, model: Model): number {
    let map = ordinals.get(model);
    if (!map) {
        map = new Map();
        for (const e of model.elements) if (e.$type === 'Relation') map.set(e as Relation, map.size);
        ordinals.set(model, map);
    }
    return map.get(r) ?? -1;
}

function describe(r: { from: string; to: string; kind: string; mutual: boolean }): string {
    return `${r.from} ${r.mutual ? '<->' : '->'} ${r.to} : ${r.kind}`;
}

/** Checks of the interaction map (clause 4.1 a, Figure 3). */
export class RelationChecks {
    private readonly facts: WorkspaceFacts;
    private readonly documents: LangiumDocuments;

    constructor(services: SscServices) {
        this.facts = services.ssc.WorkspaceFacts;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** `relation/self` */
    checkSelf(r: Relation, accept: ValidationAcceptor): void {
        const from = r.from?.$refText;
        if (!from || from !== r.to?.$refText) return;
        report(
            accept,
            Rule.RelationSelf,
            `This relation leads from ${from} back to itself. An interaction map shows how different stakeholders relate to one another (clause 4.1 a, Figure 3); point it at another stakeholder, or remove it.`,
            { node: r, range: endsRange(r) },
        );
    }

    /** `relation/duplicate`: the same ends, direction and kind declared earlier in the workspace. */
    checkDuplicate(r: Relation, accept: ValidationAcceptor): void {
        const data = { from: r.from?.$refText ?? '', to: r.to?.$refText ?? '', kind: r.kind, mutual: r.mutual };
        if (!data.from || !data.to || !r.kind) return;
        const document = AstUtils.getDocument(r);
        const uri = document.uri.toString();
        const ordinal = ordinalOf(r, document.parseResult.value as Model);
        const key = relationKey(data);
        const first = this.facts.read(r, 'first-same-relation', v => {
            const mine = v.index.relationsInFile(uri)[ordinal];
            const same = v.index.sameRelations(key);
            return same.indexOf(mine) > 0 ? { file: same[0].file, line: same[0].line } : null;
        });
        if (!first) return;
        const earlier = elementAt(this.documents, first.file, first.line, 'Relation');
        const elsewhere = first.file === uri ? `on line ${first.line}` : 'in another file';
        report(
            accept,
            Rule.RelationDuplicate,
            `The relation ${describe(data)} is already declared ${elsewhere}. Each link of the interaction map (clause 4.1 a) needs stating once; remove this copy, or change its kind if a different link was meant.`,
            { node: r, range: endsRange(r), relatedInformation: earlier ? relatedAt(earlier, 'first declared here', null) : [] },
        );
    }
}
