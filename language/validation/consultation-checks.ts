import { type LangiumDocuments, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Consultation, Grievance, Programme } from '../generated/ast.js';
import { CIVIC_GROUPS } from '../model/balance.js';
import { compareDates, isCalendarDate } from '../model/dates.js';
import { scaleCoverage } from '../model/participation.js';
import type { SscServices } from '../ssc-module.js';
import { elementAt, propertyRange, relatedAt } from './locate.js';
import { report } from './report.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts } from './workspace-facts.js';

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
        return this.facts.read(c, 'participants', v => ids.map(id => {
            const s = v.index.stakeholder(id);
            return { group: s?.group ?? null, scale: s?.scale ?? null };
        }));
    }

    private where(c: Consultation): { node: Consultation; property: 'participants' | 'name' } {
        return { node: c, property: c.participants.length > 0 ? 'participants' : 'name' };
    }

    /** `consultation/exclusive`: no citizens or NGO among the participants. */
    checkInclusive(c: Consultation, accept: ValidationAcceptor): void {
        if (this.participants(c).some(p => p.group !== null && CIVIC_GROUPS.includes(p.group))) return;
        const range = c.participants.length > 0 ? propertyRange(c, 'participants', 0) : undefined;
        report(accept, Rule.ConsultationExclusive,
            `No citizens or NGO stakeholder takes part in consultation ${c.name}. Clause 4.2 warns that a consultation can turn into a closed circle that shuts whole parts of society out; invite a 'citizens' or 'ngo' stakeholder.`,
            { ...this.where(c), range });
    }

    /** `consultation/narrow-scale`: participants do not reach both local and supralocal scales. */
    checkScale(c: Consultation, accept: ValidationAcceptor): void {
        const coverage = scaleCoverage(this.participants(c).map(p => p.scale));
        if (coverage.local && coverage.supralocal) return;
        const lacking = !coverage.local && !coverage.supralocal ? 'both local and supralocal stakeholders' : coverage.local ? 'a supralocal (regional or national) stakeholder' : 'a local stakeholder';
        const reached = coverage.local ? 'only local' : coverage.supralocal ? 'only supralocal' : 'no';
        const range = c.participants.length > 0 ? propertyRange(c, 'participants', 0) : undefined;
        report(accept, Rule.ConsultationNarrowScale,
            `Consultation ${c.name} reaches ${reached} stakeholders. Clause 4.2 asks a consultation to hear parties from the city itself and from the regional and national levels above it; invite ${lacking}.`,
            { ...this.where(c), range });
    }

    /** `consultation/late-information`: no information date, or not before the consultation. */
    checkInformation(c: Consultation, accept: ValidationAcceptor): void {
        if (!c.informationShared) {
            report(accept, Rule.ConsultationLateInformation,
                `Consultation ${c.name} records no date on which information was shared with participants. Clause 4.2 wants participants to have read the material before they are asked for their views; add 'information-shared YYYY-MM-DD'.`,
                { node: c, property: 'name' });
            return;
        }
        if (!c.date || !isCalendarDate(c.date) || !isCalendarDate(c.informationShared) || compareDates(c.informationShared, c.date) < 0) return;
        report(accept, Rule.ConsultationLateInformation,
            `Information for consultation ${c.name} was shared on ${c.informationShared}, which is not before the consultation on ${c.date}. Clause 4.2 wants participants to have read the material before they are asked for their views; share it earlier and update the date.`,
            { node: c, property: 'informationShared', relatedInformation: relatedAt(c, 'date of the consultation', 'date') });
    }

    /** `consultation/no-grievance`: no grievance mechanism, or none established by the consultation date. */
    checkGrievance(c: Consultation, accept: ValidationAcceptor): void {
        if (c.grievances.length === 0) {
            report(accept, Rule.ConsultationNoGrievance,
                `Consultation ${c.name} names no grievance mechanism. Clause 4.2 wants a fair, open way to complain and resolve disputes to exist before anyone is consulted; declare a 'grievance' and reference it here with 'grievance NAME'.`,
                { node: c, property: 'name' });
            return;
        }
        if (!c.date || !isCalendarDate(c.date)) return;
        const ids = c.grievances.map(g => g.$refText);
        const established = this.facts.read(c, 'grievances', v => ids.map(id => v.index.grievance(id)?.established ?? null));
        const known = established.map((date, i) => ({ id: ids[i], date })).filter(g => g.date !== null);
        if (known.length === 0 || known.length < established.length) return;
        const date = c.date;
        if (known.some(g => compareDates(g.date!, date) <= 0)) return;
        const related: DiagnosticRelatedInformation[] = [];
        for (const ref of c.grievances) {
            const target = ref.ref as Grievance | undefined;
            if (target) related.push(...relatedAt(target, `${target.name} established ${target.established}`, 'established'));
        }
        const names = known.map(g => `${g.id} (established ${g.date})`).join(', ');
        report(accept, Rule.ConsultationNoGrievance,
            `The grievance mechanism of consultation ${c.name} came too late: ${names}, after the consultation on ${date}. Clause 4.2 wants the way to complain in place before anyone is consulted; reference a mechanism established by then, or correct the dates.`,
            { node: c, property: 'grievances', relatedInformation: related });
    }

    /** `consultation/no-feedback`: the consultation is past (against `as-of`) and records no feedback. */
    checkFeedback(c: Consultation, accept: ValidationAcceptor): void {
        if (c.feedback || !c.date || !isCalendarDate(c.date)) return;
        const asOf = this.facts.read(c, 'as-of', v => ({ date: v.snapshot.analysis.programme.asOf, declared: v.snapshot.analysis.programme.asOfDeclared }));
        if (compareDates(c.date, asOf.date) >= 0) return;
        const place = asOf.declared ? this.facts.read(c, 'programme-at', v => ({ file: v.snapshot.analysis.programme.file, line: v.snapshot.analysis.programme.line })) : null;
        const programme = place?.file && place.line ? elementAt(this.documents, place.file, place.line, 'Programme') as Programme | undefined : undefined;
        report(accept, Rule.ConsultationNoFeedback,
            `Consultation ${c.name} took place on ${c.date}, before the model's date ${asOf.date}, but records no feedback. Clause 4.2.1 expects participants to learn what became of their input; add a 'feedback' line saying how and where they were told.`,
            {
                node: c, property: 'date',
                relatedInformation: programme ? relatedAt(programme, `as-of ${asOf.date}`, 'asOf') : [],
            });
    }
}

