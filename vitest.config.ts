import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        exclude: ['test/vscode/**', '**/node_modules/**'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
        pool: 'forks',
        reporters: process.env.CI ? ['default', 'junit'] : ['default'],
        outputFile: { junit: 'test-results/junit.xml' },
        projects: [
            {
                extends: true,
                test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/vscode/**', 'test/fuzz/**', '**/node_modules/**'] },
            },
            // The fuzz campaign is CPU-bound and split over shard files: it runs after the rest, on every core.
            {
                extends: true,
                test: {
                    name: 'fuzz',
                    include: ['test/fuzz/**/*.test.ts'],
                    maxWorkers: Math.max(2, availableParallelism()),
                    sequence: { groupOrder: 1 },
                },
            },
        ],
    },
});
