import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { body, expectNoRule, expectRule, model } from './rule-expectations.js';

const W = `stakeholder W : utility-provider ${body()}\n`;

describe('process/review-overdue', () => {
    test('as-of after the latest assessment plus the cadence is overdue, reported on the review line', async () => {
        const ws = await model(
            `programme P {\n    as-of 2026-10-01\n    review every 3 months\n}\n${W}assessment "Q2" on 2026-06-30 { W supportive }`,
        );
        const [d] = expectRule(ws, 'model.ssc', Rule.ReviewOverdue);
        expect(d.range.start.line).toBe(2);
        expect(d.message).toMatch(
            /^The review is overdue: the next was due by 2026-09-30, every 3 months after the latest assessment \(2026-06-30\)\./,
        );
    });
    test('not overdue on the due date itself; the day is clamped to the month end', async () => {
        expectNoRule(
            await model(`programme P { as-of 2026-09-30 review every 3 months }\n${W}assessment "Q2" on 2026-06-30 { W supportive }`),
            Rule.ReviewOverdue,
        );
        expectNoRule(
            await model(`programme P { as-of 2026-09-30 review every 1 month }\n${W}assessment "A" on 2026-08-31 { W supportive }`),
            Rule.ReviewOverdue,
        );
        expectRule(
            await model(`programme P { as-of 2026-10-01 review every 1 month }\n${W}assessment "A" on 2026-08-31 { W supportive }`),
            'model.ssc',
            Rule.ReviewOverdue,
        );
    });
    test('no assessment at all is overdue', async () => {
        const ws = await model(`programme P { as-of 2026-01-01 review every 6 months }\n${W}`);
        expect(expectRule(ws, 'model.ssc', Rule.ReviewOverdue)[0].message).toMatch(/^The review every 6 months has never taken place/);
    });
    test('without a cadence there is nothing to be overdue', async () => {
        expectNoRule(
            await model(`programme P { as-of 2030-01-01 }\n${W}assessment "Q2" on 2026-06-30 { W supportive }`),
            Rule.ReviewOverdue,
        );
    });
    test('the latest assessment in any file counts', async () => {
        const ws = await buildWorkspace({
            'p.ssc': 'programme P { as-of 2026-10-01 review every 3 months }',
            'a.ssc': `${W}assessment "Q2" on 2026-06-30 { W supportive }`,
            'b.ssc': 'assessment "Q3" on 2026-09-15 { W supportive }',
        });
        expectNoRule(ws, Rule.ReviewOverdue);
    });
});

describe('process/never-assessed', () => {
    test('with a cadence, a stakeholder no assessment names is flagged on its name', async () => {
        const ws = await model(
            `programme P { as-of 2026-06-30 review every 6 months }\n${W}stakeholder R : citizens ${body()}\nassessment "Q2" on 2026-06-30 { R supportive }`,
        );
        const [d] = expectRule(ws, 'model.ssc', Rule.NeverAssessed);
        expect(d.text).toBe('W');
        expect(d.message.split('. ')[0].length).toBeLessThanOrEqual(120);
    });
    test('without a cadence it is not checked; an assessment in another file counts', async () => {
        expectNoRule(await model(`programme P { as-of 2026-06-30 }\n${W}`), Rule.NeverAssessed);
        const ws = await buildWorkspace({
            'p.ssc': 'programme P { review every 6 months }',
            'a.ssc': W,
            'b.ssc': 'assessment "Q" on 2026-01-01 { W neutral }',
        });
        expectNoRule(ws, Rule.NeverAssessed);
    });
});
