import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ensureBuilt, ROOT, ssc } from '../helpers/cli.js';

const BUNDLES = ['cli.cjs', 'server.cjs'];

describe('the Node bundles (scripts/build.mjs)', () => {
    ensureBuilt();

    test('ELK and exceljs sit in files of their own, beside the bundles and shipped with them', () => {
        for (const bundle of BUNDLES) {
            const text = readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
            const loaded = [...text.matchAll(/require\("\.\/(vendor\/[\w.-]+)"\)/g)].map(m => m[1]).sort();
            expect(loaded, bundle).toEqual(['vendor/elk.cjs', 'vendor/exceljs.cjs']);
            // ELK alone is ~3 MB: a bundle that still holds it (or exceljs) is over this by far.
            expect(statSync(path.join(ROOT, 'dist', bundle)).size, bundle).toBeLessThan(3_500_000);
            for (const file of loaded) expect(statSync(path.join(ROOT, 'dist', file)).size).toBeGreaterThan(1_000_000);
        }
        expect(readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n')).toContain('!dist/vendor/**');
    });

    test('a command that lays out the map and writes a workbook loads them when it needs them', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'ssc-build-'));
        try {
            const run = ssc(['generate', 'examples/valencia', '--format', 'xlsx', '--out', path.join(dir, 'model.xlsx')]);
            expect(run.status, run.stderr).toBe(0);
            expect(readFileSync(path.join(dir, 'model.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
        const map = ssc(['generate', 'examples/valencia', '--format', 'svg', '--view', 'map']);
        expect(map.status).toBe(0);
        expect(map.stdout).toMatch(/^<svg[^>]*class="ssc-diagram ssc-map"/);
    });
});
