/** Edit distance between two strings (Levenshtein; letter case differences cost nothing). */
export function editDistance(a: string, b: string): number {
    if (a === b) return 0;
    const m = a.length,
        n = b.length;
    let previous = Array.from({ length: n + 1 }, (_, j) => j);
    for (let i = 1; i <= m; i++) {
        const current = [i];
        for (let j = 1; j <= n; j++) {
            const cost = a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[n];
}

/** Longer names than this are not treated as typos. */
const MAX_SUGGESTED_LENGTH = 64;

/**
 * The candidate names closest to a misspelt one, best first: at most `limit`, and only those near
 * enough to be a plausible typo (or sharing a prefix/suffix with it).
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
    // A typo is a short word: a long token (a pasted paragraph, a huge string) gets no suggestion,
    // and its edit distance to every keyword would cost seconds.
    if (name.length > MAX_SUGGESTED_LENGTH) return [];
    const lower = name.toLowerCase();
    const threshold = name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 3));
    const scored: Array<{ candidate: string; score: number }> = [];
    const seen = new Set<string>();
    for (const candidate of candidates) {
        if (seen.has(candidate) || candidate === name) continue;
        seen.add(candidate);
        const cl = candidate.toLowerCase();
        const related = lower.length >= 3 && (cl.startsWith(lower) || cl.includes(lower) || lower.includes(cl));
        // The edit distance is at least the difference in length: far longer or shorter words are not near.
        if (!related && Math.abs(name.length - candidate.length) > threshold) continue;
        const distance = editDistance(name, candidate);
        if (distance <= threshold || related) {
            scored.push({ candidate, score: related ? Math.min(distance, threshold) : distance });
        }
    }
    scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
    return scored.slice(0, limit).map(s => s.candidate);
}
