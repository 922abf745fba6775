import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatJson, formatSarif, formatText, messageFields, type CliDiagnostic } from '../../cli/diagnostic-formats.js';
import { ensureBuilt, sscIn, tempDir } from '../helpers/cli.js';

const LONG =
    'No stakeholder of the workspace belongs to 11 standard groups: municipality (5.1), government (5.2), ' +
    'city-services-company (5.3), utility-provider (5.4) and ngo (5.6). Clause 3.1 lists these groups. Add a stakeholder for each.';

function diagnostic(code: string, message: string): CliDiagnostic {
    return { file: 'a.ssc', line: 1, column: 1, endLine: 1, endColumn: 5, severity: 'warning', code, ...messageFields(code, message) };
}

describe('diagnostic formats', () => {
    test('text prints the first sentence only, a long list cut with an ellipsis at 120 characters', async () => {
        const out = formatText(
            [
                diagnostic('identification/missing-standard-group', LONG),
                diagnostic('process/no-review', 'The model states no review cadence. Clause 4.2 asks for one.'),
            ],
            1,
        );
        const [first, second] = out.split('\n');
        const summary = first.replace('a.ssc:1:1 warning identification/missing-standard-group ', '');
        expect(summary.length).toBeLessThanOrEqual(120);
        expect(summary).toMatch(/^No stakeholder of the workspace belongs to 11 standard groups: municipality \(5\.1\),.*…$/);
        expect(second).toBe('a.ssc:1:1 warning process/no-review The model states no review cadence.');
        expect(out).not.toContain('Clause 4.2');
    });

    test("--explain adds the rest of the message and the rule's page on indented lines", async () => {
        const out = formatText([diagnostic('process/no-review', 'The model states no review cadence. Clause 4.2 asks for one.')], 1, true);
        expect(out.split('\n').slice(0, 3)).toEqual([
            'a.ssc:1:1 warning process/no-review The model states no review cadence.',
            '    Clause 4.2 asks for one.',
            '    See docs/rules.md#process-no-review',
        ]);
    });

    test('a cut first sentence is followed by the whole message under --explain', async () => {
        const out = formatText([diagnostic('identification/missing-standard-group', LONG)], 1, true);
        expect(out.split('\n')[1]).toBe(`    ${LONG}`);
    });

    test("JSON carries the whole message, its first sentence and the rule's link; no message has a line break", async () => {
        const [item] = JSON.parse(formatJson([diagnostic('syntax', 'A first line.\nA second line.')]));
        expect(item).toMatchObject({ message: 'A first line. A second line.', summary: 'A first line.', helpUri: 'docs/rules.md#syntax' });
    });

    test('SARIF carries the whole message, the first sentence as a property and a relative helpUri per rule', async () => {
        const log = JSON.parse(
            formatSarif([diagnostic('identification/missing-standard-group', LONG), diagnostic('syntax', 'Bad. Worse.')], '1.0.0'),
        );
        const run = log.runs[0];
        expect(run.tool.driver.rules.map((r: { helpUri: string }) => r.helpUri)).toEqual([
            'docs/rules.md#identification-missing-standard-group',
            'docs/rules.md#syntax',
        ]);
        expect(run.results[0].message.text).toBe(LONG);
        expect(run.results[0].properties.summary).toMatch(/…$/);
        expect(run.results[1].properties.summary).toBe('Bad.');
    });
});

describe("ssc validate on the issue's example", () => {
    test('plain words in text, the whole message with --explain', async () => {
        ensureBuilt();
        const dir = tempDir();
        writeFileSync(
            path.join(dir, 'a.ssc'),
            'stakeholder Folks "Residents" : citizens {\n    intrest high\n    power hgh\n}\nstakeholder Other "Other group" citizens\n',
        );
        const run = await sscIn(['validate', 'a.ssc'], dir);
        const syntax = run.stdout.split('\n').filter(l => l.includes(' error syntax '));
        expect(syntax).toEqual([
            'a.ssc:2:5 error syntax `intrest` is not a stakeholder property — did you mean `interest`?',
            'a.ssc:3:11 error syntax `hgh` is not a level: use low, medium, high or a number from 1 to 5 — did you mean `high`?',
            'a.ssc:5:33 error syntax A stakeholder needs `:` and its group after its name, e.g. `stakeholder Folks "Residents" : citizens`.',
        ]);
        const explained = (await sscIn(['validate', 'a.ssc', '--explain'], dir)).stdout;
        expect(explained).toContain('    A stakeholder block takes: scale, sector, category, roles, power, interest,');
        expect(explained).toContain('    See docs/rules.md#syntax');
    });
});
