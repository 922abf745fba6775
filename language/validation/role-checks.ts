import type { ValidationAcceptor } from 'langium';
import type { Kpi, Stakeholder } from '../generated/ast.js';
import type { SscServices } from '../ssc-module.js';
import { relatedAt } from './locate.js';
import { report } from './report.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/** Checks of the roles clause 5 gives to stakeholders: who examines KPIs, where units belong. */
export class RoleChecks {
    private readonly facts: WorkspaceFacts;

    constructor(services: SscServices) {
        this.facts = services.ssc.WorkspaceFacts;
    }

    /** `kpi/judge-and-judged`: the examiner is the provider. */
    checkJudgeAndJudged(kpi: Kpi, accept: ValidationAcceptor): void {
        const provider = kpi.provider?.$refText, examiner = kpi.examiner?.$refText;
        if (!provider || provider !== examiner) return;
        report(accept, Rule.KpiJudgeAndJudged,
            `${examiner} both provides and examines KPI ${kpi.name}, so it would be marking its own performance (clause 5.1). Let the municipality examine the KPI: clause 5.1 makes the city the judge of how its services perform.`,
            { node: kpi, property: 'examiner', relatedInformation: relatedAt(kpi, `provider of ${kpi.name}`, 'provider') });
    }

    /** `kpi/examiner-not-municipality`: the examiner is not of group `municipality`. */
    checkExaminerIsMunicipality(kpi: Kpi, accept: ValidationAcceptor): void {
        const examiner = kpi.examiner?.$refText;
        if (!examiner) return;
        const group = this.facts.read(kpi, 'examiner-group', v => v.index.stakeholder(examiner)?.group ?? null);
        if (group === null || group === 'municipality') return;
        const target = kpi.examiner!.ref;
        report(accept, Rule.KpiExaminerNotMunicipality,
            `KPI ${kpi.name} is examined by ${examiner}, a '${group}' stakeholder. Clause 5.1 puts the city administration in the examiner's seat for the KPIs of city services. Name a 'municipality' stakeholder as examiner.`,
            { node: kpi, property: 'examiner', relatedInformation: target ? relatedAt(target, `${examiner} is of group '${group}'`, 'group') : [] });
    }

    /** `roles/unit-misplaced`: a unit outside a municipality, or a ministry outside a government. */
    checkUnitPlacement(s: Stakeholder, accept: ValidationAcceptor): void {
        const group = s.group?.$refText || 'unknown';
        if (group !== 'municipality') {
            for (const unit of s.units) {
                report(accept, Rule.UnitMisplaced,
                    `Unit ${unit.name} sits in ${s.name}, a '${group}' stakeholder, but municipal units (Table 2, clause 5.1) are departments of a city administration. Move it into a 'municipality' stakeholder, or make ${s.name} one.`,
                    { node: unit, property: 'name', relatedInformation: relatedAt(s, `group of ${s.name}`, 'group') });
            }
        }
        if (group !== 'government') {
            for (const ministry of s.ministries) {
                report(accept, Rule.UnitMisplaced,
                    `Ministry ${ministry.name} sits in ${s.name}, a '${group}' stakeholder, but ministries (Table 3, clause 5.2) are units of a national or regional government. Move it into a 'government' stakeholder, or make ${s.name} one.`,
                    { node: ministry, property: 'name', relatedInformation: relatedAt(s, `group of ${s.name}`, 'group') });
            }
        }
    }
}
