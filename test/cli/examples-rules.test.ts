import { expect, test } from 'vitest';
import { runCli } from '../../cli/main.js';

async function validate(path: string) {
    let stdout = '';
    const status = await runCli(['validate', path, '--format', 'json'], { stdout: t => { stdout += t; }, stderr: () => undefined, cwd: process.cwd(), version: 'test' });
    return { status, diagnostics: JSON.parse(stdout) as Array<{ severity: string; code: string }> };
}

test('the Valencia example is free of errors and warnings; its notes only ask for the engagement plan it predates', async () => {
    const { status, diagnostics } = await validate('examples/valencia');
    expect(status).toBe(0);
    expect(diagnostics.filter(d => d.severity !== 'info')).toEqual([]);
    expect([...new Set(diagnostics.map(d => d.code))].sort()).toEqual(['plan/gap-without-action', 'plan/participation-below-strategy', 'process/never-assessed']);
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
