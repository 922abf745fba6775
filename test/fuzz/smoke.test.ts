import { beforeAll, describe, expect, test } from 'vitest';
import { createTestServices } from '../helpers/workspace.js';
import { seedModels } from './campaign.js';
import { mutate, MUTATION_KINDS } from './mutations.js';
import { runPipeline } from './pipeline.js';

/**
 * The short seeded smoke run of `npm test`: the example files and the smallest generated model of the
 * campaign (campaign.ts) get one mutation of every kind each, through the whole pipeline, the first one
 * with the map layout. The campaign
 * itself (the shard files, 21,000 mutations) runs as its own CI step: `npm run test:fuzz`.
 */
describe('seeded fuzz smoke run: one mutation of every kind per seed model, through every stage', () => {
    let services: Awaited<ReturnType<typeof createTestServices>>;
    beforeAll(async () => {
        services = await createTestServices();
    });

    test.each(seedModels().filter(m => !/^generated-(30|60)$/.test(m.name)))('$name', async ({ text, seed }) => {
        const failures: string[] = [];
        for (let i = 0; i < MUTATION_KINDS.length; i++) {
            const mutation = mutate(text, seed, i);
            try {
                await runPipeline(services, mutation.text, { seed: i, layout: i === 0 });
            } catch (error) {
                failures.push(`mutation ${i} (${mutation.kind}): ${String((error as Error).message).slice(0, 300)}`);
            }
        }
        // Reproduce one with FUZZ_MUTATIONS=13 npx vitest run --project fuzz (it saves the failing text under regressions/).
        expect(failures).toEqual([]);
    });
});
