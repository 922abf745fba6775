import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, ssc, sscIn, tempDir } from '../helpers/cli.js';

const BROKEN = `stakeholder A : citizen
stakeholder B : ngo { power 7 }
`;

let dir: string;
beforeAll(() => {
    ensureBuilt();
    dir = tempDir();
    writeFileSync(path.join(dir, 'broken.ssc'), BROKEN);
    writeFileSync(path.join(dir, 'repeated.ssc'), 'stakeholder R : academia { scale local scale supralocal }\n');
});

describe('ssc validate', () => {
    test('the bundled example validates with no errors (exit 0)', () => {
        // The real binary, as a user runs it; the other tests call the same command in-process.
        const run = ssc(['validate', 'examples/valencia']);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^0 errors, \d+ warnings?, \d+ infos? in 3 files$/m);
    });

    test('text: one line per diagnostic, then the summary; exit 1 on errors', async () => {
        const run = await sscIn(['validate', 'broken.ssc'], dir);
        expect(run.status).toBe(1);
        const lines = run.stdout.trim().split('\n');
        // The text format prints each message's first sentence, at most 120 characters.
        const unknown = lines.find(l =>
            l.startsWith("broken.ssc:1:17 error identification/unknown-reference Unknown stakeholder group 'citizen'"),
        );
        expect(unknown).toBeDefined();
        expect(unknown!.length - 'broken.ssc:1:17 error identification/unknown-reference '.length).toBeLessThanOrEqual(120);
        expect(lines.some(l => l.startsWith('broken.ssc:2:29 error value/out-of-range '))).toBe(true);
        expect(lines.at(-1)).toMatch(/^2 errors, \d+ warnings?, \d+ infos? in 1 file$/);
    });

    test('json: an array of diagnostics with 1-based positions', async () => {
        const run = await sscIn(['validate', 'broken.ssc', '--format', 'json'], dir);
        expect(run.status).toBe(1);
        const items = JSON.parse(run.stdout);
        const unknown = items.find((d: { code: string }) => d.code === 'identification/unknown-reference');
        expect(unknown).toEqual({
            file: 'broken.ssc',
            line: 1,
            column: 17,
            endLine: 1,
            endColumn: 24,
            severity: 'error',
            code: 'identification/unknown-reference',
            message: expect.stringContaining("Did you mean 'citizens'?"),
            summary: expect.stringContaining("'citizen'"),
            helpUri: 'docs/rules.md#identification-unknown-reference',
        });
        for (const item of items)
            expect(Object.keys(item).sort()).toEqual([
                'code',
                'column',
                'endColumn',
                'endLine',
                'file',
                'helpUri',
                'line',
                'message',
                'severity',
                'summary',
            ]);
    });

    test('syntax errors carry the code syntax', async () => {
        writeFileSync(path.join(dir, 'syntax.ssc'), 'stakeholder A : citizens { power }\n');
        const items = JSON.parse((await sscIn(['validate', 'syntax.ssc', '--format', 'json'], dir)).stdout);
        expect(items.find((d: { code: string }) => d.code === 'syntax')).toMatchObject({
            code: 'syntax',
            severity: 'error',
            line: 1,
            column: 34,
        });
    });

    test('sarif: a SARIF 2.1.0 log with rules and located results', async () => {
        const run = await sscIn(['validate', 'broken.ssc', '--format', 'sarif'], dir);
        expect(run.status).toBe(1);
        const log = JSON.parse(run.stdout);
        expect(log.version).toBe('2.1.0');
        const [r] = log.runs;
        expect(r.tool.driver.name).toBe('ssc');
        expect(r.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(
            expect.arrayContaining(['identification/unknown-reference', 'value/out-of-range']),
        );
        const result = r.results.find((x: { ruleId: string }) => x.ruleId === 'identification/unknown-reference');
        expect(result.level).toBe('error');
        expect(result.locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'broken.ssc' },
            region: { startLine: 1, startColumn: 17, endLine: 1, endColumn: 24 },
        });
        expect(r.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    });

    test('--max-warnings turns too many warnings into exit 1', async () => {
        const warnings = JSON.parse((await sscIn(['validate', 'repeated.ssc', '--format', 'json'], dir)).stdout).filter(
            (d: { severity: string }) => d.severity === 'warning',
        ).length;
        expect(warnings).toBeGreaterThan(0);
        expect((await sscIn(['validate', 'repeated.ssc', '--max-warnings', String(warnings)], dir)).status).toBe(0);
        const over = await sscIn(['validate', 'repeated.ssc', '--max-warnings', String(warnings - 1)], dir);
        expect(over.status).toBe(1);
        expect(over.stderr).toContain('exceed --max-warnings');
    });

    test('--rule CODE=SEVERITY changes or silences a rule', async () => {
        const off = await sscIn(
            [
                'validate',
                'broken.ssc',
                '--format',
                'json',
                '--rule',
                'value/out-of-range=off',
                '--rule',
                'identification/unknown-reference=warning',
            ],
            dir,
        );
        const items = JSON.parse(off.stdout);
        expect(items.some((d: { code: string }) => d.code === 'value/out-of-range')).toBe(false);
        expect(items.find((d: { code: string }) => d.code === 'identification/unknown-reference').severity).toBe('warning');
        expect(off.status).toBe(0);
    });

    test('a folder is searched recursively and forms one workspace with the other paths', async () => {
        const run = await sscIn([
            'validate',
            'examples/valencia/city.ssc',
            'examples/valencia/engagement.ssc',
            'examples/valencia/national-catalogue.ssc',
            '--format',
            'json',
        ]);
        const all = await sscIn(['validate', 'examples/valencia', '--format', 'json']);
        expect(JSON.parse(run.stdout)).toEqual(JSON.parse(all.stdout));
    });
});

describe('exit status 2: the command could not run', () => {
    const cases: Array<[string, string[], RegExp]> = [
        ['no path', ['validate'], /^ssc: no path given/],
        ['a missing path', ['validate', 'nowhere.ssc'], /^ssc: nowhere\.ssc: no such file or folder$/],
        ['an unknown format', ['validate', 'examples/first-model', '--format', 'xml'], /^ssc: --format xml: use text, json or sarif$/],
        ['a bad --rule', ['validate', 'examples/first-model', '--rule', 'nope'], /^ssc: --rule nope: write CODE=SEVERITY/],
        ['an unknown rule code', ['validate', 'examples/first-model', '--rule', 'x/y=off'], /unknown rule code 'x\/y'/],
        ['a bad severity', ['validate', 'examples/first-model', '--rule', 'relation/self=loud'], /severity must be/],
        ['a bad --max-warnings', ['validate', 'examples/first-model', '--max-warnings', 'many'], /--max-warnings many/],
        ['an unknown option', ['validate', 'examples/first-model', '--colour'], /^ssc: validate: Unknown option '--colour'/],
        ['an unknown command', ['lint', 'x'], /^ssc: unknown command 'lint'/],
    ];
    test.each(cases)('%s', async (_name, args, message) => {
        const run = await sscIn(args);
        expect(run.status).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr.trim()).toMatch(message);
        expect(run.stderr).not.toMatch(/\n\s+at /);
    });
});
