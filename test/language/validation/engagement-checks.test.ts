import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { body, expectNoRule, expectRule, model } from './rule-expectations.js';

describe('engagement/missing-level', () => {
    test('no engagement line is flagged on the name', async () => {
        const ws = await model(`stakeholder R : citizens ${body({ engagement: '' })}`);
        expect(expectRule(ws, 'model.ssc', Rule.MissingLevel)[0].text).toBe('R');
    });
    test('a current level without desired level is enough', async () => {
        expectNoRule(await model(`stakeholder R : citizens ${body({ engagement: 'neutral' })}`), Rule.MissingLevel);
    });
});

describe('engagement/regression', () => {
    test('a desired level below the current one is an info on the desired level, asking to confirm', async () => {
        const ws = await model(`stakeholder R : citizens ${body({ engagement: 'supportive -> neutral' })}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.Regression);
        expect(d.text).toBe('neutral');
        expect(d.severity).toBe(3);
        expect(d.message).toContain('By convention');
        expect(d.message).toContain('Confirm it is meant');
        expect(d.message).not.toMatch(/never|forbid|must not/i);
    });
    test('keeping the same level is fine', async () => {
        expectNoRule(await model(`stakeholder R : citizens ${body({ engagement: 'supportive -> supportive' })}`), Rule.Regression);
    });
});

describe('engagement/powerful-resistant', () => {
    test('high power and resistant with no strategy is a risk, pointing at the power as related information', async () => {
        const ws = await model(
            `stakeholder W : utility-provider ${body({ power: '5', engagement: 'resistant -> supportive', strategy: '' })}`,
        );
        const [d] = expectRule(ws, 'model.ssc', Rule.PowerfulResistant);
        expect(d.text).toBe('resistant');
        expect(d.relatedInformation?.[0].location.range.start.line).toBe(5);
        expect(d.message).toContain("add a 'strategy'");
        expect(d.message).toContain('By convention');
    });
    test('no desired level above the current one is no plan either', async () => {
        for (const engagement of ['unaware', 'resistant -> resistant', 'resistant -> unaware']) {
            const ws = await model(`stakeholder W : utility-provider ${body({ power: '5', engagement })}`);
            expect(expectRule(ws, 'model.ssc', Rule.PowerfulResistant)[0].message).toContain('a desired level above');
        }
    });
    test('recording the plan (a strategy and a higher desired level) clears it, as the message asks', async () => {
        const ws = await model(
            `stakeholder W : utility-provider ${body({ power: '5', engagement: 'resistant -> supportive', strategy: 'manage-closely' })}`,
        );
        expectNoRule(ws, Rule.PowerfulResistant);
    });
    test('medium power (on the line) and unaware is not high power', async () => {
        expectNoRule(
            await model(`stakeholder W : utility-provider ${body({ power: 'medium', engagement: 'unaware -> neutral' })}`),
            Rule.PowerfulResistant,
        );
    });
});

describe('engagement/stale-level', () => {
    const assessments = `assessment "Q1" on 2026-03-31 { R supportive }
assessment "Q2" on 2026-06-28 { R neutral }`;
    test('a level differing from the latest assessment (in another file) is flagged, pointing at the entry', async () => {
        const ws = await buildWorkspace({
            'a.ssc': `stakeholder R : citizens ${body({ engagement: 'supportive -> leading' })}`,
            'b.ssc': assessments,
        });
        const [d] = expectRule(ws, 'a.ssc', Rule.StaleLevel);
        expect(d.text).toBe('supportive');
        expect(d.message).toContain("found it 'neutral'");
        expect(d.relatedInformation?.[0].location).toMatchObject({ uri: 'file:///work/b.ssc', range: { start: { line: 1 } } });
    });
    test('agreeing with the latest assessment is fine, whatever older ones said', async () => {
        const ws = await buildWorkspace({
            'a.ssc': `stakeholder R : citizens ${body({ engagement: 'neutral -> leading' })}`,
            'b.ssc': assessments,
        });
        expectNoRule(ws, Rule.StaleLevel);
    });
});

describe('engagement/powerful-resistant once the workspace plans with actions', () => {
    const water = `stakeholder W : utility-provider ${body({ power: '5', engagement: 'resistant -> supportive', strategy: 'manage-closely' })}`;
    test('an open action with the stakeholder (or one of its units) is part of the plan', async () => {
        const ws = await buildWorkspace({ 'w.ssc': water, 'plan.ssc': 'action Talks { with W owner W status open }' });
        expectNoRule(ws, Rule.PowerfulResistant);
    });
    test('with actions in the workspace but none open with it, the plan is incomplete', async () => {
        const ws = await buildWorkspace({
            'w.ssc': water,
            'plan.ssc': 'stakeholder X : ngo\naction Talks { with X owner X status open }\naction Old { with W owner X status done }',
        });
        expect(expectRule(ws, 'w.ssc', Rule.PowerfulResistant)[0].message).toContain("add an open 'action' with W");
    });
});
