// Builds the browser side: the language server as a Web Worker (shared by the playground and the
// extension for VS Code for the Web), the web extension's client, and the playground site in dist/web/.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'dist', 'web');
const production = !process.argv.includes('--dev');
// No file system in a browser: code that finds files beside itself through import.meta.url gets undefined.
const browser = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
    minify: production,
    sourcemap: production ? false : 'inline',
    legalComments: 'none',
    define: { 'import.meta.url': 'undefined' },
};

function exampleFiles(folder) {
    const dir = path.join(root, 'examples', folder);
    return readdirSync(dir)
        .filter(f => f.endsWith('.ssc'))
        .sort()
        .map(name => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}
const examples = [
    { id: 'first-model', title: 'First model (Riverside)', files: exampleFiles('first-model') },
    { id: 'valencia', title: 'Smart Valencia 2030 (three files)', files: exampleFiles('valencia') },
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await Promise.all([
    // The language server in a worker: one bundle, copied into the site and shipped in the .vsix.
    esbuild.build({ ...browser, entryPoints: ['server/browser-main.ts'], outfile: 'dist/browser/server-worker.js', format: 'iife' }),
    // The extension's browser entry (VS Code for the Web loads it as CommonJS in its extension host worker).
    esbuild.build({
        ...browser,
        entryPoints: ['client/browser-extension.ts'],
        outfile: 'dist/browser/extension.js',
        format: 'cjs',
        external: ['vscode'],
    }),
    esbuild.build({
        ...browser,
        entryPoints: { playground: 'web/main.ts' },
        outdir: out,
        format: 'iife',
        loader: { '.ttf': 'file' },
        assetNames: '[name]',
        define: { ...browser.define, __SSC_EXAMPLES__: JSON.stringify(examples) },
    }),
    esbuild.build({
        ...browser,
        entryPoints: { 'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js' },
        outdir: out,
        format: 'iife',
    }),
    esbuild.build({ ...browser, entryPoints: { 'preview-frame': 'web/preview-frame/index.ts' }, outdir: out, format: 'iife' }),
]);
copyFileSync(path.join(root, 'dist', 'browser', 'server-worker.js'), path.join(out, 'server-worker.js'));
copyFileSync(path.join(root, 'web', 'index.html'), path.join(out, 'index.html'));
// esbuild writes the imported Monaco CSS beside playground.js; the page's own rules come after it.
writeFileSync(
    path.join(out, 'playground.css'),
    readFileSync(path.join(out, 'playground.css'), 'utf8') + '\n' + readFileSync(path.join(root, 'web', 'playground.css'), 'utf8'),
);

// The preview frame page comes from the extension's preview shell (TypeScript), bundled and run here.
const pages = await esbuild.build({
    entryPoints: ['web/preview-page.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
});
const { previewFramePage } = await import(`data:text/javascript;base64,${Buffer.from(pages.outputFiles[0].text).toString('base64')}`);
const frame = previewFramePage();
writeFileSync(path.join(out, 'preview.html'), frame.html);
writeFileSync(path.join(out, 'preview.css'), frame.css);
