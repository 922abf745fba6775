/**
 * How many items two lists share at their start and at their end, compared by identity (the two
 * counts never overlap). A keystroke replaces a run of a document's elements, records or
 * declarations and keeps the objects around it: what lies outside the changed run is found with a
 * pointer comparison per item, without reading the items.
 */
export function sharedEnds<T>(before: readonly T[], after: readonly T[]): [start: number, end: number] {
    const shorter = Math.min(before.length, after.length);
    let start = 0;
    while (start < shorter && before[start] === after[start]) start++;
    let end = 0;
    while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    return [start, end];
}
