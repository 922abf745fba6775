/* eslint-disable @typescript-eslint/no-explicit-any -- the test reads analysis and syntax nodes by property name */
import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';

/** Each line of a full stakeholder, and how the analysis shows that it was read. */
const LINES: Array<{ line: string; read: (s: Record<string, any>, node: Record<string, any>) => unknown }> = [
    { line: 'scale local', read: s => s.scale === 'local' },
    { line: 'sector public', read: s => s.sector === 'public' },
    { line: 'category active, beneficiary', read: s => s.categories.length === 2 },
    { line: 'roles driver-of-technology', read: s => s.roles.length === 1 },
    { line: 'power high', read: s => s.power === 4 },
    { line: 'interest high', read: s => s.interest === 4 },
    { line: 'legitimacy medium', read: (_s, node) => node.legitimacy?.level === 'medium' },
    { line: 'engagement supportive -> leading', read: s => s.engagement.current === 'supportive' },
    { line: 'strategy manage-closely "Co-chairs the board"', read: s => s.strategy === 'manage-closely' },
    { line: 'onion core', read: s => s.onion === 'core' },
    { line: 'aims "Efficient services"', read: s => s.profile.aims.length === 1 },
    { line: 'challenges "Budgets"', read: s => s.profile.challenges.length === 1 },
    { line: 'potential "Expertise"', read: s => s.profile.potential.length === 1 },
    { line: 'constraints "Coordination"', read: s => s.profile.constraints.length === 1 },
    { line: 'contributions "KPIs"', read: s => s.profile.contributions.length === 1 },
    { line: 'unit Planning "Urban Planning" : urban-planning', read: s => s.units.length === 1 },
];

function model(lines: readonly string[]): string {
    return (
        `stakeholder Council "City Council" : municipality {\n${lines.map(l => `    ${l}`).join('\n')}\n}\n` +
        'stakeholder Folks "Residents" : citizens {\n    power low\n    interest high\n}\n' +
        'relation Council -> Folks : informs\n'
    );
}

/** Ways to damage one line: a misspelt first word, a misspelt last word, a stray word at the end. */
function damage(line: string): Array<{ how: string; line: string }> {
    const text = /"[^"]*"$/.exec(line)?.[0];
    const words = text
        ? [
              ...line
                  .slice(0, line.length - text.length)
                  .trim()
                  .split(' '),
              text,
          ]
        : line.split(' ');
    const last = words.length - 1;
    const misspell = (w: string) => (w.startsWith('"') ? 'zzq' : w.length > 3 ? w.slice(0, 1) + w.slice(2) : w + 'q');
    return [
        { how: 'misspelt keyword', line: [misspell(words[0]), ...words.slice(1)].join(' ') },
        // A misspelt name after `:` is an unknown reference, not a syntax error.
        ...(words[last - 1] === ':'
            ? []
            : [{ how: 'misspelt last word', line: [...words.slice(0, last), misspell(words[last])].join(' ') }]),
        { how: 'stray word', line: `${line} zzq` },
    ];
}

function councilOf(ws: TestWorkspace): [Record<string, any>, Record<string, any>] {
    const analysis = ws.analysis().stakeholders.find(s => s.id === 'Council') as unknown as Record<string, any>;
    const root = ws.documents.get('model.ssc')!.parseResult.value as unknown as { elements: Array<Record<string, any>> };
    return [analysis, root.elements.find(e => e.name === 'Council')!];
}

const ABSENCE: string[] = [Rule.Unplaced, Rule.MissingLevel, Rule.IncompleteProfile];

describe('recovery keeps the rest of a block', () => {
    test('the undamaged model reads every line', async () => {
        const ws = await buildWorkspace(model(LINES.map(l => l.line)));
        expect(ws.diagnostics('model.ssc').filter(d => d.code === 'syntax')).toEqual([]);
        const [council, node] = councilOf(ws);
        expect(LINES.filter(l => !l.read(council, node)).map(l => l.line)).toEqual([]);
    });

    for (const [i, entry] of LINES.entries()) {
        test(`damage to '${entry.line}' loses only that line`, async () => {
            for (const { how, line } of damage(entry.line)) {
                const lines = LINES.map((l, j) => (j === i ? line : l.line));
                const ws = await buildWorkspace(model(lines));
                const diagnostics = ws.diagnostics('model.ssc');
                const syntax = diagnostics.filter(d => d.code === 'syntax');
                expect(
                    syntax.map(d => d.range.start.line),
                    how,
                ).toEqual([i + 1]);
                const onCouncil = diagnostics.filter(d => ABSENCE.includes(d.code as string) && d.range.start.line === 0);
                expect(
                    onCouncil.map(d => `${d.code}: ${d.message}`),
                    how,
                ).toEqual([]);
                const [council, node] = councilOf(ws);
                expect(council, how).toBeDefined();
                const lost = LINES.filter((l, j) => j !== i && !l.read(council, node)).map(l => l.line);
                expect(lost, `${how}: ${line}`).toEqual([]);
                // The next element is untouched.
                expect(ws.analysis().stakeholders.find(s => s.id === 'Folks')?.power, how).toBe(2);
            }
        });
    }

    test('a bad assessment entry loses only its line (the next name is not taken for a level)', async () => {
        const ws = await buildWorkspace(
            'stakeholder A : ngo\nstakeholder B : ngo\nassessment "Q1" on 2026-03-31 {\n    A suportive\n    B neutral\n}\n',
        );
        expect(
            ws
                .diagnostics('model.ssc')
                .filter(d => d.code === 'syntax')
                .map(d => d.range.start.line),
        ).toEqual([3]);
        expect(ws.withCode(Rule.UnknownReference)).toEqual([]);
        expect(ws.analysis().assessments[0].entries).toEqual([expect.objectContaining({ stakeholder: 'B', level: 'neutral' })]);
    });

    test('a half-built entry is dropped, never read as undefined', async () => {
        const ws = await buildWorkspace('stakeholder A : ngo {\n    power high\n    interest high\n    strategy keep-informd\n}\n');
        expect(
            ws
                .diagnostics('model.ssc')
                .map(d => d.message)
                .join('\n'),
        ).not.toMatch(/undefined/);
        expect(ws.analysis().stakeholders[0].strategy).toBeNull();
    });
});

describe('a missing closing brace', () => {
    const text =
        'stakeholder A "A" : ngo {\n    power low\n    interest high\n\nstakeholder B "B" : citizens {\n    power high\n    interest low\n}\n';

    test('is reported once, at the block that lacks it', async () => {
        const ws = await buildWorkspace(text);
        const syntax = ws.diagnostics('model.ssc').filter(d => d.code === 'syntax');
        expect(syntax).toHaveLength(1);
        expect(syntax[0].range.start).toEqual({ line: 0, character: 24 });
        expect(syntax[0].message).toBe('The `{` of `stakeholder A` on line 1 is never closed: add `}` before line 5.');
    });

    test('the next top-level keyword starts a new element, and both keep their entries', async () => {
        const ws = await buildWorkspace(text);
        const byId = Object.fromEntries(ws.analysis().stakeholders.map(s => [s.id, s]));
        expect([byId.A?.power, byId.A?.interest, byId.B?.power, byId.B?.interest]).toEqual([2, 4, 4, 2]);
    });

    test("a misspelt element keyword skips that element's whole block, not the next element", async () => {
        const ws = await buildWorkspace(
            'stakholder A : ngo {\n    power low\n}\nconsultation H "H" {\n    grievance G\n}\ngrievance G "G" established 2026-01-01\n',
        );
        expect(
            ws
                .diagnostics('model.ssc')
                .filter(d => d.code === 'syntax')
                .map(d => d.range.start.line),
        ).toEqual([0]);
        expect(ws.analysis().consultations.map(c => c.id)).toEqual(['H']);
    });
});
