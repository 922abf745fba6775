import { spawnSync } from 'node:child_process';
import {
    chmodSync,
    closeSync,
    constants,
    copyFileSync,
    existsSync,
    mkdirSync,
    openSync,
    readdirSync,
    readFileSync,
    rmSync,
    statSync,
    writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, ROOT, ssc, tempDir, type SscRun } from '../helpers/cli.js';
import {
    cliCanAccess,
    finished,
    readOnlyForCli,
    RUN_AS_NAME,
    sscAsCli,
    sscForCli,
    sscWithFault,
    unreadableForCli,
    writableByCli,
} from '../helpers/unprivileged.js';

// The failure paths of `ssc validate` and `ssc generate` under real OS conditions: permission
// errors (EACCES: as root the CLI runs as `nobody`, see helpers/unprivileged.ts), a full device
// (/dev/full; a 8 KiB tmpfs where this process may mount one; otherwise, and always in addition, an
// ENOSPC injected into the real process by helpers/fault-injection.cjs after half the data is on
// disk), signals in the middle of a write, and paths that run through a file (ENOTDIR).

const MODEL = path.join(ROOT, 'examples', 'first-model', 'stakeholders.ssc');
const BIG_MODEL = path.join(ROOT, 'examples', 'valencia');
/** Name of a temporary output file: hidden, after the target, this process, random. */
const TEMP_NAME = /^\.ssc-analysis\.json\.\d+\.[0-9a-f]{8}\.tmp$/;

let scratch: string;
let counter = 0;
let tmpfs: string | undefined;

/** A fresh folder for one test, reachable by the CLI user, holding a readable `model.ssc`. */
function fresh(): string {
    const folder = path.join(scratch, `case-${++counter}`);
    mkdirSync(folder);
    chmodSync(folder, 0o755);
    copyFileSync(MODEL, path.join(folder, 'model.ssc'));
    chmodSync(path.join(folder, 'model.ssc'), 0o644);
    return folder;
}

/** The single line on stderr (fails when there are more or none). */
function oneLine(run: { stderr: string }): string {
    const lines = run.stderr.split('\n').filter(line => line !== '');
    expect(lines, run.stderr).toHaveLength(1);
    return lines[0];
}

/** A run that could not go ahead: status 2, one line naming the path and the reason, nothing on stdout. */
function expectRefusal(run: SscRun | { status: number | null; stdout: string; stderr: string }, message: string): void {
    expect(oneLine(run)).toBe(`ssc: ${message}`);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
}

/** Mounts an 8 KiB tmpfs at `folder` (needs root with CAP_SYS_ADMIN); false where that is not allowed. */
function mountTinyTmpfs(folder: string): boolean {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    const result = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8k,mode=0755', 'ssc-test-full', folder], { stdio: 'ignore' });
    return result.status === 0;
}

/** Gives every folder back its permissions, so the scratch folder can be removed as any user. */
function unlock(folder: string): void {
    try {
        chmodSync(folder, 0o755);
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            if (entry.isDirectory() && path.join(folder, entry.name) !== tmpfs) unlock(path.join(folder, entry.name));
        }
    } catch {
        // best effort
    }
}

beforeAll(() => {
    ensureBuilt();
    scratch = tempDir('ssc-output-failures-');
    chmodSync(scratch, 0o755);
    sscForCli(scratch);
    const mountPoint = path.join(scratch, 'tiny-tmpfs');
    mkdirSync(mountPoint);
    if (mountTinyTmpfs(mountPoint)) tmpfs = mountPoint;
});

afterAll(() => {
    if (tmpfs) spawnSync('umount', [tmpfs], { stdio: 'ignore' });
    unlock(scratch);
    rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')(`unreadable input (EACCES), the CLI running as ${RUN_AS_NAME}`, () => {
    test('a model file the process cannot read: validate (text and json) and generate refuse in one line', () => {
        const dir = fresh();
        const secret = path.join(dir, 'secret.ssc');
        copyFileSync(MODEL, secret);
        unreadableForCli(secret);
        expect(cliCanAccess(secret), 'the CLI user can still read the file').toBe(false);
        for (const args of [
            ['validate', 'secret.ssc'],
            ['validate', 'secret.ssc', '--format', 'json'],
            ['validate', 'model.ssc', 'secret.ssc', '--format', 'sarif'],
            ['generate', 'secret.ssc', '--format', 'json'],
        ]) {
            expectRefusal(sscAsCli(args, dir), 'secret.ssc: cannot read file (permission denied)');
        }
    });

    test('an unreadable file found in a folder is named by its path', () => {
        const dir = fresh();
        mkdirSync(path.join(dir, 'models'));
        copyFileSync(MODEL, path.join(dir, 'models', 'a.ssc'));
        copyFileSync(MODEL, path.join(dir, 'models', 'b.ssc'));
        unreadableForCli(path.join(dir, 'models', 'b.ssc'));
        expectRefusal(sscAsCli(['validate', 'models'], dir), `${path.join('models', 'b.ssc')}: cannot read file (permission denied)`);
    });

    test('a model folder the process cannot read, named as given, also when found inside another folder', () => {
        const dir = fresh();
        mkdirSync(path.join(dir, 'models', 'locked'), { recursive: true });
        copyFileSync(MODEL, path.join(dir, 'models', 'locked', 'model.ssc'));
        unreadableForCli(path.join(dir, 'models', 'locked'));
        expect(cliCanAccess(path.join(dir, 'models', 'locked')), 'the CLI user can still read the folder').toBe(false);
        expectRefusal(
            sscAsCli(['validate', path.join('models', 'locked')], dir),
            `${path.join('models', 'locked')}: cannot read folder (permission denied)`,
        );
        expectRefusal(
            sscAsCli(['validate', 'models', '--format', 'json'], dir),
            `${path.join('models', 'locked')}: cannot read folder (permission denied)`,
        );
        expectRefusal(
            sscAsCli(['generate', 'models', '--format', 'md'], dir),
            `${path.join('models', 'locked')}: cannot read folder (permission denied)`,
        );
        // A file in a folder the process cannot even search: stat itself is refused.
        expectRefusal(
            sscAsCli(['validate', path.join('models', 'locked', 'model.ssc')], dir),
            `${path.join('models', 'locked', 'model.ssc')}: cannot read (permission denied)`,
        );
    });

    test('an unreadable .sscrc.json', () => {
        const dir = fresh();
        writeFileSync(path.join(dir, '.sscrc.json'), '{ "rules": {} }');
        unreadableForCli(path.join(dir, '.sscrc.json'));
        expectRefusal(sscAsCli(['validate', 'model.ssc'], dir), '.sscrc.json: cannot read file (permission denied)');
    });
});

describe.skipIf(process.platform === 'win32')(`output the process cannot write (EACCES), the CLI running as ${RUN_AS_NAME}`, () => {
    test('--out into a folder the process cannot write', () => {
        const dir = fresh();
        const out = path.join(dir, 'reports');
        mkdirSync(out);
        readOnlyForCli(out);
        expect(cliCanAccess(out, constants.W_OK), 'the CLI user can still write the folder').toBe(false);
        expectRefusal(
            sscAsCli(['generate', 'model.ssc', '--format', 'json', '--out', 'reports'], dir),
            `${path.join(out, 'ssc-analysis.json')}: cannot write (permission denied)`,
        );
        // Several files (csv tables): refused before any is written.
        expectRefusal(
            sscAsCli(['generate', 'model.ssc', '--format', 'csv', '--out', 'reports/'], dir),
            `${path.join(out, 'engagement.csv')}: cannot write (permission denied)`,
        );
        expect(readdirSync(out)).toEqual([]);
    });

    test('--out to a file in such a folder, to a new folder inside it, and ssc init there', () => {
        const dir = fresh();
        const out = path.join(dir, 'reports');
        mkdirSync(out);
        readOnlyForCli(out);
        expectRefusal(
            sscAsCli(['generate', 'model.ssc', '--format', 'json', '--out', 'reports/analysis.json'], dir),
            `${path.join(out, 'analysis.json')}: cannot write (permission denied)`,
        );
        expectRefusal(
            sscAsCli(['generate', 'model.ssc', '--format', 'html', '--out', 'reports/2026/'], dir),
            `${path.join(out, '2026')}: cannot create folder (permission denied)`,
        );
        expect(readdirSync(out)).toEqual([]);
        const init = sscAsCli(['init', 'reports'], dir);
        expect(oneLine(init)).toBe(`ssc: ${path.join(out, 'stakeholders.ssc')}: cannot write (permission denied)`);
        expect(init.status).toBe(2);
        expect(readdirSync(out)).toEqual([]);
    });

    test('--force over a writable file in a folder the process cannot write is refused: atomic replacement needs the folder', () => {
        const dir = fresh();
        const out = path.join(dir, 'reports');
        mkdirSync(out);
        writeFileSync(path.join(out, 'analysis.json'), 'precious');
        chmodSync(path.join(out, 'analysis.json'), 0o666);
        readOnlyForCli(out);
        expect(cliCanAccess(path.join(out, 'analysis.json'), constants.W_OK), 'the file itself is writable').toBe(true);
        expectRefusal(
            sscAsCli(['generate', 'model.ssc', '--format', 'json', '--out', 'reports/analysis.json', '--force'], dir),
            `${path.join(out, 'analysis.json')}: cannot write (permission denied)`,
        );
        expect(readFileSync(path.join(out, 'analysis.json'), 'utf8')).toBe('precious');
        expect(readdirSync(out)).toEqual(['analysis.json']);
    });

    test('a read-only file in a writable folder: refused without --force; --force replaces it (as mv -f would) and keeps it read-only', () => {
        const dir = fresh();
        const out = path.join(dir, 'reports');
        mkdirSync(out);
        writableByCli(out);
        const target = path.join(out, 'analysis.json');
        writeFileSync(target, 'old');
        chmodSync(target, 0o444);
        expect(cliCanAccess(target, constants.W_OK), 'the CLI user can still write the file').toBe(false);
        expectRefusal(
            sscAsCli(['generate', 'model.ssc', '--format', 'json', '--out', 'reports/analysis.json'], dir),
            `${target}: already exists (use --force to overwrite)`,
        );
        expect(readFileSync(target, 'utf8')).toBe('old');
        const forced = sscAsCli(['generate', 'model.ssc', '--format', 'json', '--out', 'reports/analysis.json', '--force'], dir);
        expect(forced.stderr).toBe(`ssc: wrote ${path.join('reports', 'analysis.json')}\n`);
        expect(forced.status).toBe(0);
        expect(JSON.parse(readFileSync(target, 'utf8')).programme.id).toBe('Riverside');
        expect(statSync(target).mode & 0o777).toBe(0o444);
        expect(readdirSync(out)).toEqual(['analysis.json']);
    });
});

describe.skipIf(process.platform !== 'linux')('a full device (ENOSPC)', () => {
    test('--out /dev/full: one line, status 2, and the device is written, never replaced; --out /dev/null works', () => {
        const dir = fresh();
        expectRefusal(
            ssc(['generate', 'model.ssc', '--format', 'json', '--out', '/dev/full'], dir),
            '/dev/full: cannot write (no space left on device)',
        );
        expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
        const toNull = ssc(['generate', 'model.ssc', '--format', 'json', '--out', '/dev/null'], dir);
        expect(toNull.stderr).toBe('ssc: wrote /dev/null\n');
        expect(toNull.status).toBe(0);
        expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
        expect(readdirSync('/dev').filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    test('standard output on a full device: generate and validate say so in one line, status 2', () => {
        const dir = fresh();
        for (const args of [
            ['generate', 'model.ssc', '--format', 'json'],
            ['validate', 'model.ssc'],
            ['validate', 'model.ssc', '--format', 'sarif'],
        ]) {
            const full = openSync('/dev/full', 'w');
            try {
                const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'ssc.cjs'), ...args], {
                    cwd: dir,
                    encoding: 'utf8',
                    stdio: ['ignore', full, 'pipe'],
                    timeout: 120_000,
                });
                expect(oneLine(result)).toBe('ssc: standard output: cannot write (no space left on device)');
                expect(result.status).toBe(2);
            } finally {
                closeSync(full);
            }
        }
    });

    const ways = [...tmpfsWay(), { name: 'an ENOSPC injected after half the data is written (fault-injection preload)', real: false }];
    function tmpfsWay() {
        // Decided at collection time: mounting needs root with CAP_SYS_ADMIN (not in a plain container).
        if (process.platform !== 'linux' || process.getuid?.() !== 0) return [];
        const probe = tempDir('ssc-tmpfs-probe-');
        const ok = mountTinyTmpfs(probe);
        if (ok) spawnSync('umount', [probe], { stdio: 'ignore' });
        rmSync(probe, { recursive: true, force: true });
        return ok ? [{ name: 'a real 8 KiB tmpfs', real: true }] : [];
    }

    for (const way of ways) {
        test(`--out on a full device, ${way.name}: one line, status 2, no partial or temporary file, an existing file untouched`, async () => {
            const out = way.real ? fullTmpfsFolder() : path.join(fresh(), 'out');
            if (!way.real) mkdirSync(out);
            const run = async (args: string[]) =>
                way.real
                    ? ssc(['generate', BIG_MODEL, '--format', 'json', ...args], scratch)
                    : finished(sscWithFault(['generate', BIG_MODEL, '--format', 'json', ...args], scratch, 'enospc', 'ssc-analysis.json'));
            expectRefusal(await run(['--out', out]), `${path.join(out, 'ssc-analysis.json')}: cannot write (no space left on device)`);
            expect(readdirSync(out)).toEqual([]);
            expectRefusal(
                await run(['--out', path.join(out, 'ssc-analysis.json')]),
                `${path.join(out, 'ssc-analysis.json')}: cannot write (no space left on device)`,
            );
            expect(readdirSync(out)).toEqual([]);
            writeFileSync(path.join(out, 'ssc-analysis.json'), 'precious');
            expectRefusal(
                await run(['--out', out, '--force']),
                `${path.join(out, 'ssc-analysis.json')}: cannot write (no space left on device)`,
            );
            expect(readdirSync(out)).toEqual(['ssc-analysis.json']);
            expect(readFileSync(path.join(out, 'ssc-analysis.json'), 'utf8')).toBe('precious');
            // A folder the run created for its output goes again when nothing could be written into it.
            expectRefusal(
                await run(['--out', path.join(out, 'new', 'deeper') + '/']),
                `${path.join(out, 'new', 'deeper', 'ssc-analysis.json')}: cannot write (no space left on device)`,
            );
            expect(readdirSync(out)).toEqual(['ssc-analysis.json']);
        });
    }

    test('several files (csv tables): the disk filling up at the third leaves none of them', async () => {
        const dir = fresh();
        const out = path.join(dir, 'tables');
        mkdirSync(out);
        const run = await finished(sscWithFault(['generate', BIG_MODEL, '--format', 'csv', '--out', out], dir, 'enospc', 'summary.csv'));
        expectRefusal(run, `${path.join(out, 'summary.csv')}: cannot write (no space left on device)`);
        expect(readdirSync(out)).toEqual([]);
        // The same run without the fault writes every table.
        expect(ssc(['generate', BIG_MODEL, '--format', 'csv', '--out', out], dir).status).toBe(0);
        expect(readdirSync(out)).toHaveLength(9);
    });
});

/** The tmpfs mount point, emptied (the test that uses it runs only where the mount succeeded). */
function fullTmpfsFolder(): string {
    if (!tmpfs) throw new Error('the tmpfs could be mounted at collection time but not in beforeAll');
    for (const name of readdirSync(tmpfs)) rmSync(path.join(tmpfs, name), { recursive: true, force: true });
    return tmpfs;
}

describe.skipIf(process.platform === 'win32')(
    'a run interrupted in the middle of writing (fault-injection preload pauses the write half-way)',
    () => {
        /** Starts generate, waits until half the output is on disk in the temporary file, returns its path. */
        async function startAndPause(out: string, extra: string[] = []) {
            const child = sscWithFault(
                ['generate', 'model.ssc', '--format', 'json', '--out', out, ...extra],
                path.dirname(out),
                'pause',
                'ssc-analysis.json',
            );
            let paused!: (temp: string) => void;
            const atPause = new Promise<string>(resolve => {
                paused = resolve;
            });
            const done = finished(child, soFar => {
                const match = /ssc-fault: paused (.*)\n/.exec(soFar);
                if (match) paused(match[1]);
            });
            const temp = await Promise.race([
                atPause,
                done.then(r => {
                    throw new Error(`ssc ended before the write: ${JSON.stringify(r)}`);
                }),
            ]);
            expect(path.dirname(temp)).toBe(out.endsWith('.json') ? path.dirname(out) : out);
            expect(path.basename(temp)).toMatch(TEMP_NAME);
            const partial = readFileSync(temp, 'utf8');
            expect(partial.length).toBeGreaterThan(100);
            expect(() => JSON.parse(partial)).toThrow();
            return { child, done, temp };
        }

        for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
            test(`${signal}: the process dies of it, no target and no temporary file`, async () => {
                const out = path.join(fresh(), 'out');
                mkdirSync(out);
                const { child, done } = await startAndPause(out);
                expect(readdirSync(out)).toHaveLength(1);
                child.kill(signal);
                const result = await done;
                expect(result.signal).toBe(signal);
                expect(result.stdout).toBe('');
                expect(readdirSync(out)).toEqual([]);
            });
        }

        test('SIGTERM while replacing a file with --force: the old file stays whole', async () => {
            const dir = fresh();
            const target = path.join(dir, 'ssc-analysis.json');
            writeFileSync(target, 'precious');
            const { child, done } = await startAndPause(target, ['--force']);
            child.kill('SIGTERM');
            expect((await done).signal).toBe('SIGTERM');
            expect(readFileSync(target, 'utf8')).toBe('precious');
            expect(readdirSync(dir).sort()).toEqual(['model.ssc', 'ssc-analysis.json']);
        });

        test('SIGKILL cannot be handled: the target is never created; only the hidden temporary file remains', async () => {
            const out = path.join(fresh(), 'out');
            mkdirSync(out);
            const { child, done, temp } = await startAndPause(out);
            child.kill('SIGKILL');
            expect((await done).signal).toBe('SIGKILL');
            expect(existsSync(path.join(out, 'ssc-analysis.json'))).toBe(false);
            expect(readdirSync(out)).toEqual([path.basename(temp)]);
        });
    },
);

describe('paths that run through a file (ENOTDIR) and folders in the way', () => {
    test('--out under a path component that is a file', () => {
        const dir = fresh();
        const file = path.join(dir, 'model.ssc');
        expectRefusal(ssc(['generate', 'model.ssc', '--format', 'json', '--out', 'model.ssc/x.json'], dir), `${file}: not a folder`);
        expectRefusal(
            ssc(['generate', 'model.ssc', '--format', 'json', '--out', 'model.ssc/a/x.json'], dir),
            `${path.join(file, 'a')}: cannot write (a part of the path is not a folder)`,
        );
        expectRefusal(
            ssc(['generate', 'model.ssc', '--format', 'json', '--out', 'model.ssc/sub/'], dir),
            `${path.join(file, 'sub')}: cannot create folder (a part of the path is not a folder)`,
        );
        expectRefusal(
            ssc(['validate', 'model.ssc/other.ssc'], dir),
            `${path.join('model.ssc', 'other.ssc')}: cannot read (a part of the path is not a folder)`,
        );
        expect(readdirSync(dir)).toEqual(['model.ssc']);
    });

    test('--out naming a folder that does not exist yet, with a trailing separator, creates it', () => {
        const dir = fresh();
        const run = ssc(['generate', 'model.ssc', '--format', 'json', '--out', 'reports/2026/'], dir);
        expect(run.stderr).toBe(`ssc: wrote ${path.join('reports', '2026', 'ssc-analysis.json')}\n`);
        expect(run.status).toBe(0);
        expect(readdirSync(path.join(dir, 'reports', '2026'))).toEqual(['ssc-analysis.json']);
    });

    test('a folder where the output file should go, and several files for an --out that is a file', () => {
        const dir = fresh();
        mkdirSync(path.join(dir, 'out', 'ssc-analysis.json'), { recursive: true });
        expectRefusal(
            ssc(['generate', 'model.ssc', '--format', 'json', '--out', 'out', '--force'], dir),
            `${path.join(dir, 'out', 'ssc-analysis.json')}: is a folder`,
        );
        writeFileSync(path.join(dir, 'tables'), 'precious');
        expectRefusal(
            ssc(['generate', 'model.ssc', '--format', 'csv', '--out', 'tables', '--force'], dir),
            `${path.join(dir, 'tables')}: not a folder`,
        );
        expect(readFileSync(path.join(dir, 'tables'), 'utf8')).toBe('precious');
    });
});
