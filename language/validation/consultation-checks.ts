import { AstUtils, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Consultation, Grievance, Programme } from '../generated/ast.js';
import { CIVIC_GROUPS } from '../model/balance.js';
import { compareDates, isCalendarDate } from '../model/dates.js';
import { processScale, type ProcessScaleFinding } from '../model/participation.js';
import type { SscServices } from '../ssc-module.js';
import { elementAt, propertyRange, relatedAt } from './locate.js';
import { listWords, report } from './report.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts, WorkspaceView } from './workspace-facts.js';

/** Checks of the guiding principles and core values of participation (clauses 4.2, 4.2.1). */
export class ConsultationChecks {
    private readonly facts: WorkspaceFacts;
    private readonly documents: LangiumDocuments;

    constructor(services: SscServices) {
        this.facts = services.ssc.WorkspaceFacts;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    private participants(c: Consultation): Array<{ group: string | null; scale: string | null }> {
        const ids = c.participants.map(p => p.$refText);
        return this.facts.read(c, 'participants', v =>
            ids.map(id => {
                const s = v.index.party(id);
                return { group: s?.group ?? null, scale: s?.scale ?? null };
            }),
        );
    }

    private where(c: Consultation): { node: Consultation; property: 'participants' | 'name' } {
        return { node: c, property: c.participants.length > 0 ? 'participants' : 'name' };
    }

    /** `consultation/exclusive`: no citizens or NGO among the participants. */
    checkInclusive(c: Consultation, accept: ValidationAcceptor): void {
        if (this.participants(c).some(p => p.group !== null && CIVIC_GROUPS.includes(p.group))) return;
        const range = c.participants.length > 0 ? propertyRange(c, 'participants', 0) : undefined;
        report(
            accept,
            Rule.ConsultationExclusive,
            `No citizens or NGO stakeholder takes part in consultation ${c.name}. Clause 4.2 warns that the stakeholder process may become exclusive and leave whole social segments out; invite a 'citizens' or 'ngo' stakeholder (or one of its units).`,
            { ...this.where(c), range },
        );
    }

    /**
     * `consultation/narrow-scale` when the workspace has no programme: the finding on the whole
     * consultation process is reported once, on the first consultation of the workspace (with a
     * programme, {@link WorkspaceChecks} reports it there).
     */
    checkScale(c: Consultation, accept: ValidationAcceptor): void {
        const uri = AstUtils.getDocument(c).uri.toString();
        const line = (c.$cstNode?.range.start.line ?? -1) + 1;
        const finding = this.facts.read(c, 'process-scale', v => {
            const first = v.snapshot.analysis.consultations[0];
            if (v.snapshot.analysis.programme.file !== null || !first || first.file !== uri || first.line !== line) return null;
            return narrowScaleFinding(v);
        });
        if (!finding) return;
        report(accept, Rule.ConsultationNarrowScale, narrowScaleMessage(finding), { node: c, property: 'name' });
    }

    /** `consultation/late-information`: no information date, or not before the consultation. */
    checkInformation(c: Consultation, accept: ValidationAcceptor): void {
        if (!c.informationShared) {
            report(
                accept,
                Rule.ConsultationLateInformation,
                `Consultation ${c.name} records no date on which information was shared with participants. Clause 4.2 (second guiding principle) asks that the relevant stakeholders have access to the information before the consultative process starts; add 'information-shared YYYY-MM-DD'.`,
                { node: c, property: 'name' },
            );
            return;
        }
        if (!c.date || !isCalendarDate(c.date) || !isCalendarDate(c.informationShared) || compareDates(c.informationShared, c.date) < 0)
            return;
        report(
            accept,
            Rule.ConsultationLateInformation,
            `Information for consultation ${c.name} was shared on ${c.informationShared}, not before the consultation on ${c.date}. Clause 4.2 (second guiding principle) asks that the relevant stakeholders have access to the information before the consultative process starts; share it earlier and update the date.`,
            { node: c, property: 'informationShared', relatedInformation: relatedAt(c, 'date of the consultation', 'date') },
        );
    }

    /**
     * `consultation/no-grievance`: no grievance mechanism; or none of the named mechanisms has an
     * `established` date strictly before the consultation's (clause 4.2: it must exist *before*).
     */
    checkGrievance(c: Consultation, accept: ValidationAcceptor): void {
        if (c.grievances.length === 0) {
            report(
                accept,
                Rule.ConsultationNoGrievance,
                `Consultation ${c.name} names no grievance mechanism. Clause 4.2 asks for impartial, accessible and fair ways to raise grievances and resolve conflicts to be established before the consultative process; declare a 'grievance NAME established YYYY-MM-DD' and reference it here with 'grievance NAME'.`,
                { node: c, property: 'name' },
            );
            return;
        }
        const ids = c.grievances.map(g => g.$refText);
        const found = this.facts.read(c, 'grievances', v =>
            ids.map(id => {
                const g = v.index.grievance(id);
                return g ? { id, date: g.established } : null;
            }),
        );
        // Unresolved names are reported as unknown references; judge the mechanisms that exist.
        const known = found.filter((g): g is { id: string; date: string | null } => g !== null);
        if (known.length === 0) return;
        const date = c.date && isCalendarDate(c.date) ? c.date : null;
        const dated = known.filter(g => g.date !== null && isCalendarDate(g.date));
        if (date ? dated.some(g => compareDates(g.date!, date) < 0) : dated.length > 0) return;
        const related: DiagnosticRelatedInformation[] = [];
        for (const ref of c.grievances) {
            const target = ref.ref as Grievance | undefined;
            if (!target) continue;
            related.push(
                ...relatedAt(
                    target,
                    target.established ? `${target.name} established ${target.established}` : `${target.name} has no 'established' date`,
                    target.established ? 'established' : 'name',
                ),
            );
        }
        const describe = (g: { id: string; date: string | null }) =>
            g.date
                ? `${g.id} was established ${g.date === date ? 'on the same day' : `on ${g.date}`}`
                : `${g.id} has no 'established' date`;
        const first = date
            ? `No grievance mechanism of consultation ${c.name} was in place before it took place on ${date}.`
            : `No grievance mechanism of consultation ${c.name} has an 'established' date.`;
        const repair = date
            ? "reference a mechanism established earlier, or record the date on which it really was ('established YYYY-MM-DD')"
            : "add 'established YYYY-MM-DD' to the mechanism";
        report(
            accept,
            Rule.ConsultationNoGrievance,
            `${first} ${listWords(known.map(describe))}. Clause 4.2 asks for grievance and conflict-resolution mechanisms to be established before the consultative process, so that participants know where to turn from the start; ${repair}.`,
            { node: c, property: 'grievances', relatedInformation: related },
        );
    }

    /** `consultation/no-feedback`: the consultation is past (against `as-of`) and records no feedback. */
    checkFeedback(c: Consultation, accept: ValidationAcceptor): void {
        if (c.feedback || !c.date || !isCalendarDate(c.date)) return;
        const asOf = this.facts.read(c, 'as-of', v => ({
            date: v.snapshot.analysis.programme.asOf,
            declared: v.snapshot.analysis.programme.asOfDeclared,
        }));
        if (compareDates(c.date, asOf.date) >= 0) return;
        const place = asOf.declared
            ? this.facts.read(c, 'programme-at', v => ({
                  file: v.snapshot.analysis.programme.file,
                  line: v.snapshot.analysis.programme.line,
              }))
            : null;
        const programme =
            place?.file && place.line
                ? (elementAt(this.documents, place.file, place.line, 'Programme') as Programme | undefined)
                : undefined;
        report(
            accept,
            Rule.ConsultationNoFeedback,
            `Consultation ${c.name} took place on ${c.date}, before the model's date ${asOf.date}, but records no feedback. Clause 4.2.1 (core value 6) says participation should include telling participants how their input affected the final decision; add a 'feedback' line saying how and where they were told.`,
            {
                node: c,
                property: 'date',
                relatedInformation: programme ? relatedAt(programme, `as-of ${asOf.date}`, 'asOf') : [],
            },
        );
    }
}

/** The scale gap of the workspace's whole consultation process, or null (clause 4.2, principle 1). */
export function narrowScaleFinding(view: WorkspaceView): ProcessScaleFinding | null {
    return processScale(view.snapshot.analysis.consultations, ref => view.index.party(ref)?.scale ?? null);
}

/** The message of `consultation/narrow-scale` for a finding on the whole process. */
export function narrowScaleMessage(finding: ProcessScaleFinding): string {
    const { local, supralocal } = finding.reached;
    const reached = local ? 'only local' : supralocal ? 'only supralocal' : 'no local or supralocal';
    const lacking =
        !local && !supralocal
            ? "stakeholders with a 'scale' at both levels"
            : local
              ? 'a supralocal (regional or national) stakeholder'
              : 'a local stakeholder';
    const all = finding.consultations === 1 ? 'the one consultation' : `all ${finding.consultations} consultations together`;
    const gap =
        local || supralocal
            ? `${all} ${finding.consultations === 1 ? 'has' : 'have'} no ${local ? 'supralocal' : 'local'} participant`
            : `no participant of ${all} has a 'scale'`;
    return `The consultation process reaches ${reached} stakeholders. Clause 4.2 (first guiding principle) asks the consultative process to include relevant stakeholders at national, sub-national and local levels; a single meeting may stay local, but ${gap}. Invite ${lacking} to at least one consultation.`;
}
