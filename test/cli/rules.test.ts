import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { RULES } from '../../language/validation/rule-codes.js';
import { ensureBuilt, ROOT, sscIn } from '../helpers/cli.js';

describe('ssc rules', () => {
    beforeAll(() => ensureBuilt());

    test('--format md prints exactly docs/rules.md', async () => {
        const run = await sscIn(['rules', '--format', 'md']);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'));
    });

    test('--format json is an array of { code, severity, basis, summary }, one per catalogue rule', async () => {
        const run = await sscIn(['rules', '--format', 'json']);
        expect(run.status).toBe(0);
        const rules = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
        expect(rules.map(r => r.code)).toEqual(RULES.map(r => r.code));
        for (const r of rules) expect(Object.keys(r)).toEqual(['code', 'severity', 'basis', 'summary']);
        expect(rules.find(r => r.code === 'consultation/narrow-scale')).toMatchObject({
            severity: 'warning',
            basis: 'S 4.2 (principle 1)',
        });
        expect(rules.find(r => r.code === 'identification/duplicate-name')!.basis).toBeNull();
    });

    test('text (the default) is one line per rule: code, default severity, basis, summary', async () => {
        const run = await sscIn(['rules']);
        expect(run.status).toBe(0);
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(RULES.length);
        expect(lines.find(l => l.startsWith('plan/participation-below-strategy'))).toMatch(
            /^plan\/participation-below-strategy\s+info\s+C \(IAP2\)\s+\S/,
        );
    });

    test('a bad format or a path is a usage error: one line, exit 2', async () => {
        const bad = await sscIn(['rules', '--format', 'pdf']);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toBe('ssc: rules --format pdf: choose text, md, json\n');
        expect((await sscIn(['rules', 'examples'])).status).toBe(2);
    });
});
