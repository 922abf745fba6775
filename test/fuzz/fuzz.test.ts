import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateModel } from '../../bench/model-generator.js';
import { ROOT } from '../helpers/cli.js';
import { createTestServices } from '../helpers/workspace.js';
import { mutate, MUTATION_KINDS } from './mutations.js';
import { runPipeline } from './pipeline.js';

/** Mutations per seed model: CI runs the default; `npm run fuzz` runs many more. */
const PER_MODEL = Number(process.env.FUZZ_MUTATIONS ?? 300);
const REGRESSIONS = path.join(ROOT, 'test', 'fuzz', 'regressions');

function seedModels(): Array<[string, string]> {
    const examples: Array<[string, string]> = [];
    for (const folder of ['valencia', 'first-model']) {
        const dir = path.join(ROOT, 'examples', folder);
        for (const file of readdirSync(dir).sort()) examples.push([`${folder}/${file}`, readFileSync(path.join(dir, file), 'utf8')]);
    }
    for (const [n, seed] of [[12, 1], [30, 2], [60, 3]]) {
        examples.push([`generated-${n}`, [...generateModel({ stakeholders: n, seed }).values()].join('\n')]);
    }
    return examples;
}

describe('seeded fuzzing of every stage', () => {
    const models = seedModels();
    test.each(models.map(([name, text], i) => [name, text, i] as const))('%s survives its mutations', async (name, text, modelIndex) => {
        const services = await createTestServices();
        const kinds = new Map<string, number>();
        for (let i = 0; i < PER_MODEL; i++) {
            const mutation = mutate(text, 1000 + modelIndex, i);
            kinds.set(mutation.kind, (kinds.get(mutation.kind) ?? 0) + 1);
            try {
                await runPipeline(services, mutation.text, i);
            } catch (error) {
                const file = path.join(REGRESSIONS, `${name.replace(/[^\w-]+/g, '_')}-seed${1000 + modelIndex}-${i}.ssc`);
                writeFileSync(file, mutation.text);
                throw new Error(`mutation ${i} (${mutation.kind}) of ${name} failed; saved as ${path.relative(ROOT, file)}: ${(error as Error).message}`);
            }
        }
        expect([...kinds.keys()].sort()).toEqual([...MUTATION_KINDS].sort());
    }, 30 * 60_000);
});

describe('regressions found by fuzzing', () => {
    const files = readdirSync(REGRESSIONS).filter(f => f.endsWith('.ssc')).sort();
    test.each(files.length ? files : ['(none yet)'])('%s', async file => {
        if (file === '(none yet)') return;
        const services = await createTestServices();
        const report = await runPipeline(services, readFileSync(path.join(REGRESSIONS, file), 'utf8'), 7);
        expect(report.steps.length).toBeGreaterThan(3);
    });
});
