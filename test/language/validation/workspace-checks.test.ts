import { describe, expect, test } from 'vitest';
import { STANDARD_GROUP_IDS } from '../../../language/model/vocabulary.js';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { body, expectNoRule, expectRule } from './rule-expectations.js';

/** One stakeholder per standard group except the given ones, low power each. */
function allGroupsBut(...skip: string[]): string {
    return STANDARD_GROUP_IDS.filter(g => !skip.includes(g))
        .map((g, i) => `stakeholder S${i} : ${g} ${body({ power: 'low', interest: 'low', strategy: 'monitor' })}`)
        .join('\n');
}

describe('identification/missing-standard-group', () => {
    test('one diagnostic on the programme name lists every missing group across the workspace', async () => {
        const ws = await buildWorkspace({
            'a.ssc': 'programme P {\n    review every 6 months\n}',
            'b.ssc': allGroupsBut('ngo', 'academia'),
        });
        const [d] = expectRule(ws, 'a.ssc', Rule.MissingStandardGroup);
        expect(d.text).toBe('P');
        expect(d.message).toContain('ngo (5.6) and academia (5.9)');
        expect(d.data).toEqual({ missing: ['ngo', 'academia'], onProgramme: true });
        expect(ws.withCode(Rule.MissingStandardGroup)).toHaveLength(1);
    });
    test('an excluded group is not missing', async () => {
        const ws = await buildWorkspace({
            'a.ssc': 'programme P { review every 6 months excludes ngo "n/a", academia }',
            'b.ssc': allGroupsBut('ngo', 'academia'),
        });
        expectNoRule(ws, Rule.MissingStandardGroup);
    });
    test('without a programme it waits: a workspace still being started gets no coverage warning', async () => {
        const ws = await buildWorkspace({ 'b.ssc': allGroupsBut('ngo'), 'a.ssc': '// city stakeholders\ngroup Media' });
        expectNoRule(ws, Rule.MissingStandardGroup);
    });
});

describe('balance/dominance', () => {
    const civic = (power: string) =>
        `stakeholder R : citizens ${body({ power, interest: 'high', strategy: power === 'low' ? 'keep-informed' : 'manage-closely' })}`;
    const business = `stakeholder T : ict-company ${body({ sector: 'private' })}
stakeholder U : utility-provider ${body({ sector: 'private' })}
stakeholder C : municipality ${body()}`;
    test('two thirds of high power private and weak civic voices: flagged on the programme, naming the private ones', async () => {
        const ws = await buildWorkspace({ 'p.ssc': 'programme P { review every 6 months }', 'q.ssc': `${business}\n${civic('low')}` });
        const [d] = expectRule(ws, 'p.ssc', Rule.Dominance);
        expect(d.text).toBe('P');
        expect(d.message).toMatch(
            /^Power leans towards the private sector: 2 of the 3 high-power stakeholders are private\. They are T and U,/,
        );
        expect(d.message).toContain('By convention two thirds');
        expect(d.relatedInformation?.map(r => r.location.uri)).toEqual(['file:///work/q.ssc', 'file:///work/q.ssc']);
    });
    test('a citizens stakeholder of medium power restores the balance', async () => {
        const ws = await buildWorkspace({ 'p.ssc': 'programme P { review every 6 months }', 'q.ssc': `${business}\n${civic('medium')}` });
        expectNoRule(ws, Rule.Dominance);
    });
});

describe('process/no-review', () => {
    test('a programme without review cadence gets an info on its name', async () => {
        const ws = await buildWorkspace({ 'p.ssc': 'programme P { city "X" }' });
        const [d] = expectRule(ws, 'p.ssc', Rule.NoReview);
        expect(d.text).toBe('P');
    });
    test('a review cadence is enough', async () => {
        expectNoRule(await buildWorkspace({ 'p.ssc': 'programme P { review every 1 month }' }), Rule.NoReview);
    });
    test('with two programmes, only the first carries whole-model findings', async () => {
        const ws = await buildWorkspace({ 'a.ssc': 'programme P { city "X" }', 'b.ssc': 'programme Q { city "Y" }' });
        expectRule(ws, 'a.ssc', Rule.NoReview);
        expect(ws.diagnostics('b.ssc').filter(d => d.code === Rule.NoReview)).toEqual([]);
        expect(ws.withCode(Rule.MultipleProgrammes)).toHaveLength(2);
    });
});
