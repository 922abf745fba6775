/**
 * How spreadsheet text is compared with the vocabulary: case, spaces, hyphens and punctuation do
 * not count, nor does a plural ending or British/American spelling (`organisations` = `organization`).
 */

function singular(word: string): string {
    if (word.length <= 3) return word;
    if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
    if (/(ss|us|is)$/.test(word)) return word;
    if (/(sh|ch|x)es$/.test(word)) return word.slice(0, -2);
    if (word.endsWith('s')) return word.slice(0, -1);
    return word;
}

/** The comparison key of a text: lower-case singular words, joined without separators. */
export function matchKey(text: string): string {
    return text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/isation/g, 'ization')
        .replace(/ise(s|d)?\b/g, 'ize$1')
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .map(singular)
        .join('');
}

/**
 * Edit distance of two strings, a swap of neighbouring letters counting as one edit (optimal string
 * alignment); gives up (returning `limit + 1`) once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let before: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
            best = Math.min(best, current[j]);
        }
        if (best > limit) return limit + 1;
        before = previous;
        previous = current;
    }
    return previous[b.length];
}

/** The largest edit distance accepted as an approximate match for a key of this length. */
export function approximateLimit(key: string): number {
    return key.length < 4 ? 0 : key.length < 8 ? 1 : key.length < 16 ? 2 : 3;
}
