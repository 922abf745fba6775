import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { UsageError } from './errors.js';

/** One output file: a name (used when `--out` is a folder) and its text. */
export interface OutputFile {
    readonly name: string;
    readonly content: string;
}

async function exists(target: string): Promise<'file' | 'folder' | false> {
    try {
        const info = await stat(target);
        return info.isDirectory() ? 'folder' : 'file';
    } catch {
        return false;
    }
}

/**
 * Writes a file through a temporary sibling and a rename, so readers never see half a file and a
 * failed run leaves nothing behind. Refuses to replace an existing file unless `force`.
 */
export async function writeAtomically(target: string, content: string, force: boolean): Promise<void> {
    const kind = await exists(target);
    if (kind === 'folder') throw new UsageError(`${target}: is a folder`);
    if (kind === 'file' && !force) throw new UsageError(`${target}: already exists (use --force to overwrite)`);
    const folder = path.dirname(target);
    if (!(await exists(folder))) throw new UsageError(`${folder}: no such folder`);
    const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
        await rename(temp, target);
    } catch (error) {
        await rm(temp, { force: true }).catch(() => undefined);
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied'
            : code === 'ENOSPC' ? 'no space left on device'
            : code === 'EROFS' ? 'read-only file system'
            : (error as Error).message;
        throw new UsageError(`${target}: cannot write (${reason})`);
    }
}

/**
 * Writes outputs: to stdout without `out`; into `out` when it is an existing folder (or ends with a
 * path separator, then created); otherwise to the file `out`, which then takes exactly one output.
 */
export async function writeOutputs(files: readonly OutputFile[], out: string | undefined, force: boolean, stdout: (text: string) => void): Promise<string[]> {
    if (out === undefined) {
        stdout(files.map(f => f.content).join('\n'));
        return [];
    }
    const asFolder = (await exists(out)) === 'folder' || /[\\/]$/.test(out) || files.length > 1;
    if (asFolder) {
        try {
            await mkdir(out, { recursive: true });
        } catch (error) {
            throw new UsageError(`${out}: cannot create folder (${(error as Error).message})`);
        }
        const written: string[] = [];
        for (const file of files) {
            const target = path.join(out, file.name);
            if (!force && await exists(target)) throw new UsageError(`${target}: already exists (use --force to overwrite)`);
        }
        for (const file of files) {
            const target = path.join(out, file.name);
            await writeAtomically(target, file.content, force);
            written.push(target);
        }
        return written;
    }
    await writeAtomically(out, files[0].content, force);
    return [out];
}
