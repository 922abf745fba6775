import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { expectNoRule, expectRule } from './rule-expectations.js';

describe('identification/duplicate-name', () => {
    test('two declarations of a name in two files: an error at each, naming clause 3.1, each pointing at the other', async () => {
        const ws = await buildWorkspace({ 'a.ssc': 'stakeholder Telco : ict-company', 'b.ssc': '\nkpi Telco' });
        const [a] = expectRule(ws, 'a.ssc', Rule.DuplicateName);
        const [b] = expectRule(ws, 'b.ssc', Rule.DuplicateName);
        expect([a.text, b.text]).toEqual(['Telco', 'Telco']);
        expect(a.relatedInformation?.[0].location.uri).toBe('file:///work/b.ssc');
        expect(b.relatedInformation?.[0].location.uri).toBe('file:///work/a.ssc');
    });
    test('distinct names are fine', async () => {
        expectNoRule(
            await buildWorkspace({ 'a.ssc': 'stakeholder Telco : ict-company', 'b.ssc': 'kpi TelcoCoverage' }),
            Rule.DuplicateName,
        );
    });
});

describe('identification/unknown-reference', () => {
    test('a misspelt stakeholder is an error on the reference, offering the closest name', async () => {
        const ws = await buildWorkspace({
            'a.ssc': 'stakeholder Residents : citizens',
            'b.ssc': 'relation Residnets -> Residents : informs',
        });
        const [d] = expectRule(ws, 'b.ssc', Rule.UnknownReference);
        expect(d.text).toBe('Residnets');
        expect(d.message).toContain("Did you mean 'Residents'?");
        expect(d.data).toEqual({ code: Rule.UnknownReference, refText: 'Residnets', suggestions: ['Residents'] });
    });
    test('a standard group resolves', async () => {
        expectNoRule(await buildWorkspace({ 'a.ssc': 'stakeholder Residents : citizens' }), Rule.UnknownReference);
    });
});
