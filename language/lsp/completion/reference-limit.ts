import type { AstNodeDescription } from 'langium';

/**
 * How many names a reference completion lists at once. A workspace of 10,000 stakeholders would
 * otherwise send every name on each request (megabytes of JSON, ~200 ms); the list is marked
 * incomplete, so the editor asks again as the user types and the best matches of the typed text are
 * always among those sent, the same trade clangd makes with its result limit.
 */
export const REFERENCE_LIMIT = 200;

/**
 * The candidates matching the typed text, at most `limit` of them, the best ranked first; `rank`
 * gives the sort text the items will carry (lower sorts first), `matches` the editor's fuzzy match.
 */
export function limitCandidates(
    candidates: Iterable<AstNodeDescription>,
    typed: string,
    matches: (typed: string, name: string) => boolean,
    rank: (description: AstNodeDescription) => string,
    limit = REFERENCE_LIMIT,
): AstNodeDescription[] {
    const matching: AstNodeDescription[] = [];
    for (const d of candidates) if (typed === '' || matches(typed, d.name)) matching.push(d);
    if (matching.length <= limit) return matching;
    // A name that starts with the typed text beats one that merely contains its letters in order.
    const keyed = matching.map(d => ({ d, key: `${d.name.startsWith(typed) ? 0 : 1}${rank(d)}` }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.slice(0, limit).map(k => k.d);
}
