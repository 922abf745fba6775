import { expect, test } from 'vitest';
import { runCli } from '../../cli/main.js';

async function validate(path: string) {
    let stdout = '';
    const status = await runCli(['validate', path, '--format', 'json'], {
        stdout: t => {
            stdout += t;
        },
        stderr: () => undefined,
        cwd: process.cwd(),
        version: 'test',
    });
    return { status, diagnostics: JSON.parse(stdout) as Array<{ severity: string; code: string }> };
}

test("the Valencia example has no error or warning: the water company's recorded plan clears engagement/powerful-resistant", async () => {
    const { status, diagnostics } = await validate('examples/valencia');
    expect(status).toBe(0);
    expect(diagnostics.filter(d => d.severity !== 'info').map(d => `${d.severity} ${d.code}`)).toEqual([]);
    expect(diagnostics.map(d => d.code)).not.toContain('engagement/powerful-resistant');
});

test('the bundled examples make domain sense: an opponent has interest, an active stakeholder has power', async () => {
    let stdout = '';
    await runCli(['generate', 'examples/valencia', 'examples/first-model', '--format', 'json'], {
        stdout: t => {
            stdout += t;
        },
        stderr: () => undefined,
        cwd: process.cwd(),
        version: 'test',
    });
    const analysis = JSON.parse(stdout) as {
        stakeholders: Array<{ id: string; categories: string[]; attitude: string | null; power: number | null; interest: number | null }>;
    };
    for (const s of analysis.stakeholders) {
        if (s.attitude === 'opponent') expect(s.interest, `${s.id} opposes the programme`).toBeGreaterThan(3);
        if (s.categories.includes('active')) expect(s.power, `${s.id} is active`).toBeGreaterThanOrEqual(3);
    }
    expect(analysis.stakeholders.find(s => s.id === 'WaterCo')).toMatchObject({ attitude: 'opponent', interest: 4 });
});

test('the first model is free of errors and keeps a few warnings as teaching material', async () => {
    const { status, diagnostics } = await validate('examples/first-model');
    expect(status).toBe(0);
    expect(diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter(d => d.severity === 'warning').length).toBeLessThanOrEqual(4);
});

test('the Northbay example uses the process forms cleanly: one deliberate overdue action and nothing else', async () => {
    const { status, diagnostics } = await validate('examples/northbay');
    expect(status).toBe(0);
    expect(diagnostics.map(d => `${d.severity} ${d.code}`)).toEqual(['warning plan/overdue-action']);
});

test('the Northbay example uses the process forms cleanly: one deliberate overdue action and nothing else', async () => {
    const { status, diagnostics } = await validate('examples/northbay');
    expect(status).toBe(0);
    expect(diagnostics.map(d => `${d.severity} ${d.code}`)).toEqual(['warning plan/overdue-action']);
});

test('the Northbay example makes domain sense too, and its trajectories run over three assessments', async () => {
    let stdout = '';
    await runCli(['generate', 'examples/northbay', '--format', 'json'], {
        stdout: t => {
            stdout += t;
        },
        stderr: () => undefined,
        cwd: process.cwd(),
        version: 'test',
    });
    const analysis = JSON.parse(stdout) as {
        stakeholders: Array<{
            id: string;
            categories: string[];
            attitude: string | null;
            power: number | null;
            interest: number | null;
            trajectory: unknown[];
        }>;
        actions: Array<{ status: string }>;
        review: { overdue: boolean; neverAssessed: string[] };
    };
    for (const s of analysis.stakeholders) {
        if (s.attitude === 'opponent') expect(s.interest, `${s.id} opposes the programme`).toBeGreaterThan(3);
        if (s.categories.includes('active')) expect(s.power, `${s.id} is active`).toBeGreaterThanOrEqual(3);
    }
    expect(analysis.stakeholders.find(s => s.id === 'PortServices')?.trajectory).toHaveLength(3);
    expect(new Set(analysis.actions.map(a => a.status))).toEqual(new Set(['open', 'done', 'dropped']));
    expect(analysis.review).toMatchObject({ overdue: false, neverAssessed: [] });
});
