import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { body, expectNoRule, expectRule, model } from './rule-expectations.js';

const PARTNER = `stakeholder Partner : citizens ${body({ sector: 'civil' })}\n`;

describe('categorization/missing-category', () => {
    test('a stakeholder with no category is flagged on its name', async () => {
        const ws = await model(
            `stakeholder Council : municipality ${body({ category: '' })}\nrelation Council -> Council2 : funds\nstakeholder Council2 : municipality ${body()}`,
        );
        const [d] = expectRule(ws, 'model.ssc', Rule.MissingCategory);
        expect(d.text).toBe('Council');
        expect(d.message).toContain("'category active'");
    });
    test('one category is enough', async () => {
        const ws = await model(`stakeholder Council : municipality ${body({ category: 'beneficiary' })}`);
        expectNoRule(ws, Rule.MissingCategory);
    });
});

describe('categorization/affected-without-attitude', () => {
    test('a bare affected is flagged on the keyword', async () => {
        const ws = await model(`stakeholder Water : utility-provider ${body({ category: 'active, affected' })}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.AffectedWithoutAttitude);
        expect(d.text).toBe('affected');
        expect(d.range.start.line).toBe(3);
    });
    test('affected opponent is fine', async () => {
        const ws = await model(`stakeholder Water : utility-provider ${body({ category: 'active, affected opponent' })}`);
        expectNoRule(ws, Rule.AffectedWithoutAttitude);
    });
});

describe('categorization/missing-technology-role', () => {
    test('no roles line is an info on the name', async () => {
        const ws = await model(`stakeholder Water : utility-provider ${body({ roles: '' })}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.MissingTechnologyRole);
        expect(d.text).toBe('Water');
    });
    test('one role is enough', async () => {
        const ws = await model(`stakeholder Water : utility-provider ${body({ roles: 'enabler-of-ssc' })}`);
        expectNoRule(ws, Rule.MissingTechnologyRole);
    });
});

describe('categorization/isolated', () => {
    test('a stakeholder in no relation is flagged, the related one is not', async () => {
        const ws = await model(
            `stakeholder Lonely : ngo ${body()}\n${PARTNER}stakeholder Council : municipality ${body()}\nrelation Partner -> Council : informs`,
        );
        const [d] = expectRule(ws, 'model.ssc', Rule.Isolated);
        expect(d.text).toBe('Lonely');
        expect(d.range.start.line).toBe(0);
    });
    test('a relation in another file counts', async () => {
        const ws = await buildWorkspace({
            'a.ssc': `stakeholder Lonely : ngo ${body()}`,
            'b.ssc': `${PARTNER}relation Partner <-> Lonely : collaborates`,
        });
        expectNoRule(ws, Rule.Isolated);
    });
});

describe('categorization/active-without-power', () => {
    test('active with low power is an info on the category, pointing at the power', async () => {
        const ws = await model(`stakeholder U : academia ${body({ category: 'active', power: '2', strategy: 'keep-informed' })}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.ActiveWithoutPower);
        expect(d.text).toBe('active');
        expect(d.message).toMatch(/^U is categorized as active but has low power \(2\)\./);
        expect(d.relatedInformation?.[0].location.range.start.line).toBe(5);
    });
    test('medium or high power, another category, or no power at all: no finding', async () => {
        for (const overrides of [{ power: 'medium' }, { power: 'high' }, { category: 'beneficiary', power: 'low' }, { power: '' }]) {
            expectNoRule(await model(`stakeholder U : academia ${body({ category: 'active', ...overrides })}`), Rule.ActiveWithoutPower);
        }
    });
});
