import type { RuleSeverity } from './rule-codes.js';
import { parseOverrides } from './rule-settings.js';

/** The name of the workspace settings file read by the editor and the CLI. */
export const RC_FILE_NAME = '.sscrc.json';

/** A `.sscrc.json` that cannot be used; the message is one line and names the file. */
export class RcFileError extends Error {
    constructor(
        readonly file: string,
        reason: string,
    ) {
        super(`${file}: ${reason}`);
        this.name = 'RcFileError';
    }
}

/**
 * Reads the text of a `.sscrc.json` (`{ "rules": { "code": "severity" } }`) into severity overrides.
 * Throws {@link RcFileError} for anything that is not such an object, an unknown code or severity.
 */
export function parseRcText(text: string, file: string): Record<string, RuleSeverity> {
    let json: unknown;
    try {
        json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
        throw new RcFileError(file, `not valid JSON (${(error as Error).message.split('\n')[0]})`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new RcFileError(file, 'expected an object such as { "rules": { "analysis/unplaced": "off" } }');
    }
    const unknownKeys = Object.keys(json).filter(k => k !== 'rules' && k !== '$schema');
    if (unknownKeys.length > 0) throw new RcFileError(file, `unknown setting '${unknownKeys[0]}' (only "rules" is read)`);
    const { overrides, problems } = parseOverrides((json as { rules?: unknown }).rules);
    if (problems.length > 0) throw new RcFileError(file, `"rules": ${problems[0].message}`);
    return overrides;
}
