import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { body, expectNoRule, expectRule, lineOf, model } from './rule-expectations.js';

const PARTIES = `stakeholder A : municipality ${body()}\nstakeholder B : citizens ${body()}\n`;

describe('relation/self', () => {
    test('a relation from a stakeholder to itself is flagged on its ends', async () => {
        const ws = await model(`${PARTIES}relation A -> A : informs`);
        const [d] = expectRule(ws, 'model.ssc', Rule.RelationSelf);
        expect(d.text).toBe('A -> A');
    });
    test('two different ends are fine', async () => {
        expectNoRule(await model(`${PARTIES}relation A -> B : informs`), Rule.RelationSelf);
    });
});

describe('relation/duplicate', () => {
    test('the second of two equal relations (across files) is flagged, pointing at the first', async () => {
        const a = `${PARTIES}relation A <-> B : collaborates`;
        const ws = await buildWorkspace({ 'a.ssc': a, 'b.ssc': '\nrelation B <-> A : collaborates "again"' });
        expect(ws.diagnostics('a.ssc').filter(d => d.code === Rule.RelationDuplicate)).toEqual([]);
        const [d] = expectRule(ws, 'b.ssc', Rule.RelationDuplicate);
        expect(d.text).toBe('B <-> A');
        expect(d.relatedInformation?.[0].location).toMatchObject({
            uri: 'file:///work/a.ssc',
            range: { start: { line: lineOf(a, 'relation') } },
        });
    });
    test('the opposite direction or another kind is a different relation', async () => {
        const ws = await model(`${PARTIES}relation A -> B : funds\nrelation B -> A : funds\nrelation A -> B : informs`);
        expectNoRule(ws, Rule.RelationDuplicate);
    });
});
