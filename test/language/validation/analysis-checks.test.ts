import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { body, expectNoRule, expectRule, model } from './rule-expectations.js';

describe('analysis/incomplete-profile', () => {
    test('one diagnostic on the name lists every missing dimension', async () => {
        const ws = await model(`stakeholder Telco : ict-company ${body({ challenges: '', contributions: '' })}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.IncompleteProfile);
        expect(d.text).toBe('Telco');
        expect(d.message).toContain('lacks challenges and contributions');
        expect(d.message).toContain('Appendix I');
        expect(d.data).toMatchObject({
            missing: ['challenges', 'contributions'],
            insert: ['challenges', 'contributions'],
            group: 'ict-company',
        });
    });
    test('sector counts only when a scale is given', async () => {
        const noScale = await model(`stakeholder Telco : ict-company ${body({ scale: '', sector: '' })}`);
        expect(expectRule(noScale, 'model.ssc', Rule.IncompleteProfile)[0].data).toMatchObject({
            missing: ['scale'],
            insert: ['scale', 'sector'],
        });
        const noSector = await model(`stakeholder Telco : ict-company ${body({ sector: '' })}`);
        expect(expectRule(noSector, 'model.ssc', Rule.IncompleteProfile)[0].message).toContain('lacks sector.');
    });
    test('a complete profile is fine', async () => {
        expectNoRule(await model(`stakeholder Telco : ict-company ${body()}`), Rule.IncompleteProfile);
    });
});

describe('analysis/unplaced', () => {
    test('missing interest is flagged on the name', async () => {
        const ws = await model(`stakeholder Telco : ict-company ${body({ interest: '' })}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.Unplaced);
        expect(d.text).toBe('Telco');
        expect(d.message).toContain('no interest');
    });
    test('power and interest given', async () => {
        expectNoRule(
            await model(`stakeholder Telco : ict-company ${body({ power: '1', interest: '5', strategy: 'keep-informed' })}`),
            Rule.Unplaced,
        );
    });
});

describe('analysis/strategy-mismatch', () => {
    test('a strategy of another quadrant is flagged on the strategy line', async () => {
        const ws = await model(
            `stakeholder Water : utility-provider ${body({ power: '4', interest: 'low', strategy: 'monitor "watch them"' })}`,
        );
        const [d] = expectRule(ws, 'model.ssc', Rule.StrategyMismatch);
        expect(d.text).toBe('strategy monitor "watch them"');
        expect(d.message).toContain("calls for 'keep-satisfied'");
        expect(d.message).toContain('By convention');
        expect(d.data).toMatchObject({ strategies: ['keep-satisfied'] });
    });
    test('on a borderline axis either neighbouring strategy is accepted', async () => {
        for (const strategy of ['manage-closely', 'keep-satisfied']) {
            expectNoRule(
                await model(`stakeholder M : government ${body({ power: 'high', interest: 'medium', strategy })}`),
                Rule.StrategyMismatch,
            );
        }
        const ws = await model(`stakeholder M : government ${body({ power: 'high', interest: 'medium', strategy: 'monitor' })}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.StrategyMismatch);
        expect(d.message).toContain("'keep-satisfied' or 'manage-closely'");
        expect(d.data).toMatchObject({ strategies: ['keep-satisfied', 'manage-closely'] });
    });
});

describe('analysis/missing-strategy', () => {
    test('a placed stakeholder without strategy gets an info naming the quadrant strategy', async () => {
        const ws = await model(`stakeholder R : citizens ${body({ power: 'low', interest: 'high', strategy: '' })}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.MissingStrategy);
        expect(d.text).toBe('R');
        expect(d.message).toContain("'strategy keep-informed'");
        expect(d.message).toContain('By convention');
    });
    test('on a dividing line the message names every candidate strategy by keyword and picks none', async () => {
        const ws = await model(`stakeholder M : government ${body({ power: 'high', interest: 'medium', strategy: '' })}`);
        const [d] = expectRule(ws, 'model.ssc', Rule.MissingStrategy);
        expect(d.message).toMatch(/^M sits on a dividing line of the power\/interest grid and has no engagement strategy\./);
        expect(d.message).toContain("choose one of 'keep-satisfied' or 'manage-closely'");
        expect(d.message).not.toContain("Add 'strategy");
        expect(d.data).toEqual({ strategies: ['keep-satisfied', 'manage-closely'] });
    });
    test('on the crossing of both lines all four strategies are candidates', async () => {
        const ws = await model(`stakeholder M : government ${body({ power: '3', interest: '3', strategy: '' })}`);
        expect(expectRule(ws, 'model.ssc', Rule.MissingStrategy)[0].data).toEqual({
            strategies: ['keep-informed', 'keep-satisfied', 'manage-closely', 'monitor'],
        });
    });
    test('an unplaced stakeholder is left to analysis/unplaced', async () => {
        const ws = await model(`stakeholder R : citizens ${body({ power: '', strategy: '' })}`);
        expectNoRule(ws, Rule.MissingStrategy);
        expectRule(ws, 'model.ssc', Rule.Unplaced);
    });
});
