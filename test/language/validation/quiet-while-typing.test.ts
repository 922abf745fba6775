import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace, editFile } from '../../helpers/workspace.js';

const codes = (ws: Awaited<ReturnType<typeof buildWorkspace>>, file: string) => ws.diagnostics(file).map(d => String(d.code));

describe('quiet while typing', () => {
    test('an empty new file shows nothing', async () => {
        const ws = await buildWorkspace({ 'new.ssc': '' });
        expect(ws.diagnostics('new.ssc')).toEqual([]);
    });

    test('whole-model rules wait until the workspace has a programme', async () => {
        const ws = await buildWorkspace({ 'a.ssc': 'stakeholder A "Apple" : ict-company { sector private power high interest high }' });
        expect(codes(ws, 'a.ssc')).not.toContain(Rule.MissingStandardGroup);
        expect(codes(ws, 'a.ssc').filter(c => c.startsWith('process/'))).toEqual([]);
        expect(codes(ws, 'a.ssc')).not.toContain(Rule.Dominance);
    });

    test('a programme typed in another file brings them in, on the programme', async () => {
        const ws = await buildWorkspace({ 'a.ssc': 'stakeholder A : citizens', 'p.ssc': '' });
        expect(ws.withCode(Rule.MissingStandardGroup)).toEqual([]);
        await editFile(ws, 'p.ssc', 'programme P { city "X" }');
        expect(ws.withCode(Rule.MissingStandardGroup).map(d => d.file)).toEqual(['p.ssc']);
        expect(ws.withCode(Rule.NoReview).map(d => d.file)).toEqual(['p.ssc']);
        await editFile(ws, 'p.ssc', '');
        expect(ws.withCode(Rule.MissingStandardGroup)).toEqual([]);
    });

    test('one half-typed line shows its syntax error and no list of missing parts', async () => {
        const ws = await buildWorkspace({
            'p.ssc': 'programme P { review every 6 months }',
            'a.ssc': 'stakeholder Council "City council" : municipality {\n    power',
        });
        expect(codes(ws, 'a.ssc').filter(c => c !== 'syntax')).toEqual([]);
        expect(codes(ws, 'a.ssc')).toContain('syntax');
    });

    test('the missing parts come back once the element parses; other elements are checked meanwhile', async () => {
        const other = 'stakeholder Press : citizens\n';
        const ws = await buildWorkspace({ 'a.ssc': `${other}stakeholder Council : municipality {\n    power high\n    interest` });
        const broken = ws.diagnostics('a.ssc').filter(d => d.code !== 'syntax');
        expect(broken.length).toBeGreaterThan(0);
        expect(
            broken.every(d => d.range.start.line === 0),
            broken.map(d => d.message).join('\n'),
        ).toBe(true);
        await editFile(ws, 'a.ssc', `${other}stakeholder Council : municipality {\n    power high\n    interest high\n}`);
        const council = ws
            .diagnostics('a.ssc')
            .filter(d => d.range.start.line === 1)
            .map(d => String(d.code));
        expect(council).toEqual(expect.arrayContaining([Rule.MissingCategory, Rule.IncompleteProfile, Rule.MissingLevel]));
    });
});
