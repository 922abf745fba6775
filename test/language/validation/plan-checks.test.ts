import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { body, expectNoRule, expectRule, model } from './rule-expectations.js';

const PROGRAMME = 'programme P { as-of 2026-06-30 }\n';

/** Every message of the plan rules opens with one short sentence and says it is a convention. */
function expectConventionStyle(message: string): void {
    const first = message.split(/(?<=\.) /)[0];
    expect(first.length).toBeLessThanOrEqual(120);
    expect(message).toMatch(/By convention/);
    expect(message).not.toMatch(/\n/);
    expect(message).not.toMatch(/Supplement (says|requires)/i);
}

describe('plan/action-without-owner', () => {
    test('an action with no owner is flagged on its name', async () => {
        const ws = await model(`${PROGRAMME}stakeholder W : utility-provider ${body()}\naction Talks { with W level consult }`);
        const [d] = expectRule(ws, 'model.ssc', Rule.ActionWithoutOwner);
        expect(d.text).toBe('Talks');
        expectConventionStyle(d.message);
    });
    test('an owner (a unit by its qualified name) is enough', async () => {
        const ws = await model(
            `${PROGRAMME}stakeholder C : municipality { unit Planning : urban-planning }\naction Talks { owner C.Planning }`,
        );
        expectNoRule(ws, Rule.ActionWithoutOwner);
    });
});

describe('plan/overdue-action', () => {
    const action = (due: string, status: string) => `action Talks { owner W due ${due} ${status} }`;
    const stakeholder = `stakeholder W : utility-provider ${body()}\n`;
    test('an open action due before as-of is flagged on its due date, with the as-of date', async () => {
        const ws = await model(`${PROGRAMME}${stakeholder}${action('2026-06-29', 'status open')}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.OverdueAction);
        expect(d.text).toBe('2026-06-29');
        expect(d.message).toContain('still open on 2026-06-30');
        expectConventionStyle(d.message);
    });
    test('an action without status counts as open', async () => {
        expectRule(await model(`${PROGRAMME}${stakeholder}${action('2026-01-01', '')}`), 'model.ssc', Rule.OverdueAction);
    });
    test('due on as-of itself, done or dropped is not overdue', async () => {
        for (const text of [
            action('2026-06-30', 'status open'),
            action('2026-01-01', 'status done 2026-01-02'),
            action('2026-01-01', 'status dropped "Merged"'),
        ]) {
            expectNoRule(await model(`${PROGRAMME}${stakeholder}${text}`), Rule.OverdueAction);
        }
    });
    test('the as-of date of a programme in another file counts', async () => {
        const ws = await buildWorkspace({
            'p.ssc': 'programme P { as-of 2027-01-01 }',
            'a.ssc': `${stakeholder}${action('2026-12-31', 'status open')}`,
        });
        expectRule(ws, 'a.ssc', Rule.OverdueAction);
    });
});

describe('plan/empower-without-decision', () => {
    const people = `stakeholder R : citizens ${body({ power: 'low', strategy: 'keep-informed' })}
stakeholder C : municipality { power high unit Planning : urban-planning }
`;
    test('an empower action with no high-power participant is flagged on its level', async () => {
        const ws = await model(`${PROGRAMME}${people}action Budget { with R owner C level empower }`);
        const [d] = expectRule(ws, 'model.ssc', Rule.EmpowerWithoutDecision);
        expect(d.text).toBe('empower');
        expectConventionStyle(d.message);
    });
    test('a consultation at empower is checked too', async () => {
        const ws = await model(`${PROGRAMME}${people}consultation Vote { level empower participants R }`);
        expect(expectRule(ws, 'model.ssc', Rule.EmpowerWithoutDecision)[0].message).toMatch(/^Consultation Vote/);
    });
    test('a unit of a high-power stakeholder can hand over the decision; the owner alone cannot', async () => {
        expectNoRule(
            await model(`${PROGRAMME}${people}action Budget { with R, C.Planning owner C level empower }`),
            Rule.EmpowerWithoutDecision,
        );
        expectNoRule(await model(`${PROGRAMME}${people}action Budget { with R owner C level collaborate }`), Rule.EmpowerWithoutDecision);
    });
});

describe('plan/gap-without-action', () => {
    const stakeholder = `stakeholder W : utility-provider ${body({ engagement: 'resistant -> supportive', strategy: 'manage-closely' })}\n`;
    test('a desired level above the current one with no action is flagged on the desired level, with the fix data', async () => {
        const ws = await model(`${PROGRAMME}${stakeholder}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.GapWithoutAction);
        expect(d.text).toBe('supportive');
        expect(d.data).toEqual({ stakeholder: 'W', toward: 'supportive', level: 'involve' });
        expectConventionStyle(d.message);
    });
    test('an open or done action with it (or one of its units) clears it; a dropped one does not', async () => {
        expectNoRule(await model(`${PROGRAMME}${stakeholder}action A { with W owner W status open }`), Rule.GapWithoutAction);
        expectNoRule(await model(`${PROGRAMME}${stakeholder}action A { with W owner W status done }`), Rule.GapWithoutAction);
        expectRule(await model(`${PROGRAMME}${stakeholder}action A { with W owner W status dropped }`), 'model.ssc', Rule.GapWithoutAction);
        const council = `stakeholder C : municipality ${body({ engagement: 'neutral -> leading' }).replace('}', '    unit Planning : urban-planning\n}')}\n`;
        expectNoRule(await model(`${PROGRAMME}${council}action A { with C.Planning owner C }`), Rule.GapWithoutAction);
    });
    test('being only the owner of an action does not count', async () => {
        expectRule(
            await model(`${PROGRAMME}${stakeholder}stakeholder X : citizens\naction A { with X owner W }`),
            'model.ssc',
            Rule.GapWithoutAction,
        );
    });
    test('no desired level, or one not above the current level, is no gap', async () => {
        expectNoRule(await model(`${PROGRAMME}stakeholder W : utility-provider ${body({ engagement: 'neutral' })}`), Rule.GapWithoutAction);
        expectNoRule(
            await model(`${PROGRAMME}stakeholder W : utility-provider ${body({ engagement: 'leading -> leading' })}`),
            Rule.GapWithoutAction,
        );
    });
});

describe('plan/participation-below-strategy', () => {
    const grievance = 'grievance G established 2026-01-01\n';
    test('a manage-closely stakeholder only consulted (a consultation without level) is below involve', async () => {
        const ws = await model(
            `${PROGRAMME}${grievance}stakeholder W : utility-provider ${body()}\nconsultation H { participants W grievance G }`,
        );
        const [d] = expectRule(ws, 'model.ssc', Rule.ParticipationBelowStrategy);
        expect(d.text).toBe('manage-closely');
        expect(d.message).toMatch(/^W has reached 'consult' participation, below the 'involve' its strategy 'manage-closely' needs\./);
        expectConventionStyle(d.message);
    });
    test('taking part in nothing is named as such; with no declared strategy the quadrant decides', async () => {
        const ws = await model(`${PROGRAMME}stakeholder W : utility-provider ${body({ strategy: '', interest: 'low' })}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.ParticipationBelowStrategy);
        expect(d.text).toBe('W');
        expect(d.message).toMatch(
            /^W takes part in no consultation or action, though its quadrant's strategy 'keep-satisfied' needs 'consult'\./,
        );
    });
    test('on a line the lowest need applies, and monitor among the candidates needs nothing', async () => {
        const ws = await model(`${PROGRAMME}stakeholder W : utility-provider ${body({ strategy: '', power: 'medium', interest: 'high' })}`);
        expect(expectRule(ws, 'model.ssc', Rule.ParticipationBelowStrategy)[0].message).toContain("needs 'inform'");
        expectNoRule(
            await model(`${PROGRAMME}stakeholder W : utility-provider ${body({ strategy: '', power: 'medium', interest: 'low' })}`),
            Rule.ParticipationBelowStrategy,
        );
        expectNoRule(
            await model(`${PROGRAMME}stakeholder W : utility-provider ${body({ strategy: 'monitor', power: 'low', interest: 'low' })}`),
            Rule.ParticipationBelowStrategy,
        );
    });
    test('reached through a unit in a not-dropped action at the level needed, in another file', async () => {
        const council = `stakeholder C : municipality ${body().replace('}', '    unit Planning : urban-planning\n}')}`;
        const ok = await buildWorkspace({ 'a.ssc': council, 'b.ssc': 'action A { with C.Planning owner C level involve status done }' });
        expectNoRule(ok, Rule.ParticipationBelowStrategy);
        const dropped = await buildWorkspace({
            'a.ssc': council,
            'b.ssc': 'action A { with C.Planning owner C level involve status dropped }',
        });
        expectRule(dropped, 'a.ssc', Rule.ParticipationBelowStrategy);
    });
});

describe('engagement/powerful-resistant once the workspace has actions', () => {
    const w = `stakeholder W : utility-provider ${body({ power: '5', engagement: 'resistant -> supportive' })}\n`;
    test('strategy and a higher desired level are a plan while there are no actions', async () => {
        expectNoRule(await model(`${PROGRAMME}${w}`), Rule.PowerfulResistant);
    });
    test('with actions in the workspace, an open action with it is also needed', async () => {
        const ws = await model(`${PROGRAMME}${w}stakeholder C : municipality\naction Other { with C owner C }`);
        const [d] = expectRule(ws, 'model.ssc', Rule.PowerfulResistant);
        expect(d.message).toContain("an open 'action' with W");
        expectNoRule(await model(`${PROGRAMME}${w}action Talks { with W owner W status open }`), Rule.PowerfulResistant);
        expectRule(await model(`${PROGRAMME}${w}action Talks { with W owner W status done }`), 'model.ssc', Rule.PowerfulResistant);
    });
});
