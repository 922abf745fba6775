import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, sscIn, tempDir } from '../helpers/cli.js';
import { PROCESS_MODEL } from '../helpers/process-model.js';

describe('ssc generate: the process views', () => {
    let dir: string;
    beforeAll(() => {
        ensureBuilt();
        dir = tempDir();
        writeFileSync(path.join(dir, 'riverside.ssc'), PROCESS_MODEL);
    });

    test('svg --view plan, plan-owner, salience and trajectories each draw their view', async () => {
        const expected: Record<string, string> = {
            plan: 'Quarterly concession review',
            'plan-owner': 'No owner',
            salience: 'Riverside borough council',
            trajectories: 'class="trajectories"',
        };
        for (const [view, text] of Object.entries(expected)) {
            const out = path.join(dir, `${view}.svg`);
            const run = await sscIn(['generate', dir, '--format', 'svg', '--view', view, '--out', out]);
            expect(run.status, run.stderr).toBe(0);
            const svg = readFileSync(out, 'utf8');
            expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="ssc-diagram ssc-/);
            expect(svg, view).toContain(text);
        }
        const bad = await sscIn(['generate', dir, '--format', 'svg', '--view', 'gantt']);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toContain('plan, plan-owner, salience, trajectories');
    });

    test('csv --view plan, review and salience; md holds the plan table; html the three new views', async () => {
        const plan = await sscIn(['generate', dir, '--format', 'csv', '--view', 'plan']);
        expect(plan.status).toBe(0);
        const lines = plan.stdout.trimEnd().split('\r\n');
        expect(lines).toHaveLength(5);
        expect(lines.find(l => l.startsWith('Briefing for the fibre operator'))).toContain(',overdue,,46,');
        expect((await sscIn(['generate', dir, '--format', 'csv', '--view', 'review'])).stdout).toContain(
            'Aguas del Río,up 1,2026-Q1 (2026-03-31),Resistant,4,2,2026-Q2 (2026-06-30),Neutral,5,2,power 4 → 5',
        );
        expect((await sscIn(['generate', dir, '--format', 'csv', '--view', 'salience'])).stdout).toContain(
            'Aguas del Río,4,3,4,borderline,',
        );
        expect((await sscIn(['generate', dir, '--format', 'md'])).stdout).toContain('| Quarterly concession review | WaterTalks |');
        const html = (await sscIn(['generate', dir, '--format', 'html'])).stdout;
        for (const view of ['plan', 'review', 'salience']) expect(html).toContain(`id="view-${view}"`);
    });
});
