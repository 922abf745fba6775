import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, chownSync, constants, copyFileSync, cpSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, type SscRun } from './cli.js';

/**
 * Permission errors for real. Root ignores file modes, so when the tests run as root (as in CI) the
 * CLI is started as the unprivileged user `nobody` (uid/gid 65534) and the test's files, owned by
 * root, carry modes that shut that user out; otherwise the CLI runs as the current user and the
 * modes shut that user out. Either way the kernel refuses with EACCES.
 */
export const RUN_AS: { uid: number; gid: number } | undefined = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

/** Who the CLI runs as, for test titles. */
export const RUN_AS_NAME = RUN_AS ? 'the unprivileged user nobody (tests run as root)' : 'the current user';

/** Makes a folder the CLI may write to (as root: hands it to nobody). */
export function writableByCli(folder: string): void {
    chmodSync(folder, 0o755);
    if (RUN_AS) chownSync(folder, RUN_AS.uid, RUN_AS.gid);
}

/** Makes a folder the CLI may read and search but not write to. */
export function readOnlyForCli(folder: string): void {
    chmodSync(folder, 0o555);
}

/** Makes a file or folder the CLI may neither read nor (for a folder) search. */
export function unreadableForCli(target: string): void {
    chmodSync(target, 0o000);
}

let installed: string | undefined;

/**
 * The `bin/ssc.cjs` the CLI user can run: the repository's own when that user can read it, else a
 * copy of `bin/ssc.cjs`, `dist/cli.cjs` and the libraries it loads on first use (`dist/vendor/`) under `scratch` (a checkout in a
 * private home folder, say). Throws, naming the cause, when even that cannot work.
 */
export function sscForCli(scratch: string): string {
    if (installed) return installed;
    const own = path.join(ROOT, 'bin', 'ssc.cjs');
    if (!RUN_AS || (canRead(own) && canRead(path.join(ROOT, 'dist', 'cli.cjs')))) return (installed = own);
    const base = path.join(scratch, 'install');
    mkdirSync(path.join(base, 'bin'), { recursive: true });
    mkdirSync(path.join(base, 'dist'), { recursive: true });
    copyFileSync(own, path.join(base, 'bin', 'ssc.cjs'));
    copyFileSync(path.join(ROOT, 'dist', 'cli.cjs'), path.join(base, 'dist', 'cli.cjs'));
    cpSync(path.join(ROOT, 'dist', 'vendor'), path.join(base, 'dist', 'vendor'), { recursive: true });
    for (const folder of [base, path.join(base, 'bin'), path.join(base, 'dist'), path.join(base, 'dist', 'vendor')])
        chmodSync(folder, 0o755);
    const copy = path.join(base, 'bin', 'ssc.cjs');
    if (!canRead(copy))
        throw new Error(
            `the user nobody cannot run ${process.execPath} on ${copy}: make the temporary folder (${scratch}) and Node reachable for it`,
        );
    return (installed = copy);
}

/** Whether the CLI user can run Node and read `file` (checked by that user's own Node process). */
function canRead(file: string): boolean {
    const probe = spawnSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1], require("fs").constants.R_OK)', file], {
        ...RUN_AS,
        stdio: 'ignore',
    });
    return probe.status === 0;
}

/** Whether the CLI user can open `target` with the given access (R_OK, W_OK, X_OK). */
export function cliCanAccess(target: string, mode: number = constants.R_OK): boolean {
    const probe = spawnSync(
        process.execPath,
        ['-e', 'require("fs").accessSync(process.argv[1], Number(process.argv[2]))', target, String(mode)],
        { ...RUN_AS, stdio: 'ignore' },
    );
    return probe.status === 0;
}

/** Runs `ssc` as the CLI user, in `cwd` (which must be reachable for that user). */
export function sscAsCli(args: string[], cwd: string, options: SpawnSyncOptions = {}): SscRun {
    const result = spawnSync(process.execPath, [sscForCli(cwd), ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 120_000,
        ...RUN_AS,
        ...options,
    });
    return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** Runs `ssc` as the current user with the fault-injection preload (see fault-injection.cjs). */
export function sscWithFault(args: string[], cwd: string, fault: 'enospc' | 'pause', match: string): ChildProcess {
    return spawn(
        process.execPath,
        ['-r', path.join(ROOT, 'test', 'helpers', 'fault-injection.cjs'), path.join(ROOT, 'bin', 'ssc.cjs'), ...args],
        {
            cwd,
            env: { ...process.env, SSC_FAULT: fault, SSC_FAULT_MATCH: match },
            stdio: ['ignore', 'pipe', 'pipe'],
        },
    );
}

/** Everything a child wrote, and how it ended. */
export interface Finished {
    status: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
}

/** Collects a child's output; `onStderr` sees stderr as it grows. */
export function finished(child: ChildProcess, onStderr?: (soFar: string) => void): Promise<Finished> {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', chunk => {
        stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', chunk => {
        stderr += chunk;
        onStderr?.(stderr);
    });
    return new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    });
}
