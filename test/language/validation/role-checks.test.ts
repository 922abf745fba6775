import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { body, expectNoRule, expectRule, lineOf, model } from './rule-expectations.js';

const PARTIES = `stakeholder Council : municipality ${body()}
stakeholder Water : utility-provider ${body({ sector: 'private' })}
stakeholder Ministry : government ${body({ scale: 'supralocal' })}
stakeholder Uni : academia ${body({ sector: 'academic' })}
stakeholder Consultancy : LocalFirms ${body({ sector: 'private' })}
group LocalFirms`;

describe('kpi/judge-and-judged', () => {
    test('a KPI examined by its provider is an error on the examiner, pointing at the provider', async () => {
        const ws = await buildWorkspace({ 'parties.ssc': PARTIES, 'kpi.ssc': 'kpi Losses {\n    provider Water\n    examiner Water\n}' });
        const [d] = expectRule(ws, 'kpi.ssc', Rule.KpiJudgeAndJudged);
        expect(d.text).toBe('Water');
        expect(d.range.start.line).toBe(2);
        expect(d.relatedInformation?.[0].location.range.start.line).toBe(1);
    });
    test('provider and examiner differ', async () => {
        const ws = await buildWorkspace({ 'parties.ssc': PARTIES, 'kpi.ssc': 'kpi Losses { provider Water examiner Council }' });
        expectNoRule(ws, Rule.KpiJudgeAndJudged);
        expectNoRule(ws, Rule.KpiExaminerNotMunicipality);
    });
});

describe('kpi/examiner-not-municipality', () => {
    test('an examiner of another group (declared in another file) is flagged, pointing at its group', async () => {
        const ws = await buildWorkspace({ 'parties.ssc': PARTIES, 'kpi.ssc': 'kpi Losses { provider Water examiner Ministry }' });
        const [d] = expectRule(ws, 'kpi.ssc', Rule.KpiExaminerNotMunicipality);
        expect(d.text).toBe('Ministry');
        expect(d.message).toContain("(group 'government')");
        expect(d.relatedInformation?.[0].location).toMatchObject({
            uri: 'file:///work/parties.ssc',
            range: { start: { line: lineOf(PARTIES, ': government') } },
        });
    });
    test("a ministry examining a university's KPI is not a finding: only service providers' KPIs are checked", async () => {
        const ws = await buildWorkspace({ 'parties.ssc': PARTIES, 'kpi.ssc': 'kpi Graduates { provider Uni examiner Ministry }' });
        expectNoRule(ws, Rule.KpiExaminerNotMunicipality);
    });
    test('a private-sector provider of a custom group counts as a service provider', async () => {
        const ws = await buildWorkspace({ 'parties.ssc': PARTIES, 'kpi.ssc': 'kpi Reports { provider Consultancy examiner Uni }' });
        expect(expectRule(ws, 'kpi.ssc', Rule.KpiExaminerNotMunicipality)[0].message).toContain(
            'a service provider (of the private sector)',
        );
    });
});

describe('roles/unit-misplaced', () => {
    test('a unit outside a municipality and a ministry outside a government are errors on their names', async () => {
        const ws = await model(`stakeholder Water : utility-provider {\n    unit Lab : water-sanitation\n    ministry Energy : energy\n}`);
        const found = expectRule(ws, 'model.ssc', Rule.UnitMisplaced, 2);
        expect(found.map(d => d.text)).toEqual(['Lab', 'Energy']);
        expect(found[0].message).toContain('Table 2');
        expect(found[1].message).toContain('Table 3');
    });
    test('units in a municipality and ministries in a government are in place', async () => {
        const ws = await model(
            `stakeholder C : municipality { unit Lab : water-sanitation }\nstakeholder G : government { ministry Energy : energy }`,
        );
        expectNoRule(ws, Rule.UnitMisplaced);
    });
});
