// Measures the playground in Chromium (needs `npm run build:web`): first diagnostics after opening
// the Valencia example, edit → diagnostics with 1,000 stakeholders in one file in the worker, and the
// size of the site. Writes bench/results-web.md, which `npm run bench` appends to BENCHMARKS.md.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async entry => {
    const out = await esbuild.build({
        entryPoints: [path.join(root, entry)],
        bundle: true,
        platform: 'node',
        format: 'esm',
        write: false,
        logLevel: 'error',
    });
    return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
};
const { startPlaygroundServer } = await load('cli/playground-server.ts');
const { generateModel } = await load('bench/model-generator.ts');
const runs = Number(process.env.WEB_BENCH_RUNS ?? 5),
    edits = Number(process.env.WEB_BENCH_EDITS ?? 60);
const stats = list => {
    const s = [...list].sort((a, b) => a - b);
    return {
        median: s[Math.floor(s.length / 2)],
        p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)],
        min: s[0],
        max: s[s.length - 1],
    };
};

const server = await startPlaygroundServer({ root: path.join(root, 'dist', 'web'), host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const open = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready=true]');
    await page.waitForFunction(() => window.__ssc.client.allDiagnostics().some(d => d.uri.endsWith('stakeholders.ssc')));
    return { page, context };
};

// 1. Opening the Valencia example (three files) → the diagnostics of all three are in.
const first = [];
for (let i = 0; i < runs; i++) {
    const { page, context } = await open();
    await page.evaluate(() => {
        const names = ['city.ssc', 'engagement.ssc', 'national-catalogue.ssc'];
        window.__bench = { start: 0, end: 0 };
        window.__ssc.client.onDiagnostics(() => {
            const done = names.every(n => window.__ssc.client.allDiagnostics().some(d => d.uri.endsWith('/' + n)));
            if (done && !window.__bench.end) window.__bench.end = performance.now();
        });
        document.getElementById('examples').addEventListener(
            'change',
            () => {
                window.__bench.start = performance.now();
            },
            { capture: true },
        );
    });
    await page.selectOption('#examples', 'valencia');
    await page
        .waitForFunction(() => window.__bench.end > 0, undefined, { timeout: 60_000 })
        .catch(async error => {
            console.error(
                await page.evaluate(() =>
                    JSON.stringify([window.__bench, window.__ssc.client.allDiagnostics().map(d => [d.uri, d.version])]),
                ),
            );
            throw error;
        });
    first.push(await page.evaluate(() => window.__bench.end - window.__bench.start));
    await context.close();
}

// 2. 1,000 stakeholders in one file: one-character edits inside a string → diagnostics of that version.
const big = [...generateModel({ stakeholders: 1000, files: 1, seed: 7 }).values()][0];
const { page, context } = await open();
const editTimes = await page.evaluate(
    async ({ text, count }) => {
        const { workspace, client, editor } = window.__ssc;
        const settled = (uri, version) =>
            new Promise(resolve => {
                const check = () => {
                    const d = client.allDiagnostics().find(x => x.uri === uri);
                    if (d && d.version === version) {
                        resolve();
                        return true;
                    }
                    return false;
                };
                if (!check())
                    client.onDiagnostics(u => {
                        if (u === uri) check();
                    });
            });
        workspace.replaceAll([{ name: 'big.ssc', text }]);
        const model = editor.getModel();
        const uri = model.uri.toString();
        await settled(uri, model.getVersionId());
        const times = [];
        const line = model.getLinesContent().findIndex(l => l.includes('aims "')) + 1;
        for (let i = 0; i < count; i++) {
            const column = model.getLineContent(line).indexOf('aims "') + 7;
            const start = performance.now();
            model.applyEdits([
                { range: { startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column }, text: 'x' },
            ]);
            await settled(uri, model.getVersionId());
            times.push(performance.now() - start);
            await new Promise(r => setTimeout(r, 100));
        }
        return times;
    },
    { text: big, count: edits },
);
await context.close();
await browser.close();
await server.close();

// 3. The site's size.
const files = readdirSync(path.join(root, 'dist', 'web'))
    .sort()
    .map(name => {
        const bytes = readFileSync(path.join(root, 'dist', 'web', name));
        return { name, raw: statSync(path.join(root, 'dist', 'web', name)).size, gzip: gzipSync(bytes, { level: 9 }).length };
    });
const kb = n => (n / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 });
const f = stats(first),
    e = stats(editTimes);
const total = files.reduce((s, x) => ({ raw: s.raw + x.raw, gzip: s.gzip + x.gzip }), { raw: 0, gzip: 0 });
const md = `
## In the browser (the playground, \`npm run build:web\`)

Measured ${new Date().toISOString().slice(0, 10)} with \`node scripts/bench-web.mjs\` in headless Chromium (${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end of the run); the language server runs in a Web Worker and the live preview is computed in the same worker, as in use: it is asked for after a pause in typing, a step at a time, and abandoned when the text changes, so diagnostics never wait for it; the outline and folding are asked for after the diagnostics. The edits come one after another (the next 100 ms after the diagnostics of the last), starting as soon as the 1,000-stakeholder file shows its first diagnostics: the first ones meet the views of the new file being computed (a view is not interrupted midway), and once a set of views has been abandoned the preview waits for a longer pause in typing.

| measure | median | p95 | min–max | budget |
|---|---|---|---|---|
| Valencia example opened → diagnostics of its 3 files (${runs} fresh pages) | ${Math.round(f.median)} ms | — | ${Math.round(f.min)}–${Math.round(f.max)} ms | ≤ 2,000 ms |
| 1,000 stakeholders in one file: edit → diagnostics of that version (${edits} edits) | ${Math.round(e.median)} ms | ${Math.round(e.p95)} ms | ${Math.round(e.min)}–${Math.round(e.max)} ms | p95 ≤ 500 ms |

| file of \`dist/web/\` | raw KB | gzip KB |
|---|---|---|
${files.map(x => `| ${x.name} | ${kb(x.raw)} | ${kb(x.gzip)} |`).join('\n')}
| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** |
`;
writeFileSync(path.join(root, 'bench', 'results-web.md'), md.trimStart());
process.stdout.write(md);
