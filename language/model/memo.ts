import { sharedEnds } from './shared-ends.js';

/**
 * Results of an earlier analysis that the next one may reuse. Model data records are never changed
 * after they are built, and the language server keeps the records of unchanged elements and files
 * between edits (ElementDataCache, WorkspaceModel): a result computed from the same records, compared
 * by identity, and the same plain values is the same result. After a keystroke in a 10,000-stakeholder
 * workspace the analysis then builds anew only what the edited element feeds.
 *
 * The caller owns the memo (the language server keeps one per workspace); a function given none
 * computes everything. Results handed out are shared between analyses and must not be changed.
 */
export class AnalysisMemo {
    private readonly wholes = new Map<string, Remembered>();
    private readonly records = new Map<string, WeakMap<object, Remembered>>();
    private readonly lists = new Map<string, { items: readonly unknown[]; inputs: readonly unknown[]; results: unknown[] }>();

    /** A result computed from whole lists (compared item by item) and plain values. */
    whole<T>(key: string, inputs: readonly unknown[], compute: () => T): T {
        const last = this.wholes.get(key);
        if (last && sameInputs(last.inputs, inputs)) return last.value as T;
        const value = compute();
        this.wholes.set(key, { inputs, value });
        return value;
    }

    /** A result computed from one record and the given inputs (lists compared item by item). */
    of<T>(key: string, record: object, inputs: readonly unknown[], compute: () => T): T {
        let byRecord = this.records.get(key);
        if (!byRecord) this.records.set(key, (byRecord = new WeakMap()));
        const last = byRecord.get(record);
        if (last && sameInputs(last.inputs, inputs)) return last.value as T;
        const value = compute();
        byRecord.set(record, { inputs, value });
        return value;
    }

    /**
     * Maps a list, reusing what the last call with this key gave for the items at its start and its
     * end that are the same records as then (a keystroke changes a run of records in one file, and the
     * workspace's lists join the files in order), while `inputs` are the same. Comparing the lists costs
     * a pointer comparison per item; the records themselves are not read. `reusable`, given the old and
     * new records in between, may ask for a full mapping instead. The same list of results is returned
     * when nothing changed.
     */
    list<T, R>(
        key: string,
        items: readonly T[],
        inputs: readonly unknown[],
        map: (item: T) => R,
        reusable?: (before: readonly T[], after: readonly T[]) => boolean,
    ): R[] {
        const last = this.lists.get(key) as { items: readonly T[]; inputs: readonly unknown[]; results: R[] } | undefined;
        let results: R[] | undefined;
        if (last && sameInputs(last.inputs, inputs)) {
            const old = last.items;
            const [start, end] = sharedEnds(old, items);
            if (start === items.length && start === old.length) results = last.results;
            else if (!reusable || reusable(old.slice(start, old.length - end), items.slice(start, items.length - end))) {
                results = last.results.slice(0, start);
                for (let i = start; i < items.length - end; i++) results.push(map(items[i]));
                for (let i = old.length - end; i < old.length; i++) results.push(last.results[i]);
            }
        }
        results ??= items.map(map);
        this.lists.set(key, { items, inputs, results });
        return results;
    }

    /** `value`, or the value last given for this key when `same` finds them equal (so that results read from it can be reused). */
    stable<T>(key: string, value: T, same: (a: T, b: T) => boolean): T {
        const last = this.wholes.get(key);
        if (last && same(last.value as T, value)) return last.value as T;
        this.wholes.set(key, { inputs: [], value });
        return value;
    }
}

/** {@link AnalysisMemo.list}, or just `items.map(map)` without a memo. */
export function rememberList<T, R>(
    memo: AnalysisMemo | undefined,
    key: string,
    items: readonly T[],
    inputs: readonly unknown[],
    map: (item: T) => R,
    reusable?: (before: readonly T[], after: readonly T[]) => boolean,
): R[] {
    return memo ? memo.list(key, items, inputs, map, reusable) : items.map(map);
}

interface Remembered {
    readonly inputs: readonly unknown[];
    readonly value: unknown;
}

/** {@link AnalysisMemo.whole}, or just `compute()` without a memo. */
export function rememberWhole<T>(memo: AnalysisMemo | undefined, key: string, inputs: readonly unknown[], compute: () => T): T {
    return memo ? memo.whole(key, inputs, compute) : compute();
}

/** {@link AnalysisMemo.of}, or just `compute()` without a memo. */
export function rememberOf<T>(
    memo: AnalysisMemo | undefined,
    key: string,
    record: object,
    inputs: readonly unknown[],
    compute: () => T,
): T {
    return memo ? memo.of(key, record, inputs, compute) : compute();
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        const x = a[i],
            y = b[i];
        if (x === y) continue;
        if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
        for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
    }
    return true;
}
