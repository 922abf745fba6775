import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/vscode/**', '**/node_modules/**'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
        pool: 'forks',
        reporters: process.env.CI ? ['default', 'junit'] : ['default'],
        outputFile: { junit: 'test-results/junit.xml' },
    },
});
