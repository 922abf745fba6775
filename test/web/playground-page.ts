import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startPlaygroundServer, type PlaygroundServer } from '../../cli/playground-server.js';
import { launchChromium, watchDialogs } from '../browser/chromium.js';
import { ROOT } from '../helpers/cli.js';

// Callbacks given to page.evaluate run inside the page; the root tsconfig has no DOM lib, so name its globals here.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;

/** The built site the tests load. */
export const WEB_ROOT = path.join(ROOT, 'dist', 'web');
/** Where the playground screenshots land. */
export const WEB_SCREENSHOTS = path.join(ROOT, 'test-results', 'web');

/** A browser and the playground served on loopback, as `ssc playground` serves it. */
export interface PlaygroundRig {
    browser: Browser;
    server: PlaygroundServer;
    close(): Promise<void>;
}

export async function startRig(files?: () => Promise<Array<{ name: string; text: string }>>): Promise<PlaygroundRig> {
    expect(existsSync(path.join(WEB_ROOT, 'index.html')), 'run `npm run build:web` first: dist/web/index.html is missing').toBe(true);
    mkdirSync(WEB_SCREENSHOTS, { recursive: true });
    const server = await startPlaygroundServer({ root: WEB_ROOT, host: '127.0.0.1', port: 0, files });
    const browser = await launchChromium();
    return {
        browser,
        server,
        close: async () => {
            await browser.close();
            await server.close();
        },
    };
}

/** An open playground page and what it did: requests outside its origin, dialogs, page errors. */
export interface PlaygroundPage {
    page: Page;
    context: BrowserContext;
    foreign: string[];
    dialogs: string[];
    errors: string[];
}

/** Opens the playground in `context` (a fresh one unless given) at `suffix` (a query or fragment) and waits until it is ready. */
export async function openPlayground(rig: PlaygroundRig, suffix = '', context?: BrowserContext): Promise<PlaygroundPage> {
    const ctx = context ?? (await rig.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true }));
    const page = await ctx.newPage();
    const origin = new URL(rig.server.url).origin;
    const foreign: string[] = [];
    page.on('request', request => {
        const url = request.url();
        if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:' + origin)) foreign.push(url);
    });
    const dialogs = watchDialogs(page);
    const errors: string[] = [];
    // Monaco rejects superseded hover and code-action requests with a 'Canceled' error nobody awaits; those are not failures.
    page.on('pageerror', error => {
        if (error.message !== 'Canceled') errors.push(error.message);
    });
    await page.goto(rig.server.url + suffix);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    return { page, context: ctx, foreign, dialogs, errors };
}

/** The preview frame. */
export function previewFrame(page: Page): Frame {
    const frame = page.frame({ url: /preview\.html$/ });
    if (!frame) throw new Error('the preview frame is missing');
    return frame;
}

/** The problems list as `code file:line` strings. */
export async function problems(page: Page): Promise<string[]> {
    return page.$$eval('#problems-body tr', rows =>
        rows.map(r => {
            const cell = (c: string) => r.querySelector(`td.${c}`)?.textContent ?? '';
            return `${cell('code')} ${cell('file')}:${cell('line')}`;
        }),
    );
}

/** The user's files as the page holds them. */
export async function pageFiles(page: Page): Promise<Array<{ name: string; text: string }>> {
    return page.evaluate(() => window.__ssc.workspace.files());
}

/** Whether any payload of the hostile model ran, in the page or in the preview frame. */
export async function pwned(page: Page): Promise<unknown[]> {
    const marks: unknown[] = [];
    for (const frame of page.frames()) marks.push(await frame.evaluate(() => window.__pwned ?? null));
    return marks.filter(m => m !== null);
}

/** Places the cursor at the end of the file on screen. */
export async function cursorToEnd(page: Page): Promise<void> {
    await page.evaluate(() => {
        const editor = window.__ssc.editor;
        const model = editor.getModel();
        const line = model.getLineCount();
        editor.setPosition({ lineNumber: line, column: model.getLineMaxColumn(line) });
        editor.focus();
    });
}

/** Text of the file on screen. */
export async function editorText(page: Page): Promise<string> {
    return page.evaluate(() => window.__ssc.editor.getModel().getValue());
}

/** The cursor line (1-based) and the name of the file on screen. */
export async function cursor(page: Page): Promise<{ file: string; line: number }> {
    return page.evaluate(() => ({ file: window.__ssc.workspace.activeName(), line: window.__ssc.editor.getPosition().lineNumber }));
}
