// `npm run bench`: builds the product, bundles the benchmark and runs it (pass --quick for a short run, --only-lsp for the keystroke figures only, --keep-keystrokes to keep the last ones, --only-render, --only-spreadsheets).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await esbuild.build({
    entryPoints: ['bench/run.ts'],
    outfile: 'dist/bench.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    logLevel: 'warning',
    external: ['vscode'],
    supported: { 'dynamic-import': false },
    banner: { js: 'const __import_meta_url = require("url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__import_meta_url' },
});
const run = spawnSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', 'dist/bench.cjs', ...process.argv.slice(2)], {
    stdio: 'inherit',
});
process.exit(run.status ?? 1);
