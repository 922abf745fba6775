import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderHtmlReport } from '../../language/model/render/render-html.js';
import { VIEW_IDS } from '../../language/model/render/report-views.js';
import { HOSTILE_MODEL } from '../helpers/hostile-model.js';
import { largeModel } from '../helpers/large-model.js';
import { exampleFiles, reportOf, VALENCIA_FINDINGS } from '../helpers/report.js';
import { launchChromium, SCREENSHOTS, watchDialogs, watchRequests } from './chromium.js';

// Callbacks given to page.evaluate run inside the page; the root tsconfig has no DOM lib, so name its globals here.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;
declare class Event {
    constructor(type: string, init?: { bubbles?: boolean });
}

const folder = mkdtempSync(path.join(tmpdir(), 'ssc-report-'));
let browser: Browser;

async function open(name: string, html: string): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
    const file = path.join(folder, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1320, height: 900 } });
    const requests = watchRequests(page, [url]);
    const dialogs = watchDialogs(page);
    await page.goto(url);
    return { page, requests, dialogs };
}

beforeAll(async () => {
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
});

describe('the standalone HTML report in Chromium', () => {
    test('every stakeholder appears in the grid, the tables and the map; nothing leaves the page; each view is photographed', async () => {
        const report = await reportOf(exampleFiles('valencia'), VALENCIA_FINDINGS);
        const { page, requests } = await open('valencia.html', renderHtmlReport(report));
        for (const s of report.analysis.stakeholders) {
            for (const view of ['grid', 'engagement', 'summary', 'map']) {
                const section = page.locator(`#view-${view}`);
                expect(await section.locator(`[data-ssc-ref="stakeholder:${s.id}"]`).count(), `${s.id} in ${view}`).toBeGreaterThan(0);
                expect(await section.textContent(), `${s.name} in ${view}`).toContain(s.name);
            }
        }
        // Grid labels sit where the layout put them: no two label boxes overlap on the rendered page.
        const boxes = await page.$$eval('#view-grid text.label', nodes =>
            nodes.map(n => n.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number }),
        );
        for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i],
                    b = boxes[j];
                const overlap =
                    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
                expect(overlap, `labels ${i} and ${j}`).toBe(false);
            }
        }
        for (const view of VIEW_IDS) await page.locator(`#view-${view}`).screenshot({ path: path.join(SCREENSHOTS, `${view}.png`) });
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.locator('#view-grid').screenshot({ path: path.join(SCREENSHOTS, 'grid-dark.png') });
        expect(requests).toEqual([]);
        await page.close();
    });

    test('a model whose strings hold markup and script runs no script', async () => {
        const { page, requests, dialogs } = await open('hostile.html', renderHtmlReport(await reportOf(HOSTILE_MODEL)));
        await page.evaluate(() => {
            for (const e of document.querySelectorAll('*'))
                for (const type of ['mouseover', 'click', 'focus']) e.dispatchEvent(new Event(type, { bubbles: true }));
        });
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.locator('script, iframe, object, img').count()).toBe(0);
        expect(
            await page.evaluate(
                () =>
                    [...document.querySelectorAll('*')].filter((e: any) => [...e.attributes].some((a: any) => /^on/i.test(a.name))).length,
            ),
        ).toBe(0);
        expect(await page.locator('#view-summary').textContent()).toContain('<script>window.__pwned=3</script>');
        expect(dialogs).toEqual([]);
        expect(requests).toEqual([]);
        await page.close();
    });

    test('a 60-stakeholder model keeps grid and map readable', async () => {
        const report = await reportOf(largeModel(60));
        const { page } = await open('large.html', renderHtmlReport(report));
        expect(await page.locator('#view-map [data-ssc-ref^="stakeholder:"]').count()).toBe(60);
        await page.locator('#view-grid').screenshot({ path: path.join(SCREENSHOTS, 'grid-60-stakeholders.png') });
        await page.locator('#view-map').screenshot({ path: path.join(SCREENSHOTS, 'map-60-stakeholders.png') });
        await page.close();
    });
});
