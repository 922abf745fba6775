import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds the bundles once if they are missing (the README's test command builds them first). */
export function ensureBuilt(): void {
    const files = ['cli.cjs', 'server.cjs', 'vendor/elk.cjs', 'vendor/exceljs.cjs'];
    if (!files.every(file => existsSync(path.join(ROOT, 'dist', file)))) {
        const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
        if (result.status !== 0) throw new Error('build failed: ' + result.stderr);
    }
}

/** Result of one `ssc` run. */
export interface SscRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the built `ssc` command as a user would (`node bin/ssc.cjs …`). */
export function ssc(args: string[], cwd = ROOT, input?: string): SscRun {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'ssc.cjs'), ...args], {
        cwd,
        encoding: 'utf8',
        input,
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `ssc` in this process: the same `runCli` the built binary calls, with the output captured. For
 * tests of what a command does; `ssc()` starts the real binary, for what the process does (start-up,
 * exit status, streams, signals) — the binary's start-up alone costs more than most commands.
 */
export async function sscIn(args: string[], cwd = ROOT): Promise<SscRun> {
    const { runCli } = await import('../../cli/main.js');
    let stdout = '';
    let stderr = '';
    const status = await runCli(args, {
        stdout: text => {
            stdout += text;
        },
        stderr: text => {
            stderr += text;
        },
        cwd,
        version: 'test',
    });
    return { status, stdout, stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'ssc-test-'): string {
    return mkdtempSync(path.join(tmpdir(), prefix));
}
