import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { body, expectNoRule, expectRule } from './rule-expectations.js';

// A unit or ministry counts for its stakeholder wherever the rules look at parties (RULES.md).
const PARTIES = `programme P { as-of 2026-06-30 review every 6 months }
stakeholder Council : municipality ${body().replace('}', '    unit Planning : urban-planning\n    unit Water : water-sanitation\n}')}
stakeholder Ministry : government ${body({ scale: 'supralocal' }).replace('}', '    ministry Infra : infrastructure-industry-it\n}')}
stakeholder WaterCo : utility-provider ${body({ scale: 'supralocal', sector: 'private' })}
stakeholder Residents : citizens ${body({ sector: 'civil' })}
grievance Desk established 2026-01-10
`;

const check = (links: string) => buildWorkspace({ 'parties.ssc': PARTIES, 'links.ssc': links });

describe('rules on units and ministries named by qualified name', () => {
    test('categorization/isolated: a stakeholder whose unit takes part in a relation is not isolated', async () => {
        const ws = await check('relation Council.Planning -> Residents : consults\nrelation Ministry.Infra -> WaterCo : regulates');
        expectNoRule(ws, Rule.Isolated);
        expect(ws.analysis().stakeholders.find(s => s.id === 'Council')?.relationCount).toBe(1);
    });

    test("kpi/examiner-not-municipality: a municipal unit may examine a service provider's KPI; a ministry may not", async () => {
        expectNoRule(await check('kpi Losses { provider WaterCo examiner Council.Water }'), Rule.KpiExaminerNotMunicipality);
        const ws = await check('kpi Losses { provider WaterCo examiner Ministry.Infra }');
        const [d] = expectRule(ws, 'links.ssc', Rule.KpiExaminerNotMunicipality);
        expect(d.text).toBe('Ministry.Infra');
        expect(d.message).toContain("(group 'government')");
    });

    test("kpi/judge-and-judged: a stakeholder examining its own unit's KPI judges itself", async () => {
        const ws = await check('kpi Leaks { provider Council.Water examiner Council }');
        expect(expectRule(ws, 'links.ssc', Rule.KpiJudgeAndJudged)[0].message).toContain('part of the same stakeholder');
        expectNoRule(await check('kpi Leaks { provider Council.Water examiner Council.Planning }'), Rule.KpiJudgeAndJudged);
    });

    test("consultation/exclusive and narrow-scale: a ministry counts with its government's scale", async () => {
        const ws = await check(
            'consultation H { date 2026-03-15 participants Council.Planning, Residents, Ministry.Infra information-shared 2026-03-01 grievance Desk feedback "x" }',
        );
        expectNoRule(ws, Rule.ConsultationNarrowScale);
        expectNoRule(ws, Rule.ConsultationExclusive);
        const local = await check(
            'consultation H { date 2026-03-15 participants Council.Planning, Residents information-shared 2026-03-01 grievance Desk feedback "x" }',
        );
        expect(expectRule(local, 'parties.ssc', Rule.ConsultationNarrowScale)[0].message).toContain('only local');
    });

    test('relation/self: a unit related to itself', async () => {
        expectRule(await check('relation Council.Planning -> Council.Planning : informs'), 'links.ssc', Rule.RelationSelf);
    });

    test('the analysis JSON names units by their qualified ids', async () => {
        const ws = await check('relation Council.Planning -> Residents : consults\nkpi K { provider WaterCo examiner Council.Water }');
        const analysis = ws.analysis();
        expect(analysis.relations[0]).toMatchObject({ from: 'Council.Planning', to: 'Residents' });
        expect(analysis.kpis[0]).toMatchObject({ examiner: 'Council.Water' });
        expect(analysis.stakeholders[0].units.map(u => u.qualifiedId)).toEqual(['Council.Planning', 'Council.Water']);
    });
});
