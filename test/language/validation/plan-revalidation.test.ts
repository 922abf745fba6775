import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace, editFile } from '../../helpers/workspace.js';
import { body } from './rule-expectations.js';

const FILES = {
    'p.ssc': 'programme P { as-of 2026-06-30 review every 3 months }',
    's.ssc': `stakeholder W : utility-provider ${body({ power: '5', engagement: 'resistant -> supportive' })}\nstakeholder R : citizens ${body({ power: 'low', strategy: 'keep-informed' })}`,
    'a.ssc': 'action Talks { with R owner W level involve due 2026-07-31 status open }',
    'q.ssc': 'assessment "Q1" on 2026-03-31 { R supportive }',
};

describe('the plan and process rules follow edits in other files', () => {
    const codes = (ws: Awaited<ReturnType<typeof buildWorkspace>>, file: string) => ws.diagnostics(file).map(d => d.code);

    test('an action with W added elsewhere clears its gap and its powerful-resistant risk', async () => {
        const ws = await buildWorkspace(FILES);
        expect(codes(ws, 's.ssc')).toEqual(expect.arrayContaining([Rule.GapWithoutAction, Rule.PowerfulResistant]));
        await editFile(ws, 'a.ssc', `${FILES['a.ssc']}\naction Win { with W owner W level involve status open }`);
        expect(codes(ws, 's.ssc')).not.toContain(Rule.GapWithoutAction);
        expect(codes(ws, 's.ssc')).not.toContain(Rule.PowerfulResistant);
        expect(codes(ws, 's.ssc')).not.toContain(Rule.ParticipationBelowStrategy);
    });

    test('a later as-of in the programme file makes an action in another file overdue', async () => {
        const ws = await buildWorkspace(FILES);
        expect(codes(ws, 'a.ssc')).not.toContain(Rule.OverdueAction);
        await editFile(ws, 'p.ssc', 'programme P { as-of 2026-08-01 review every 3 months }');
        expect(codes(ws, 'a.ssc')).toContain(Rule.OverdueAction);
    });

    test('an assessment recorded in another file clears never-assessed and the overdue review', async () => {
        const ws = await buildWorkspace({ ...FILES, 'p.ssc': 'programme P { as-of 2026-07-15 review every 3 months }' });
        expect(codes(ws, 'p.ssc')).toContain(Rule.ReviewOverdue);
        expect(codes(ws, 's.ssc')).toContain(Rule.NeverAssessed);
        await editFile(ws, 'q.ssc', `${FILES['q.ssc']}\nassessment "Q2" on 2026-07-01 { W resistant }`);
        expect(codes(ws, 'p.ssc')).not.toContain(Rule.ReviewOverdue);
        expect(codes(ws, 's.ssc')).not.toContain(Rule.NeverAssessed);
    });

    test('lowering the power of the only decider in another file raises empower-without-decision', async () => {
        const ws = await buildWorkspace({ ...FILES, 'a.ssc': 'action Vote { with R, W owner W level empower }' });
        expect(codes(ws, 'a.ssc')).not.toContain(Rule.EmpowerWithoutDecision);
        await editFile(ws, 's.ssc', FILES['s.ssc'].replace('power 5', 'power 2'));
        expect(codes(ws, 'a.ssc')).toContain(Rule.EmpowerWithoutDecision);
    });

    test('dropping the only action with a stakeholder brings back its participation finding', async () => {
        const ws = await buildWorkspace(FILES);
        expect(codes(ws, 's.ssc').filter(c => c === Rule.ParticipationBelowStrategy)).toHaveLength(1);
        await editFile(ws, 'a.ssc', FILES['a.ssc'].replace('status open', 'status dropped'));
        expect(codes(ws, 's.ssc').filter(c => c === Rule.ParticipationBelowStrategy)).toHaveLength(2);
    });
});
