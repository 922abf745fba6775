import { AstUtils, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import { isProgramme, type Model, type Programme } from '../generated/ast.js';
import { privateDominance } from '../model/balance.js';
import { STANDARD_GROUPS } from '../model/vocabulary.js';
import type { SscServices } from '../ssc-module.js';
import { narrowScaleFinding, narrowScaleMessage } from './consultation-checks.js';
import { elementAt, relatedAt } from './locate.js';
import { listWords, report } from './report.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts, WorkspaceView } from './workspace-facts.js';

/** Data of a `missing-standard-group` diagnostic, read by its quick fixes. */
export interface MissingGroupsData {
    /** Ids of the standard groups with no stakeholder, in clause order. */
    readonly missing: string[];
    /** True when the diagnostic sits on a programme (so the groups can be added to its `excludes`). */
    readonly onProgramme: boolean;
}

/** The file (URI) that carries the whole-model diagnostics: the programme's, or else the first file. */
function hostFile(view: WorkspaceView): string | null {
    return view.snapshot.analysis.programme.file ?? view.snapshot.documents[0]?.uri.toString() ?? null;
}

/**
 * Whole-model checks (clauses 3.1, 4.2): coverage of the standard groups, balance of power, and a
 * review cadence. They look at every stakeholder of the workspace and report on the programme
 * declaration, or on the first line of the first file when there is no programme.
 */
export class WorkspaceChecks {
    private readonly facts: WorkspaceFacts;
    private readonly documents: LangiumDocuments;

    constructor(services: SscServices) {
        this.facts = services.ssc.WorkspaceFacts;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** Runs the three whole-model rules when this document is the host. */
    checkWholeModel(model: Model, accept: ValidationAcceptor): void {
        const uri = AstUtils.getDocument(model).uri.toString();
        if (!this.facts.read(model, 'host', v => hostFile(v) === uri)) return;
        const programme = model.elements.find(isProgramme);
        const at = programme ? { node: programme as Programme | Model, property: 'name' } : { node: model, range: firstLine(model) };
        this.checkCoverage(model, programme, at, accept);
        this.checkDominance(model, at, accept);
        this.checkReview(programme, at, accept);
        if (programme) this.checkProcessScale(model, at, accept);
    }

    /** `consultation/narrow-scale` on the programme: the consultation process as a whole. */
    private checkProcessScale(model: Model, at: Place, accept: ValidationAcceptor): void {
        const finding = this.facts.read(model, 'process-scale', narrowScaleFinding);
        if (finding) report(accept, Rule.ConsultationNarrowScale, narrowScaleMessage(finding), at);
    }

    private checkCoverage(model: Model, programme: Programme | undefined, at: Place, accept: ValidationAcceptor): void {
        const missing = this.facts.read(model, 'coverage', v => v.snapshot.analysis.coverage.missing);
        if (missing.length === 0) return;
        const names = missing.map(id => `${id} (${STANDARD_GROUPS.find(g => g.id === id)?.clause ?? '?'})`);
        const data: MissingGroupsData = { missing, onProgramme: Boolean(programme) };
        report(
            accept,
            Rule.MissingStandardGroup,
            `${missing.length === 1 ? 'One standard stakeholder group has' : `${missing.length} standard stakeholder groups have`} no stakeholder in the workspace${missing.length === 1 ? `: ${names[0]}.` : `. Missing: ${listWords(names)}.`} Clause 3.1 gives these groups as a non-exhaustive list, and the identification must be city specific, so a group may rightly have no stakeholder here; check each one. Add a stakeholder for each group that plays a part in this city${programme ? `, or list the group under 'excludes' in programme ${programme.name} with the reason it does not apply` : ", or declare a 'programme' and list the group under its 'excludes' with the reason"}.`,
            { ...at, data },
        );
    }

    private checkDominance(model: Model, at: Place, accept: ValidationAcceptor): void {
        const finding = this.facts.read(model, 'dominance', v => {
            const found = privateDominance(v.snapshot.analysis.stakeholders);
            if (!found) return null;
            const places = found.privateHighPower
                .map(id => v.index.stakeholder(id))
                .map(s => ({ id: s!.id, file: s!.file, line: s!.line }));
            return { ...found, places };
        });
        if (!finding) return;
        const related: DiagnosticRelatedInformation[] = finding.places.flatMap(p => {
            const node = elementAt(this.documents, p.file, p.line, 'Stakeholder');
            return node ? relatedAt(node, `${p.id}: private sector, high power`) : [];
        });
        report(
            accept,
            Rule.Dominance,
            `Power leans towards the private sector: ${finding.privateHighPower.length} of the ${finding.highPower.length} high-power stakeholders are private. They are ${listWords(finding.privateHighPower)}, and no citizens or NGO stakeholder has even medium power. By convention two thirds or more counts as dominance; the concern is clause 4.2's, which warns that well-funded business groups may overpower other groups and asks for a balance between competing interests. Give citizens and NGOs real weight, or check the power values.`,
            { ...at, relatedInformation: related },
        );
    }

    private checkReview(programme: Programme | undefined, at: Place, accept: ValidationAcceptor): void {
        if (programme?.review) return;
        report(
            accept,
            Rule.NoReview,
            `${programme ? `Programme ${programme.name}` : 'The model'} states no review cadence. Clause 4.2 warns that the engagement process can turn bureaucratic and never be fully inclusive, so it should be reviewed, updated and monitored continuously; ${programme ? "add 'review every N months' to the programme" : "declare a 'programme' with 'review every N months'"}.`,
            at,
        );
    }
}

type Place = { node: Programme | Model; property?: string; range?: Range };

function firstLine(model: Model): Range {
    const text = AstUtils.getDocument(model).textDocument.getText();
    const end = text.search(/\r?\n|$/);
    return { start: { line: 0, character: 0 }, end: { line: 0, character: end } };
}
