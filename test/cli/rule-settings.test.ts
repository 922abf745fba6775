import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../../cli/main.js';
import { Rule } from '../../language/validation/rule-codes.js';

const MODEL = 'programme P { review every 6 months }\nstakeholder Lonely : ngo { power low }\n';
const folders: string[] = [];

function project(rc?: string, sub = ''): { root: string; cwd: string } {
    const root = mkdtempSync(path.join(tmpdir(), 'ssc-cli-rules-'));
    folders.push(root);
    mkdirSync(path.join(root, '.git'));
    const cwd = path.join(root, sub);
    mkdirSync(cwd, { recursive: true });
    writeFileSync(path.join(cwd, 'model.ssc'), MODEL);
    if (rc !== undefined) writeFileSync(path.join(root, '.sscrc.json'), rc);
    return { root, cwd };
}

async function validate(cwd: string, ...args: string[]) {
    let stdout = '',
        stderr = '';
    const status = await runCli(['validate', 'model.ssc', '--format', 'json', ...args], {
        stdout: t => {
            stdout += t;
        },
        stderr: t => {
            stderr += t;
        },
        cwd,
        version: 'test',
    });
    const diagnostics = stdout ? (JSON.parse(stdout) as Array<{ code: string; severity: string }>) : [];
    return { status, stderr, severity: (code: string) => diagnostics.find(d => d.code === code)?.severity ?? 'absent' };
}

afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('ssc validate: rule severities', () => {
    test('defaults apply without settings', async () => {
        const { cwd } = project();
        const r = await validate(cwd);
        expect([r.status, r.severity(Rule.Isolated), r.severity(Rule.MissingStandardGroup)]).toEqual([0, 'warning', 'warning']);
    });

    test('--rule CODE=SEVERITY is repeatable; error makes the exit status 1', async () => {
        const { cwd } = project();
        const r = await validate(cwd, '--rule', `${Rule.Isolated}=off`, '--rule', `${Rule.MissingCategory}=error`);
        expect([r.status, r.severity(Rule.Isolated), r.severity(Rule.MissingCategory)]).toEqual([1, 'absent', 'error']);
    });

    test('.sscrc.json of the project root is found from a subfolder, and flags override it', async () => {
        const { cwd } = project(JSON.stringify({ rules: { [Rule.Isolated]: 'off', [Rule.MissingLevel]: 'hint' } }), 'models/city');
        const fromFile = await validate(cwd);
        expect([fromFile.severity(Rule.Isolated), fromFile.severity(Rule.MissingLevel)]).toEqual(['absent', 'hint']);
        const flagged = await validate(cwd, '--rule', `${Rule.Isolated}=info`);
        expect([flagged.severity(Rule.Isolated), flagged.severity(Rule.MissingLevel)]).toEqual(['info', 'hint']);
    });

    test('the search stops at the folder holding .git', async () => {
        const outer = mkdtempSync(path.join(tmpdir(), 'ssc-cli-outer-'));
        folders.push(outer);
        writeFileSync(path.join(outer, '.sscrc.json'), '{ "rules": ');
        const cwd = path.join(outer, 'project');
        mkdirSync(path.join(cwd, '.git'), { recursive: true });
        writeFileSync(path.join(cwd, 'model.ssc'), MODEL);
        expect((await validate(cwd)).status).toBe(0);
    });

    test.each([
        ['{ "rules": ', /\.sscrc\.json: not valid JSON/],
        ['[]', /\.sscrc\.json: expected an object/],
        ['{ "rules": { "analysis/nonsense": "off" } }', /\.sscrc\.json: "rules": unknown rule code 'analysis\/nonsense'/],
        [
            '{ "rules": { "categorization/isolated": "loud" } }',
            /\.sscrc\.json: "rules": severity of 'categorization\/isolated' must be one of/,
        ],
    ])('a malformed .sscrc.json (%s) stops the command with status 2 and one line naming the file', async (rc, message) => {
        const { cwd } = project(rc);
        const r = await validate(cwd);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
});
