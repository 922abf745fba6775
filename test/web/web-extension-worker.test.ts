import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPlaygroundServer, type PlaygroundServer } from '../../cli/playground-server.js';
import { launchChromium } from '../browser/chromium.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import type { Browser } from 'playwright-core';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;

const WORKER = path.join(ROOT, 'dist', 'browser', 'server-worker.js');
const valencia = (f: string) => readFileSync(path.join(ROOT, 'examples', 'valencia', f), 'utf8');
/** A repository as github.dev shows it: models in a folder, one nested deeper, a rules file at the root, a README. */
const FILES: Record<string, string> = {
    'models/city.ssc': valencia('city.ssc'),
    'models/engagement.ssc': valencia('engagement.ssc'),
    'models/catalogue/national-catalogue.ssc': valencia('national-catalogue.ssc'),
    'models/extra.ssc': 'stakeholder Zed "Zed cooperative" : citizens {\n    power high\n    interest low\n    engagement resistant\n}\n',
    '.sscrc.json': JSON.stringify({ rules: { 'engagement/powerful-resistant': 'error' } }),
    'README.md': '# not a model',
};

let browser: Browser;
let server: PlaygroundServer;

beforeAll(async () => {
    expect(existsSync(WORKER), 'run `npm run build:web` first: dist/browser/server-worker.js is missing').toBe(true);
    const site = tempDir('ssc-web-ext-');
    mkdirSync(site, { recursive: true });
    copyFileSync(WORKER, path.join(site, 'server-worker.js'));
    await esbuild.build({
        entryPoints: [path.join(ROOT, 'test', 'web', 'harness', 'web-extension-client.ts')],
        outfile: path.join(site, 'harness.js'),
        bundle: true,
        platform: 'browser',
        format: 'iife',
        logLevel: 'error',
        define: { __FILES__: JSON.stringify(FILES) },
    });
    writeFileSync(
        path.join(site, 'index.html'),
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>web extension harness</title></head><body><script src="harness.js"></script></body></html>',
    );
    server = await startPlaygroundServer({ root: site, host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
    await server?.close();
});

describe("the web extension's language server worker in Chromium", () => {
    test("loads every .ssc file of a virtual workspace through the client's file system, reads .sscrc.json, and previews", async () => {
        const page = await browser.newPage();
        await page.goto(server.url);
        await expect
            .poll(() => page.evaluate(() => window.__harness.preview !== undefined || window.__harness.error !== undefined), {
                timeout: 90_000,
            })
            .toBe(true);
        const result = await page.evaluate(() => window.__harness);
        expect(result.error).toBeUndefined();
        const root = 'vscode-vfs://github/acme/city';
        // Nothing was opened: every model file was found by walking the folders and read through ssc/fs requests.
        expect(
            Object.keys(result.diagnostics)
                .filter((u: string) => u.startsWith(root))
                .sort(),
        ).toEqual(
            ['models/catalogue/national-catalogue.ssc', 'models/city.ssc', 'models/engagement.ssc', 'models/extra.ssc'].map(
                p => `${root}/${p}`,
            ),
        );
        expect(result.asked).toContain(`readDirectory ${root}/models/catalogue`);
        expect(result.asked).toContain(`readFile ${root}/.sscrc.json`);
        expect(result.asked).not.toContain(`readFile ${root}/README.md`);
        // The .sscrc.json made a warning an error; the cross-file names resolve (no unknown references).
        const extra = result.diagnostics[`${root}/models/extra.ssc`] as Array<{ code: string; severity: number }>;
        expect(extra.find(d => d.code === 'engagement/powerful-resistant')?.severity).toBe(1);
        expect(
            Object.values(result.diagnostics)
                .flat()
                .filter((d: any) => String(d.code).includes('unknown-reference')),
        ).toEqual([]);
        expect(result.preview.title).toBe('Smart Valencia 2030');
        expect(result.preview.views.map((v: { id: string }) => v.id)).toContain('grid');
    }, 180_000);
});
