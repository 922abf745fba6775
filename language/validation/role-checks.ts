import type { ValidationAcceptor } from 'langium';
import { isStakeholder, type Kpi, type Stakeholder } from '../generated/ast.js';
import type { SscServices } from '../ssc-module.js';
import { relatedAt } from './locate.js';
import { report } from './report.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/** Groups whose KPIs the municipality examines (clauses 5.1, 5.3-5.5): the service providers. */
const SERVICE_PROVIDER_GROUPS: readonly string[] = ['city-services-company', 'utility-provider', 'ict-company'];

function isServiceProvider(s: { group: string | null; sector: string | null }): boolean {
    return (s.group !== null && SERVICE_PROVIDER_GROUPS.includes(s.group)) || s.sector === 'private';
}

/** Checks of the roles clause 5 gives to stakeholders: who examines KPIs, where units belong. */
export class RoleChecks {
    private readonly facts: WorkspaceFacts;

    constructor(services: SscServices) {
        this.facts = services.ssc.WorkspaceFacts;
    }

    /** `kpi/judge-and-judged`: the examiner is the provider, a unit or ministry of it, or the stakeholder the provider belongs to. */
    checkJudgeAndJudged(kpi: Kpi, accept: ValidationAcceptor): void {
        const provider = kpi.provider?.$refText,
            examiner = kpi.examiner?.$refText;
        if (!provider || !examiner) return;
        const same = provider === examiner || examiner.startsWith(provider + '.') || provider.startsWith(examiner + '.');
        if (!same) return;
        const who =
            provider === examiner
                ? `${examiner} both provides and examines KPI ${kpi.name}`
                : `KPI ${kpi.name} is provided by ${provider} and examined by ${examiner}, part of the same stakeholder`;
        report(
            accept,
            Rule.KpiJudgeAndJudged,
            `${who}. Clause 5.1 warns that a provider evaluating its own service acts as judge and judged, and gives the examiner's role to the municipality. Name another examiner, normally the municipality that contracts the service.`,
            { node: kpi, property: 'examiner', relatedInformation: relatedAt(kpi, `provider of ${kpi.name}`, 'provider') },
        );
    }

    /**
     * `kpi/examiner-not-municipality`: the KPI of a service provider (group `city-services-company`,
     * `utility-provider` or `ict-company`, or sector `private`) is examined by something that is not a
     * `municipality` stakeholder or one of its units. KPIs of other providers are not checked.
     */
    checkExaminerIsMunicipality(kpi: Kpi, accept: ValidationAcceptor): void {
        const examiner = kpi.examiner?.$refText,
            provider = kpi.provider?.$refText;
        // An examiner that is the provider itself is kpi/judge-and-judged's finding.
        if (!examiner || !provider || examiner === provider) return;
        const finding = this.facts.read(kpi, 'examiner-of-provider', v => {
            const p = v.index.party(provider),
                e = v.index.party(examiner);
            if (!p || !e || !isServiceProvider(p) || e.group === 'municipality') return null;
            return { providerGroup: p.group, providerSector: p.sector, examinerGroup: e.group, examinerId: e.id };
        });
        if (!finding) return;
        const what =
            finding.providerGroup && SERVICE_PROVIDER_GROUPS.includes(finding.providerGroup)
                ? `of group '${finding.providerGroup}'`
                : 'of the private sector';
        const target = kpi.examiner!.ref;
        const examinerGroup = finding.examinerGroup ? `group '${finding.examinerGroup}'` : 'no group';
        report(
            accept,
            Rule.KpiExaminerNotMunicipality,
            `KPI ${kpi.name} of ${provider} is examined by ${examiner} (${examinerGroup}), not by a municipality. ${provider} is a service provider (${what}), and clause 5.1 asks municipalities to act as the examiners of the services they contract: choosing the KPIs and target values and evaluating them periodically. Name a 'municipality' stakeholder or one of its units as examiner.`,
            {
                node: kpi,
                property: 'examiner',
                relatedInformation: target
                    ? relatedAt(
                          target,
                          `${finding.examinerId} is of group '${finding.examinerGroup ?? '?'}'`,
                          isStakeholder(target) ? 'group' : 'name',
                      )
                    : [],
            },
        );
    }

    /** `roles/unit-misplaced`: a unit outside a municipality, or a ministry outside a government. */
    checkUnitPlacement(s: Stakeholder, accept: ValidationAcceptor): void {
        const group = s.group?.$refText || 'unknown';
        if (group !== 'municipality') {
            for (const unit of s.units) {
                report(
                    accept,
                    Rule.UnitMisplaced,
                    `Unit ${unit.name} sits in ${s.name}, a '${group}' stakeholder, not a municipality. Table 2 (clause 5.1) describes units as departments of a city administration. Move it into a 'municipality' stakeholder, or make ${s.name} one.`,
                    { node: unit, property: 'name', relatedInformation: relatedAt(s, `group of ${s.name}`, 'group') },
                );
            }
        }
        if (group !== 'government') {
            for (const ministry of s.ministries) {
                report(
                    accept,
                    Rule.UnitMisplaced,
                    `Ministry ${ministry.name} sits in ${s.name}, a '${group}' stakeholder, not a government. Table 3 (clause 5.2) describes ministries as units of a national or regional government. Move it into a 'government' stakeholder, or make ${s.name} one.`,
                    { node: ministry, property: 'name', relatedInformation: relatedAt(s, `group of ${s.name}`, 'group') },
                );
            }
        }
    }
}
