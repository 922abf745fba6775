import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { RUN_AS } from '../helpers/unprivileged.js';

const SCRIPT = path.join(ROOT, 'scripts', 'ensure-test-deps.mjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'ssc-test-deps-'));
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runScript(env: Record<string, string>, asUser?: { uid: number; gid: number }) {
    return spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env: { ...process.env, ...env }, ...(asUser ?? {}) });
}

describe('the pre-test step (scripts/ensure-test-deps.mjs)', () => {
    test('with everything installed it passes silently', () => {
        const run = runScript({});
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    test('a user who cannot install gets one line naming what to install, and exit 1 at once', () => {
        // As root, run as nobody: it may not install, exactly like a developer without sudo rights.
        const run = runScript({ CHROMIUM_PATH: path.join(scratch, 'no-chromium') }, RUN_AS);
        expect(run.status).toBe(1);
        const lines = run.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^ssc test set-up: missing Chromium \(browser tests\)\. Install with: sudo apt-get install -y chromium/);
    });

    test(`${RUN_AS ? 'as root it installs what is missing with apt-get, updating once first' : 'without root it never calls apt-get'}`, () => {
        const bin = path.join(scratch, 'bin');
        const log = path.join(scratch, 'apt.log');
        const chromium = path.join(scratch, 'chromium');
        spawnSync('mkdir', ['-p', bin]);
        // A stand-in apt-get that logs its arguments and "installs" Chromium where CHROMIUM_PATH points.
        writeFileSync(path.join(bin, 'apt-get'), `#!/bin/sh\necho "$*" >> ${log}\ncase "$*" in *install*) touch ${chromium};; esac\n`);
        chmodSync(path.join(bin, 'apt-get'), 0o755);
        const run = runScript({ CHROMIUM_PATH: chromium, PATH: `${bin}${path.delimiter}${process.env.PATH}` });
        if (RUN_AS) {
            expect(run.stderr).toBe('');
            expect(run.status).toBe(0);
            expect(run.stdout).toMatch(/installing chromium with apt-get/);
            const calls = readFileSync(log, 'utf8').trim().split('\n');
            expect(calls).toHaveLength(2);
            expect(calls[0]).toMatch(/ update /);
            expect(calls[1]).toMatch(/ install -y .*chromium$/);
        } else {
            expect(run.status).toBe(1);
            expect(existsSync(log)).toBe(false);
        }
    });
});
