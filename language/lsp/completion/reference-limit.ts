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
    const best = new BestKeys<AstNodeDescription>(limit);
    for (let i = 0; i < matching.length; i++) {
        const d = matching[i];
        best.offer(d.name.startsWith(typed) ? 0 : 1, rank(d), i, d);
    }
    return best.sorted();
}

/** A candidate's place in the order: its tier (0: starts with the typed text), then its key, then its position. */
interface Ranked<T> {
    tier: number;
    key: string;
    at: number;
    value: T;
}

/**
 * The `size` entries that come first (tier, then key, then the lowest position), kept in a heap with
 * the worst on top: with an empty prefix a workspace of 10,000 stakeholders offers 20,000 names, and
 * sorting them all to keep 200 was most of a completion request. Tier and key are compared apart,
 * not joined into one string, which would make and flatten a string per candidate.
 */
class BestKeys<T> {
    private readonly heap: Array<Ranked<T>> = [];

    constructor(private readonly size: number) {}

    offer(tier: number, key: string, at: number, value: T): void {
        const heap = this.heap;
        if (heap.length < this.size) {
            heap.push({ tier, key, at, value });
            this.up(heap.length - 1);
        } else if (this.size > 0 && before(tier, key, at, heap[0])) {
            heap[0] = { tier, key, at, value };
            this.down(0);
        }
    }

    sorted(): T[] {
        return [...this.heap].sort((a, b) => (before(a.tier, a.key, a.at, b) ? -1 : 1)).map(e => e.value);
    }

    private up(i: number): void {
        const heap = this.heap;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const p = heap[parent];
            if (!before(p.tier, p.key, p.at, heap[i])) break;
            [heap[parent], heap[i]] = [heap[i], heap[parent]];
            i = parent;
        }
    }

    private down(i: number): void {
        const heap = this.heap;
        for (;;) {
            let worst = i;
            for (let child = 2 * i + 1; child <= 2 * i + 2 && child < heap.length; child++) {
                const w = heap[worst];
                if (before(w.tier, w.key, w.at, heap[child])) worst = child;
            }
            if (worst === i) return;
            [heap[worst], heap[i]] = [heap[i], heap[worst]];
            i = worst;
        }
    }
}

function before(tier: number, key: string, at: number, other: Ranked<unknown>): boolean {
    if (tier !== other.tier) return tier < other.tier;
    return key < other.key || (key === other.key && at < other.at);
}
