// Bundles the language server, the CLI and the VS Code extension to CommonJS with esbuild.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const common = {
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    external: ['vscode'],
    define: { __SSC_VERSION__: JSON.stringify(pkg.version) },
    // Langium is ESM and reads import.meta.url in a few places; give CommonJS an equivalent.
    banner: { js: 'const __import_meta_url = require("url").pathToFileURL(__filename).href;' },
    inject: [],
    supported: { 'dynamic-import': false },
};
// Loaded on first use (language/model/views/map-elk.ts, language/spreadsheet/exceljs-load.ts) and kept in
// files of their own beside the bundles: ELK and exceljs are half of each bundle, and most `ssc` runs and
// server sessions would otherwise parse them at start-up without ever using them.
const LAZY_VENDORS = { 'elkjs/lib/elk.bundled.js': 'elk.cjs', exceljs: 'exceljs.cjs' };
const lazyVendors = {
    name: 'lazy-vendors',
    setup(build) {
        const names = Object.keys(LAZY_VENDORS).map(name => name.replace(/[./]/g, '\\$&'));
        build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, args =>
            args.kind === 'dynamic-import' ? { path: `./vendor/${LAZY_VENDORS[args.path]}`, external: true } : undefined,
        );
    },
};
const vendors = Object.entries(LAZY_VENDORS).map(([module, file]) => ({
    ...common,
    entryPoints: [module],
    outfile: `dist/vendor/${file}`,
    sourcemap: false,
    banner: {},
}));
const entries = [
    { entryPoints: ['server/main.ts'], outfile: 'dist/server.cjs' },
    { entryPoints: ['cli/bin.ts'], outfile: 'dist/cli.cjs' },
    { entryPoints: ['client/extension.ts'], outfile: 'dist/extension.cjs' },
];
const options = [
    ...entries.map(e => ({
        ...common,
        ...e,
        define: { ...common.define, 'import.meta.url': '__import_meta_url' },
        plugins: [lazyVendors],
    })),
    ...vendors,
];
// The preview webview app runs in the browser sandbox of a webview: no Node, no vscode module.
options.push({
    entryPoints: ['preview-src/index.ts'],
    outfile: 'dist/preview/preview.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    sourcemap: true,
    logLevel: 'warning',
});
if (watch) {
    for (const o of options) (await esbuild.context(o)).watch();
} else {
    await Promise.all(options.map(o => esbuild.build(o)));
}
