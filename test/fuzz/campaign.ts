/**
 * The seeded fuzz campaign: every example file and three generated models, each mutated
 * {@link PER_MODEL} times, and every mutation sent through the whole pipeline (pipeline.ts). The
 * mutations of each model are split over {@link SHARDS} test files (shard-N.test.ts), so that
 * vitest's worker pool runs them on every core; the counts of all shards are merged into
 * test-results/fuzz-summary.json.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateModel, seededRandom } from '../../bench/model-generator.js';
import { ROOT } from '../helpers/cli.js';
import { createTestServices } from '../helpers/workspace.js';
import { mutate, MUTATION_KINDS } from './mutations.js';
import { runPipeline } from './pipeline.js';

/**
 * Mutations per seed model: 100 by default (`npx vitest run --project fuzz`; `npm test` has its own
 * smoke run, smoke.test.ts); `npm run test:fuzz` (its own CI step) runs the 3,000-per-model campaign and `npm run fuzz` a deeper one (FUZZ_MUTATIONS).
 */
export const PER_MODEL = Number(process.env.FUZZ_MUTATIONS ?? 100);
/** The number of shard files the mutations of each model are split over. */
export const SHARDS = 4;
/**
 * One mutation in this many also runs what needs the ELK map layout (HTML report, map SVG, preview);
 * see README.md for why. FUZZ_LAYOUT_EVERY=1 runs it on every mutation.
 */
export const LAYOUT_EVERY = Math.max(1, Number(process.env.FUZZ_LAYOUT_EVERY ?? 10));
/** A test stops after this many failing mutations (each is saved as a regression). */
const MAX_FAILURES = 5;

export const REGRESSIONS = path.join(ROOT, 'test', 'fuzz', 'regressions');
const RESULTS = path.join(ROOT, 'test-results');

/** A seed model: its name, its text and the seed its mutations derive from. */
export interface SeedModel {
    readonly name: string;
    readonly text: string;
    readonly seed: number;
}

/** The example files, one model each, then generated models of 12, 30 and 60 stakeholders. */
export function seedModels(): SeedModel[] {
    const texts: Array<[string, string]> = [];
    for (const folder of ['valencia', 'first-model']) {
        const dir = path.join(ROOT, 'examples', folder);
        for (const file of readdirSync(dir)
            .filter(f => f.endsWith('.ssc'))
            .sort())
            texts.push([`${folder}/${file}`, readFileSync(path.join(dir, file), 'utf8')]);
    }
    for (const [n, seed] of [
        [12, 1],
        [30, 2],
        [60, 3],
    ]) {
        texts.push([`generated-${n}`, [...generateModel({ stakeholders: n, seed }).values()].join('\n')]);
    }
    return texts.map(([name, text], i) => ({ name, text, seed: 1000 + i }));
}

/** Whether mutation `index` of a model also runs the layout-dependent steps: a fixed, kind-blind share. */
export function runsLayout(seed: number, index: number): boolean {
    return index === 0 || seededRandom(seed * 7_919 + index)() * LAYOUT_EVERY < 1;
}

/** What one test (one model, one shard) did. */
interface ModelCounts {
    mutations: number;
    kinds: Record<string, number>;
    /** Mutations that parsed cleanly, so the formatter laid them out and its guarantees were checked. */
    formatChecked: number;
    /** Mutations that also ran the ELK layout, the HTML report, the map SVG and the preview. */
    withLayout: number;
    crashes: Array<{ index: number; kind: string; file: string; message: string }>;
    seconds: number;
}

interface ShardSummary {
    /** Identifies one vitest run: its worker processes share the parent. */
    run: number;
    shard: number;
    shards: number;
    perModel: number;
    layoutEvery: number;
    models: Record<string, ModelCounts>;
}

function emptyCounts(): ModelCounts {
    return {
        mutations: 0,
        kinds: Object.fromEntries(MUTATION_KINDS.map(k => [k, 0])),
        formatChecked: 0,
        withLayout: 0,
        crashes: [],
        seconds: 0,
    };
}

function add(into: ModelCounts, from: ModelCounts): void {
    into.mutations += from.mutations;
    for (const [k, n] of Object.entries(from.kinds)) into.kinds[k] = (into.kinds[k] ?? 0) + n;
    into.formatChecked += from.formatChecked;
    into.withLayout += from.withLayout;
    into.crashes.push(...from.crashes);
    into.seconds += from.seconds;
}

function writeJson(file: string, value: unknown): void {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value, null, 2) + '\n');
    renameSync(temporary, file);
}

/** Merges the shard files of this run into fuzz-summary.json; returns the summary once every shard is in. */
function mergeShards(run: number): { models: Record<string, ModelCounts>; all: ModelCounts } | undefined {
    const dir = path.join(RESULTS, 'fuzz');
    const shards = readdirSync(dir)
        .filter(f => /^shard-\d+\.json$/.test(f))
        .map(f => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ShardSummary)
        .filter(s => s.run === run && s.perModel === PER_MODEL && s.shards === SHARDS);
    const models: Record<string, ModelCounts> = {};
    for (const s of shards) for (const [name, counts] of Object.entries(s.models)) add((models[name] ??= emptyCounts()), counts);
    const all = emptyCounts();
    for (const counts of Object.values(models)) add(all, counts);
    const summary = {
        complete: shards.length === SHARDS,
        shards: shards.length,
        perModel: PER_MODEL,
        layoutEvery: LAYOUT_EVERY,
        total: { ...all, crashes: all.crashes.length },
        models,
    };
    writeJson(path.join(RESULTS, 'fuzz-summary.json'), summary);
    return summary.complete ? { models, all } : undefined;
}

function line(name: string, c: ModelCounts): string {
    const kinds = Object.entries(c.kinds)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
    return (
        `${name}: ${c.mutations} mutations (${kinds}); ${c.formatChecked} format-checked, ${c.withLayout} with the map layout; ` +
        `${c.crashes.length} crashes; ${c.seconds.toFixed(1)} s`
    );
}

/** Declares the tests of one shard (1-based): its slice of every seed model's mutations. */
export function defineShard(shard: number): void {
    const models = seedModels();
    const run = process.ppid;
    const summary: ShardSummary = { run, shard, shards: SHARDS, perModel: PER_MODEL, layoutEvery: LAYOUT_EVERY, models: {} };
    let services: Awaited<ReturnType<typeof createTestServices>>;
    beforeAll(async () => {
        services = await createTestServices();
    });
    afterAll(() => {
        writeJson(path.join(RESULTS, 'fuzz', `shard-${shard}.json`), summary);
        const merged = mergeShards(run);
        if (merged) {
            const lines = Object.entries(merged.models).map(([name, counts]) => line(name, counts));
            console.log(
                `fuzz summary, all ${SHARDS} shards (test-results/fuzz-summary.json):\n${lines.join('\n')}\n${line('total', merged.all)}`,
            );
        }
    });

    describe(`seeded fuzzing of every stage, shard ${shard} of ${SHARDS}`, () => {
        test.each(models)(
            '$name survives its mutations',
            async ({ name, text, seed }) => {
                const from = Math.floor(((shard - 1) * PER_MODEL) / SHARDS),
                    to = Math.floor((shard * PER_MODEL) / SHARDS);
                const counts = (summary.models[name] = emptyCounts());
                const start = performance.now();
                for (let i = from; i < to && counts.crashes.length < MAX_FAILURES; i++) {
                    const mutation = mutate(text, seed, i);
                    counts.mutations++;
                    counts.kinds[mutation.kind]++;
                    const layout = runsLayout(seed, i);
                    if (layout) counts.withLayout++;
                    try {
                        const report = await runPipeline(services, mutation.text, { seed: i, layout });
                        if (report.formatted) counts.formatChecked++;
                    } catch (error) {
                        const file = path.join(REGRESSIONS, `${name.replace(/[^\w-]+/g, '_')}-seed${seed}-${i}.ssc`);
                        writeFileSync(file, mutation.text);
                        counts.crashes.push({
                            index: i,
                            kind: mutation.kind,
                            file: path.relative(ROOT, file),
                            message: String((error as Error).message).slice(0, 1_500),
                        });
                    }
                }
                counts.seconds = (performance.now() - start) / 1000;
                console.log(
                    `[shard ${shard}/${SHARDS}] ${name}: mutations ${from}..${to - 1}, ${counts.formatChecked} format-checked, ` +
                        `${counts.withLayout} with the map layout, ${counts.crashes.length} crashes, ${counts.seconds.toFixed(1)} s`,
                );
                expect(
                    counts.crashes,
                    counts.crashes.map(c => `mutation ${c.index} (${c.kind}) saved as ${c.file}: ${c.message}`).join('\n'),
                ).toEqual([]);
                if (to - from >= MUTATION_KINDS.length) expect(Object.values(counts.kinds).every(n => n > 0)).toBe(true);
            },
            60 * 60_000,
        );
    });
}
