import { randomBytes } from 'node:crypto';
import { type Stats, unlinkSync } from 'node:fs';
import { chmod, mkdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { describeFsError, UsageError } from './errors.js';

/** One output file: a name (used when `--out` is a folder) and its text, or its bytes for a binary format (xlsx). */
export interface OutputFile {
    readonly name: string;
    readonly content: string | Uint8Array;
}

/** Temporary files being written or not yet renamed; a signal that ends the run removes them. */
const unfinished = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function onSignal(signal: NodeJS.Signals): void {
    for (const temp of unfinished) {
        try {
            unlinkSync(temp);
        } catch {
            // Already renamed or never created.
        }
    }
    unfinished.clear();
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    // Die of the same signal (its default action, now that no listener is left), so whoever started
    // the run sees how it ended; the exit status is the fallback where that is not possible.
    process.kill(process.pid, signal);
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as Record<string, number>)[signal]);
}

function track(temp: string): void {
    if (unfinished.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
    unfinished.add(temp);
}

function untrack(temp: string): void {
    if (!unfinished.delete(temp)) return;
    if (unfinished.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** The file-system entry at `target`, or undefined when there is none; other failures are a {@link UsageError}. */
async function entry(target: string): Promise<Stats | undefined> {
    try {
        return await stat(target);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new UsageError(`${target}: cannot write (${describeFsError(error)})`);
    }
}

/** A stream-like target (a character device such as /dev/null, or a named pipe): written directly, never replaced. */
function isStream(info: Stats): boolean {
    return info.isCharacterDevice() || info.isFIFO();
}

/** A checked output: where it goes, and the existing file it replaces (if any). */
interface Planned {
    readonly target: string;
    readonly content: string | Uint8Array;
    readonly existing: Stats | undefined;
    temp?: string;
}

/**
 * Checks that `target` can be written: its folder exists and is a folder, and an existing file is
 * replaced only with `force`. Devices and named pipes (`/dev/null`, `/dev/stdout`) are written
 * directly, as a shell redirection would; no other kind of file is replaced.
 */
async function plan(target: string, content: string | Uint8Array, force: boolean): Promise<Planned> {
    const folder = path.dirname(target);
    const folderInfo = await entry(folder);
    if (!folderInfo) throw new UsageError(`${folder}: no such folder`);
    if (!folderInfo.isDirectory()) throw new UsageError(`${folder}: not a folder`);
    const existing = await entry(target);
    if (existing?.isDirectory()) throw new UsageError(`${target}: is a folder`);
    if (existing && !existing.isFile() && !isStream(existing)) throw new UsageError(`${target}: not a regular file`);
    if (existing?.isFile() && !force) throw new UsageError(`${target}: already exists (use --force to overwrite)`);
    return { target, content, existing };
}

function cannotWrite(target: string, error: unknown): UsageError {
    return new UsageError(`${target}: cannot write (${describeFsError(error)})`);
}

/**
 * Writes the text to a temporary sibling of the target (hidden, named after it and this process).
 * A replaced file's permission bits carry over, so a read-only file replaced with `--force` stays
 * read-only. On failure the temporary file is removed.
 */
async function stage(item: Planned): Promise<void> {
    if (item.existing && isStream(item.existing)) return;
    const temp = path.join(
        path.dirname(item.target),
        `.${path.basename(item.target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
    );
    track(temp);
    try {
        await writeFile(temp, item.content, { encoding: 'utf8', flag: 'wx' });
        if (item.existing) await chmod(temp, item.existing.mode & 0o7777);
        item.temp = temp;
    } catch (error) {
        await rm(temp, { force: true }).catch(() => undefined);
        untrack(temp);
        throw cannotWrite(item.target, error);
    }
}

/** Moves a staged file into place (one rename), or writes a device or pipe directly. */
async function commit(item: Planned): Promise<void> {
    if (item.temp === undefined) {
        try {
            await writeFile(item.target, item.content, { encoding: 'utf8' });
        } catch (error) {
            throw cannotWrite(item.target, error);
        }
        return;
    }
    try {
        await rename(item.temp, item.target);
    } catch (error) {
        throw cannotWrite(item.target, error); // the caller discards the temporary file
    }
    untrack(item.temp);
    item.temp = undefined;
}

/** Removes staged files that will not be committed. */
async function discard(items: readonly Planned[]): Promise<void> {
    for (const item of items) {
        if (item.temp === undefined) continue;
        await rm(item.temp, { force: true }).catch(() => undefined);
        untrack(item.temp);
        item.temp = undefined;
    }
}

/**
 * Writes files through temporary siblings and renames, so readers never see half a file and a
 * failed or interrupted run (SIGINT, SIGTERM, SIGHUP) leaves nothing behind. Every file is written
 * in full before the first is renamed into place, so a failure (a full disk, say) changes none of
 * the targets. Refuses to replace an existing file unless `force`.
 */
async function writeAll(items: readonly Planned[]): Promise<void> {
    try {
        for (const item of items) await stage(item);
    } catch (error) {
        await discard(items);
        throw error;
    }
    try {
        for (const item of items) await commit(item);
    } finally {
        await discard(items);
    }
}

/** Writes one file atomically (see {@link writeAll}); refuses to replace an existing file unless `force`. */
export async function writeAtomically(target: string, content: string | Uint8Array, force: boolean): Promise<void> {
    await writeAll([await plan(target, content, force)]);
}

/** Removes the folders this run created (from `folder` up to `top`) when a failed run left them empty. */
async function removeEmptyFolders(folder: string, top: string): Promise<void> {
    for (let dir = folder; ; dir = path.dirname(dir)) {
        try {
            await rmdir(dir);
        } catch {
            return;
        }
        if (path.relative(top, dir) === '' || path.dirname(dir) === dir) return;
    }
}

/**
 * Writes outputs: to stdout without `out`; into `out` when it is an existing folder (or ends with a
 * path separator, then created); otherwise to the file `out`, which then takes exactly one output.
 */
export async function writeOutputs(
    files: readonly OutputFile[],
    out: string | undefined,
    force: boolean,
    stdout: (text: string) => void,
): Promise<string[]> {
    if (out === undefined) {
        stdout(files.map(f => (typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('utf8'))).join('\n'));
        return [];
    }
    const endsWithSeparator = /[\\/]$/.test(out);
    const shown = endsWithSeparator && path.dirname(out) !== out ? out.replace(/[\\/]+$/, '') : out;
    // A failure here (a part of the path is a file, say) is reported by the checks below, naming the culprit.
    const existing = await stat(shown).catch(() => undefined);
    const asFolder = existing?.isDirectory() || endsWithSeparator || files.length > 1;
    if (asFolder) {
        if (existing && !existing.isDirectory()) throw new UsageError(`${shown}: not a folder`);
        let created: string | undefined;
        if (!existing) {
            try {
                created = await mkdir(shown, { recursive: true });
            } catch (error) {
                throw new UsageError(`${shown}: cannot create folder (${describeFsError(error)})`);
            }
        }
        try {
            const items: Planned[] = [];
            for (const file of files) items.push(await plan(path.join(shown, file.name), file.content, force));
            await writeAll(items);
            return items.map(item => item.target);
        } catch (error) {
            if (created !== undefined) await removeEmptyFolders(shown, created);
            throw error;
        }
    }
    await writeAll([await plan(out, files[0].content, force)]);
    return [out];
}
