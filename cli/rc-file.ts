import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { RC_FILE_NAME, RcFileError, parseRcText } from '../language/validation/rc-file.js';
import type { RuleSeverity } from '../language/validation/rule-codes.js';
import { describeFsError, UsageError } from './errors.js';

/**
 * The `.sscrc.json` that applies in a folder: the folder's own, else the nearest parent's, searching
 * upward no further than the first folder that holds `.git` (the project root).
 */
export function findRcFile(start: string): string | undefined {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
        const candidate = path.join(dir, RC_FILE_NAME);
        if (existsSync(candidate)) return candidate;
        if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return undefined;
    }
}

/**
 * Reads the severity overrides of the `.sscrc.json` that applies in `cwd` (none: empty). A file that
 * cannot be read or used is a {@link UsageError} naming it, so the command exits with status 2.
 */
export async function loadRcOverrides(cwd: string): Promise<Record<string, RuleSeverity>> {
    const file = findRcFile(cwd);
    if (!file) return {};
    const shown = path.relative(cwd, file) || file;
    let text: string;
    try {
        text = await readFile(file, 'utf8');
    } catch (error) {
        throw new UsageError(`${shown}: cannot read file (${describeFsError(error)})`);
    }
    try {
        return parseRcText(text, shown);
    } catch (error) {
        if (error instanceof RcFileError) throw new UsageError(error.message);
        throw error;
    }
}
