import {
    AstUtils,
    Cancellation,
    DefaultScopeComputation,
    interruptAndCheck,
    MultiMap,
    type AstNode,
    type AstNodeDescription,
    type LangiumDocument,
    type LocalSymbols,
} from 'langium';
import { isStakeholder } from '../generated/ast.js';
import { cancellationTicker } from '../utils/interrupt.js';

/**
 * Every referable element of `.ssc` is top-level and global across the workspace, so all references
 * resolve through the hashed global index. Collecting no local symbols avoids Langium's linear scan of
 * the document root's local scope, which made linking quadratic in one big file (LANGIUM-NOTES, fix 1).
 * Units and ministries are exported too, under their qualified name (`CityCouncil.Planning`): a unit
 * name alone names nothing, and two stakeholders may both have a `Planning` unit.
 *
 * The exports of a top-level element are kept while it lives at the same place in its document: a
 * block re-parse keeps every element it did not touch (their syntax nodes moved in place), so only
 * the edited element's declarations are made again. Their segments are read when asked for
 * (SscNodeDescription).
 */
export class SscScopeComputation extends DefaultScopeComputation {
    private readonly kept = new WeakMap<AstNode, { uri: string; index: number | undefined; exports: AstNodeDescription[] }>();

    override async collectExportedSymbols(
        document: LangiumDocument,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
    ): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        const uri = document.uri.toString();
        const exports: AstNodeDescription[] = [];
        this.addExportedSymbol(root, exports, document);
        const tick = cancellationTicker(cancelToken);
        for (const node of AstUtils.streamContents(root)) {
            const pause = tick();
            if (pause) await pause;
            const kept = this.kept.get(node);
            if (kept && kept.uri === uri && kept.index === node.$containerIndex) {
                exports.push(...kept.exports);
                continue;
            }
            // Descriptions read their segments from the tree when asked for (SscNodeDescription), so
            // they stay true while a block re-parse moves this element.
            const mine: AstNodeDescription[] = [];
            this.addExportedSymbol(node, mine, document);
            this.kept.set(node, { uri, index: node.$containerIndex, exports: mine });
            exports.push(...mine);
        }
        await interruptAndCheck(cancelToken);
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }

    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        super.addExportedSymbol(node, exports, document);
        if (!isStakeholder(node) || !node.name) return;
        for (const member of [...node.units, ...node.ministries]) {
            if (member.name) exports.push(this.descriptions.createDescription(member, qualifiedName(node.name, member.name), document));
        }
    }
}

/** The name a unit or ministry is referred to by: its stakeholder's name, a dot, its own name. */
export function qualifiedName(stakeholder: string, member: string): string {
    return `${stakeholder}.${member}`;
}
