import { defineConfig } from 'vitest/config';

/** The end-to-end suite in real VS Code (code-server), run by `npm run test:vscode`. */
export default defineConfig({
    test: {
        include: ['test/vscode/**/*.e2e.test.ts'],
        testTimeout: 180_000,
        hookTimeout: 20 * 60_000,
        pool: 'forks',
        fileParallelism: false,
        reporters: process.env.CI ? ['default', 'junit'] : ['default'],
        outputFile: { junit: 'test-results/junit-vscode.xml' },
    },
});
