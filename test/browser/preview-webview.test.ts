import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { previewShell } from '../../client/preview/preview-html.js';
import type { FromWebview, ToWebview } from '../../protocol/webview-messages.js';
import { revealTarget } from '../../client/preview/reveal.js';
import { previewPayload, type PreviewPayload } from '../../language/model/render/preview-payload.js';
import { VIEW_IDS } from '../../language/model/render/report-views.js';
import { ROOT } from '../helpers/cli.js';
import { HOSTILE_MODEL } from '../helpers/hostile-model.js';
import { exampleFiles, reportOf } from '../helpers/report.js';
import { applyVsCodeTheme, launchChromium, SCREENSHOTS, watchDialogs, watchRequests } from './chromium.js';

// Callbacks given to page.evaluate run inside the page; the root tsconfig has no DOM lib, so name its globals here.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;
declare class Event {
    constructor(type: string, init?: { bubbles?: boolean });
}

const SCRIPT = path.join(ROOT, 'dist', 'preview', 'preview.js');
let browser: Browser;
let valencia: PreviewPayload;

/** Loads the built webview bundle in the real shell page, with a stand-in for VS Code's webview API. */
async function openPreview(theme: 'vscode-light' | 'vscode-dark' = 'vscode-dark'): Promise<{
    page: Page;
    sent: () => Promise<FromWebview[]>;
    post: (m: ToWebview) => Promise<void>;
    requests: string[];
    dialogs: string[];
}> {
    const folder = mkdtempSync(path.join(tmpdir(), 'ssc-preview-'));
    const scriptUrl = pathToFileURL(SCRIPT).href;
    const html = previewShell({ nonce: 'dGVzdC1ub25jZQ==', cspSource: 'file:', scriptUri: scriptUrl });
    const file = path.join(folder, 'preview.html');
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const requests = watchRequests(page, [pathToFileURL(file).href, scriptUrl]);
    const dialogs = watchDialogs(page);
    await page.addInitScript(() => {
        const w = window as unknown as { __sent: unknown[]; __state: unknown; acquireVsCodeApi: () => unknown };
        w.__sent = [];
        w.acquireVsCodeApi = () => ({
            postMessage: (m: unknown) => w.__sent.push(m),
            getState: () => w.__state,
            setState: (s: unknown) => {
                w.__state = s;
            },
        });
    });
    await page.goto(pathToFileURL(file).href);
    // VS Code sets the theme as body classes and --vscode-* variables; do the same.
    await applyVsCodeTheme(page, theme);
    return {
        page,
        requests,
        dialogs,
        sent: () => page.evaluate(() => (window as unknown as { __sent: FromWebview[] }).__sent),
        post: async message => {
            await page.evaluate(m => window.postMessage(m, '*'), message as unknown as Record<string, unknown>);
            await page.waitForTimeout(50);
        },
    };
}

beforeAll(async () => {
    expect(existsSync(SCRIPT), 'run `npm run bundle` first: dist/preview/preview.js is missing').toBe(true);
    browser = await launchChromium();
    valencia = previewPayload(await reportOf(exampleFiles('valencia')), 0);
});
afterAll(async () => {
    await browser?.close();
});

describe('the preview webview in Chromium', () => {
    test('shows every view as a tab, reveals a clicked stakeholder, keeps zoom across updates', async () => {
        const { page, sent, post, requests } = await openPreview('vscode-dark');
        expect((await sent())[0]).toEqual({ type: 'ready' });
        await post({ type: 'update', source: 'city.ssc', payload: valencia });
        await expect.poll(() => page.locator('#ssc-tabs [role=tab]').count()).toBe(VIEW_IDS.length);
        expect(await page.locator('#ssc-title').textContent()).toBe('Smart Valencia 2030');
        for (const key of Object.keys(valencia.targets).filter(k => k.startsWith('stakeholder:'))) {
            for (const view of ['grid', 'engagement', 'map'])
                expect(await page.locator(`#view-${view} [data-ssc-ref="${key}"]`).count(), `${key} in ${view}`).toBeGreaterThan(0);
        }

        await page.locator('#view-grid [data-ssc-ref="stakeholder:WaterCo"] circle.dot').click();
        const reveal = (await sent()).find(m => m.type === 'reveal');
        expect(reveal).toEqual({ type: 'reveal', ref: 'stakeholder:WaterCo' });
        expect(revealTarget(valencia, (reveal as { ref: string }).ref)).toEqual({ uri: 'city.ssc', line: 31 });

        const svg = page.locator('#view-grid svg.ssc-diagram');
        await page.locator('#view-grid .ssc-zoom button', { hasText: '+' }).click();
        const zoomed = await svg.getAttribute('viewBox');
        expect(zoomed).not.toBe(`0 0 ${await svg.getAttribute('data-width')} ${await svg.getAttribute('data-height')}`);
        await post({ type: 'update', source: 'city.ssc', payload: valencia });
        expect(await page.locator('#view-grid svg.ssc-diagram').getAttribute('viewBox')).toBe(zoomed);
        await page.locator('#view-grid .ssc-zoom button', { hasText: 'Fit' }).click();

        for (const view of VIEW_IDS) {
            await page.locator(`#tab-${view}`).click();
            expect(await page.locator(`#view-${view}`).isVisible()).toBe(true);
            await page.screenshot({ path: path.join(SCREENSHOTS, `preview-${view}.png`), fullPage: false });
        }
        expect((await sent()).filter(m => m.type === 'view').map(m => (m as { view: string }).view)).toEqual([...VIEW_IDS]);

        await page.locator('#tab-engagement').click();
        await page.locator('[data-export=md]').click();
        expect((await sent()).at(-1)).toEqual({ type: 'export', format: 'md', view: 'engagement' });
        expect(await page.locator('[data-export=svg]').isDisabled()).toBe(true);
        expect(requests).toEqual([]);
        await page.close();
    });

    test('with syntax errors it shows what parsed under a banner', async () => {
        const { page, post } = await openPreview('vscode-light');
        await post({ type: 'update', source: 'city.ssc', payload: { ...valencia, syntaxErrors: 2 } });
        await expect.poll(() => page.locator('#ssc-banner').isVisible()).toBe(true);
        expect(await page.locator('#ssc-banner').textContent()).toContain('2 syntax errors');
        expect(await page.locator('#view-grid [data-ssc-ref]').count()).toBeGreaterThan(0);
        await page.locator('#view-grid').screenshot({ path: path.join(SCREENSHOTS, 'preview-banner-light.png') });
        await post({ type: 'update', source: 'city.ssc', payload: valencia });
        expect(await page.locator('#ssc-banner').isHidden()).toBe(true);
        await page.close();
    });

    test('a hostile model runs no script in the webview', async () => {
        const { page, post, dialogs, requests } = await openPreview();
        await post({ type: 'update', source: 'x.ssc', payload: previewPayload(await reportOf(HOSTILE_MODEL), 0) });
        for (const view of VIEW_IDS) await page.locator(`#tab-${view}`).click();
        await page.evaluate(() => {
            for (const e of document.querySelectorAll('*'))
                for (const type of ['mouseover', 'focus']) e.dispatchEvent(new Event(type, { bubbles: true }));
        });
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.locator('#ssc-views script, #ssc-views img, #ssc-views iframe').count()).toBe(0);
        expect(await page.locator('#ssc-title').textContent()).toBe('<script>window.__pwned=1</script>');
        expect(dialogs).toEqual([]);
        expect(requests).toEqual([]);
        await page.close();
    });
});
