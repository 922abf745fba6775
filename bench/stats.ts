/** Summary statistics of repeated measurements. */
export interface Stats {
    median: number;
    min: number;
    max: number;
    p95: number;
    runs: number;
}

/** Median, min, max and 95th percentile (nearest rank) of a list of numbers. */
export function stats(values: readonly number[]): Stats {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    const mid = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return { median: mid, min: sorted[0], max: sorted[sorted.length - 1], p95: at(0.95), runs: sorted.length };
}

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns its timings in ms. */
export async function time(runs: number, fn: () => Promise<void> | void, warmup = 0): Promise<number[]> {
    for (let i = 0; i < warmup; i++) await fn();
    const timings: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await fn();
        timings.push(performance.now() - start);
    }
    return timings;
}

/** A number rounded for a table. */
export function fmt(value: number, digits = 0): string {
    return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
