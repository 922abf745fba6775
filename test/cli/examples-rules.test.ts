import { expect, test } from 'vitest';
import { runCli } from '../../cli/main.js';

async function validate(path: string) {
    let stdout = '';
    const status = await runCli(['validate', path, '--format', 'json'], { stdout: t => { stdout += t; }, stderr: () => undefined, cwd: process.cwd(), version: 'test' });
    return { status, diagnostics: JSON.parse(stdout) as Array<{ severity: string; code: string }> };
}

test('the Valencia example is free of errors and has at most one (deliberate) warning', async () => {
    const { status, diagnostics } = await validate('examples/valencia');
    expect(status).toBe(0);
    expect(diagnostics.map(d => `${d.severity} ${d.code}`)).toEqual(['warning engagement/powerful-resistant']);
});

test('the first model is free of errors and keeps a few warnings as teaching material', async () => {
    const { status, diagnostics } = await validate('examples/first-model');
    expect(status).toBe(0);
    expect(diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    expect(diagnostics.length).toBeLessThanOrEqual(4);
});
