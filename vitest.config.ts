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
                test: {
                    name: 'unit',
                    include: ['test/**/*.test.ts'],
                    exclude: [
                        'test/vscode/**',
                        'test/web/**',
                        'test/fuzz/shard-*.test.ts',
                        'test/fuzz/*-differential.test.ts',
                        '**/node_modules/**',
                    ],
                    // Test files share their worker's loaded modules (Langium, the grammar, our code) instead of
                    // importing them again for each of ~120 files; nothing in the product keeps module state.
                    isolate: false,
                    // Many suites wait on child processes (the CLI, Chromium, LibreOffice, Neovim): one worker
                    // more than the cores keeps both cores busy.
                    maxWorkers: availableParallelism() + 1,
                },
            },
            // The playground suites drive the language server in a browser worker: they run after the unit
            // project, one file at a time, because under a busy machine the worker's builds can settle on a
            // stale problems list (noted in the closing note of 2026-11-28, not yet understood).
            {
                extends: true,
                test: { name: 'web', include: ['test/web/**/*.test.ts'], isolate: false, maxWorkers: 1, sequence: { groupOrder: 1 } },
            },
            // The fuzz campaign is CPU-bound and split over shard files: it runs after the rest, on every core.
            {
                extends: true,
                test: {
                    name: 'fuzz',
                    include: ['test/fuzz/shard-*.test.ts', 'test/fuzz/*-differential.test.ts'],
                    maxWorkers: Math.max(2, availableParallelism()),
                    sequence: { groupOrder: 2 },
                },
            },
        ],
    },
});
