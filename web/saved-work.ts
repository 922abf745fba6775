/**
 * The work kept in the browser's local storage: the files and the active tab, saved after every
 * change, and the previous work set aside whenever an example, a link or opened paths replace it.
 */
import type { PlaygroundFile } from './file-names.js';

const CURRENT = 'ssc-playground/work';
const PREVIOUS = 'ssc-playground/previous';

/** What is saved. */
export interface SavedWork {
    files: PlaygroundFile[];
    active?: string;
}

function read(key: string): SavedWork | undefined {
    try {
        const raw = localStorage.getItem(key);
        if (!raw) return undefined;
        const data = JSON.parse(raw) as { files?: unknown; active?: unknown };
        if (!Array.isArray(data.files)) return undefined;
        const files = data.files.filter((f): f is PlaygroundFile => typeof f?.name === 'string' && typeof f?.text === 'string');
        return files.length > 0 ? { files, active: typeof data.active === 'string' ? data.active : undefined } : undefined;
    } catch {
        return undefined;
    }
}

function write(key: string, work: SavedWork): string | undefined {
    try {
        localStorage.setItem(key, JSON.stringify(work));
        return undefined;
    } catch (error) {
        return `Your work could not be kept in this browser (${(error as Error).name === 'QuotaExceededError' ? 'its storage is full' : (error as Error).message}): download it to keep it.`;
    }
}

/** The saved work, if any. */
export const loadWork = (): SavedWork | undefined => read(CURRENT);
/** Saves the work; returns a message when the browser refused. */
export const saveWork = (work: SavedWork): string | undefined => write(CURRENT, work);
/** The work set aside by the last replacement, if any. */
export const loadPrevious = (): SavedWork | undefined => read(PREVIOUS);
/** Sets `work` aside before something replaces it. */
export const keepPrevious = (work: SavedWork): string | undefined => write(PREVIOUS, work);

/** Whether two sets of files hold the same names and texts. */
export function sameFiles(a: readonly PlaygroundFile[], b: readonly PlaygroundFile[]): boolean {
    return a.length === b.length && a.every((f, i) => f.name === b[i].name && f.text === b[i].text);
}
