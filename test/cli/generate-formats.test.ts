import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, sscIn, tempDir } from '../helpers/cli.js';

describe('ssc generate: html, md, csv and svg', () => {
    beforeAll(() => ensureBuilt());

    test('html is one offline page with every view', async () => {
        const run = await sscIn(['generate', 'examples/valencia', '--format', 'html']);
        expect(run.status).toBe(0);
        for (const view of ['grid', 'engagement', 'summary', 'classification', 'map', 'onion', 'coverage'])
            expect(run.stdout).toContain(`id="view-${view}"`);
        expect(run.stdout).toContain("default-src 'none'");
        expect(run.stdout).not.toMatch(/<script|<link|src="http|href="http/);
    });

    test('md holds the tables and a Mermaid quadrant chart', async () => {
        const run = await sscIn(['generate', 'examples/valencia', '--format', 'md']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('```mermaid\nquadrantChart');
        expect(run.stdout).toContain('| Stakeholder | Id | Group | Current engagement |');
    });

    test('csv: one table on stdout, every table into a folder, one chosen with --view', async () => {
        const stdout = await sscIn(['generate', 'examples/valencia', '--format', 'csv']);
        expect(stdout.stdout.split('\r\n')[0]).toBe(
            'Stakeholder,Id,Group,Current engagement,Desired engagement,Levels to gain,Strategy,Strategy source,Power,Interest,Grid position,' +
                'Participation reached (IAP2),Participation needed,Participation shortfall',
        );
        const folder = path.join(tempDir(), 'tables');
        expect((await sscIn(['generate', 'examples/valencia', '--format', 'csv', '--out', folder])).status).toBe(0);
        expect(readdirSync(folder).sort()).toEqual([
            'assessment.csv',
            'classification.csv',
            'coverage.csv',
            'engagement.csv',
            'plan.csv',
            'register.csv',
            'review.csv',
            'salience.csv',
            'summary.csv',
        ]);
        const file = path.join(tempDir(), 'summary.csv');
        expect((await sscIn(['generate', 'examples/valencia', '--format', 'csv', '--view', 'summary', '--out', file])).status).toBe(0);
        expect(readFileSync(file, 'utf8')).toMatch(/^Group,Stakeholder,Scale/);
    });

    test('svg draws one view, the grid by default', async () => {
        const dir = tempDir();
        for (const view of ['grid', 'onion', 'map', 'classification']) {
            const out = path.join(dir, `${view}.svg`);
            const args = ['generate', 'examples/valencia', '--format', 'svg', '--out', out, ...(view === 'grid' ? [] : ['--view', view])];
            expect((await sscIn(args)).status).toBe(0);
            const svg = readFileSync(out, 'utf8');
            expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="ssc-diagram ssc-/);
            expect(svg).toContain(`ssc-${view}`);
        }
        const bad = await sscIn(['generate', 'examples/valencia', '--format', 'svg', '--view', 'table']);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toContain('--view table');
        expect(existsSync(path.join(dir, 'ssc-table.svg'))).toBe(false);
    });
});
