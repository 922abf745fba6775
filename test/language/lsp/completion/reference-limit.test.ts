import type { AstNodeDescription } from 'langium';
import { describe, expect, test } from 'vitest';
import { limitCandidates } from '../../../../language/lsp/completion/reference-limit.js';
import { seededRandom } from '../../../../bench/model-generator.js';

const described = (name: string): AstNodeDescription => ({ name, type: 'Stakeholder' }) as AstNodeDescription;

/** What the list was before it kept a heap: every match sorted by its key (stable), the first `limit`. */
function sortedThenCut(names: string[], typed: string, rank: (name: string) => string, limit: number): string[] {
    const matching = names.filter(n => typed === '' || n.includes(typed));
    if (matching.length <= limit) return matching;
    return matching
        .map(n => ({ n, key: `${n.startsWith(typed) ? 0 : 1}${rank(n)}` }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .slice(0, limit)
        .map(k => k.n);
}

describe('reference completion keeps the best names', () => {
    test('the same names in the same order as sorting every match, ties in workspace order', () => {
        const random = seededRandom(17);
        for (let round = 0; round < 40; round++) {
            const count = Math.floor(random() * 600);
            // Few distinct ranks, so that many names tie and their order must follow the workspace's.
            const names = Array.from({ length: count }, (_, i) => `S${Math.floor(random() * 300)}x${i}`);
            const ranks = new Map(names.map(n => [n, `${Math.floor(random() * 3)}-`]));
            const rank = (n: string) => ranks.get(n)!;
            const typed = ['', 'S1', '2', 'x'][round % 4];
            const limit = [0, 1, 7, 200][round % 4 === 0 ? 3 : Math.floor(random() * 4)];
            const kept = limitCandidates(
                names.map(described),
                typed,
                (t, n) => n.includes(t),
                d => rank(d.name),
                limit,
            );
            const expected = sortedThenCut(names, typed, rank, limit);
            expect(kept.map(d => d.name)).toEqual(expected);
        }
    });

    test('a name starting with the typed text comes before one that only contains it', () => {
        const kept = limitCandidates(
            ['AS1', 'S1', 'BS1', 'S10'].map(described),
            'S1',
            (t, n) => n.includes(t),
            () => '1-',
            2,
        );
        expect(kept.map(d => d.name)).toEqual(['S1', 'S10']);
    });
});
