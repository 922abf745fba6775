/**
 * File names in the playground: every file is `name.ssc`, unique, and free of characters that
 * mean something in a path or a URI, whatever a share link, a dropped file or a tab rename says.
 */

/** One file of the playground workspace. */
export interface PlaygroundFile {
    name: string;
    text: string;
}

/** Folder of the playground's documents in the language server (`file:///playground/NAME`). */
export const PLAYGROUND_ROOT = 'file:///playground/';

/** The document URI of a file name. */
export function uriOf(name: string): string {
    return PLAYGROUND_ROOT + encodeURIComponent(name);
}

/** The file name of a playground URI, or undefined for another URI (e.g. the built-in library). */
export function nameOf(uri: string): string | undefined {
    if (!uri.startsWith(PLAYGROUND_ROOT)) return undefined;
    try {
        return decodeURIComponent(uri.slice(PLAYGROUND_ROOT.length));
    } catch {
        return undefined;
    }
}

/**
 * A safe, unique `.ssc` file name from what a user or a link gave: path parts dropped, unsafe
 * characters replaced, at most 80 characters, `-2`, `-3`… appended when `taken` has it.
 */
export function cleanFileName(raw: string, taken: ReadonlySet<string>): string {
    const base = raw.split(/[\\/]/).pop() ?? '';
    let stem = base
        .replace(/\.ssc$/i, '')
        .replace(/[^\p{L}\p{N}_. -]+/gu, '-')
        .replace(/^[.\s-]+|[.\s-]+$/g, '')
        .slice(0, 76);
    if (stem.length === 0) stem = 'model';
    let name = `${stem}.ssc`;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.ssc`;
    return name;
}
