/**
 * Counting words for messages, tables and drawings: the one `plural()` of the code base.
 */

/** `1 file`, `2 files`; `many` for words whose plural is not the word plus `s` (`1 entry`, `2 entries`). */
export function plural(count: number, word: string, many = `${word}s`): string {
    return `${count} ${count === 1 ? word : many}`;
}
