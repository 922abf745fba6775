import { AstUtils, type AstNodeLocator, type IndexManager, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import type { Element, Programme, Stakeholder } from '../generated/ast.js';
import { typeWord } from '../grammar/type-words.js';
import type { SscServices } from '../ssc-module.js';
import { isSameDeclaration, type NameIndex } from './name-index.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/** Step 1 checks (clause 3.1): names that clash across the workspace, and a single programme. */
export class IdentificationChecks {
    private readonly names: NameIndex;
    private readonly locator: AstNodeLocator;
    private readonly indexManager: IndexManager;
    private readonly facts: WorkspaceFacts;

    constructor(services: SscServices) {
        this.names = services.ssc.NameIndex;
        this.facts = services.ssc.WorkspaceFacts;
        this.locator = services.workspace.AstNodeLocator;
        this.indexManager = services.shared.workspace.IndexManager;
    }

    /**
     * `identification/duplicate-name` on a top-level declaration (units within one stakeholder: see
     * {@link checkDuplicateUnits}). Checked element by element, so that the finding is kept with the
     * element while nothing else changes (ElementDiagnosticsCache).
     */
    checkDuplicateName(element: Element, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(element);
        if (isBuiltinUri(document.uri.toString())) return;
        if (!('name' in element) || typeof element.name !== 'string' || !element.name) return;
        const [type, name] = [element.$type, element.name];
        // The element itself is in the index: one declaration of the name is no clash. Asked first, as a
        // fact of its own, so that the element's path and the clashes' texts are made only for a
        // repeated name (most names are not).
        if (this.facts.read(element, 'declarations', () => this.names.declarations(type, name).length) <= 1) return;
        const path = this.locator.getAstNodePath(element);
        const clashes = this.facts.read(element, 'duplicates', () =>
            this.names
                .declarations(type, name)
                .filter(d => !isSameDeclaration(d, document.uri, path))
                .map(d => `${d.documentUri.toString()}#${d.path}@${JSON.stringify(d.nameSegment?.range)}`),
        );
        if (clashes.length === 0) return;
        const others = this.names.declarations(type, name).filter(d => !isSameDeclaration(d, document.uri, path));
        const related: DiagnosticRelatedInformation[] = others.flatMap(d =>
            d.nameSegment
                ? [
                      {
                          location: { uri: d.documentUri.toString(), range: d.nameSegment.range },
                          message: `'${d.name}' is also declared here`,
                      },
                  ]
                : [],
        );
        const builtin = others.some(d => isBuiltinUri(d.documentUri.toString()));
        const what = typeWord(element.$type);
        const where = builtin
            ? 'the built-in vocabulary'
            : `${others.length === 1 ? 'another declaration' : `${others.length} other declarations`} in the workspace`;
        accept(
            'error',
            `Duplicate name '${element.name}': ${where} uses it too. Names are global across all .ssc files and each ${what} needs its own, so that every reference finds one party (clause 3.1 identifies each stakeholder once); rename one of them.`,
            { node: element, property: 'name', code: Rule.DuplicateName, relatedInformation: related },
        );
    }

    /** `identification/multiple-programmes`: a workspace describes one programme. */
    checkSingleProgramme(programme: Programme, accept: ValidationAcceptor): void {
        const count = this.facts.read(programme, 'programmes', () =>
            this.indexManager
                .allElements('Programme')
                .map(d => `${d.name}@${d.documentUri.toString()}#${JSON.stringify(d.nameSegment?.range)}`)
                .toArray(),
        );
        if (count.length < 2) return;
        const all = this.indexManager.allElements('Programme').toArray();
        const document = AstUtils.getDocument(programme);
        const path = this.locator.getAstNodePath(programme);
        const related: DiagnosticRelatedInformation[] = all
            .filter(d => !isSameDeclaration(d, document.uri, path) && d.nameSegment)
            .map(d => ({ location: { uri: d.documentUri.toString(), range: d.nameSegment!.range }, message: `programme '${d.name}'` }));
        accept(
            'error',
            `The workspace holds ${all.length} programmes where one is allowed. They are ${all.map(d => d.name).join(', ')}; whole-model rules need a single programme to report on. Keep one and open the others as separate workspaces.`,
            { node: programme, property: 'name', code: Rule.MultipleProgrammes, relatedInformation: related },
        );
    }

    /** Units and ministries of one stakeholder need distinct names. */
    checkDuplicateUnits(stakeholder: Stakeholder, accept: ValidationAcceptor): void {
        const seen = new Map<string, string>();
        for (const unit of [...stakeholder.units, ...stakeholder.ministries]) {
            if (!unit.name) continue;
            if (seen.has(unit.name)) {
                accept(
                    'error',
                    `Duplicate name '${unit.name}': ${stakeholder.name} already has a unit or ministry of that name. A qualified name (${stakeholder.name}.${unit.name}) must lead to one unit; rename one of them.`,
                    { node: unit, property: 'name', code: Rule.DuplicateName },
                );
            }
            seen.set(unit.name, unit.$type);
        }
    }
}
