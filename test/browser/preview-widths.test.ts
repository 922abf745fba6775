import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { previewShell } from '../../client/preview/preview-html.js';
import { previewPayload, type PreviewPayload } from '../../language/model/render/preview-payload.js';
import { DIAGRAM_VIEWS } from '../../language/model/render/report-views.js';
import { prepareReport } from '../../language/model/views/report-data.js';
import { ROOT } from '../helpers/cli.js';
import { exampleFiles } from '../helpers/report.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { applyVsCodeTheme, launchChromium } from './chromium.js';

// Callbacks given to page.evaluate run inside the page; the root tsconfig has no DOM lib.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;
declare function getComputedStyle(element: any): any;

/** Screenshots of the side-by-side preview, for the before/after note. */
const SHOTS = path.join(ROOT, 'test-results', 'preview-widths');
const PREFIX = process.env.SSC_SHOT_PREFIX ?? 'after';
const SCRIPT = path.join(ROOT, 'dist', 'preview', 'preview.js');
const WIDTHS = [480, 720, 1200] as const;

let browser: Browser;
let analysisReport: (width: number) => Promise<PreviewPayload>;

/** The preview page at a pane width; the stand-in host answers layout requests like the extension does. */
async function openAt(width: number): Promise<Page> {
    const folder = mkdtempSync(path.join(tmpdir(), 'ssc-widths-'));
    const scriptUrl = pathToFileURL(SCRIPT).href;
    const file = path.join(folder, 'preview.html');
    writeFileSync(file, previewShell({ nonce: 'dGVzdC1ub25jZQ==', cspSource: 'file:', scriptUri: scriptUrl }));
    const page = await browser.newPage({ viewport: { width, height: 820 } });
    await page.exposeFunction('__layout', async (w: number) => analysisReport(w));
    await page.addInitScript(() => {
        const w = window;
        w.acquireVsCodeApi = () => ({
            postMessage: (m: any) => {
                // Like the extension: each `layout` asks the server for a payload laid out for that width; the newest answer wins.
                if (m.type !== 'layout') return;
                const generation = (w.__generation = (w.__generation ?? 0) + 1);
                void w.__layout(m.width).then((payload: any) => {
                    if (generation === w.__generation) w.postMessage({ type: 'update', source: 'city.ssc', payload }, '*');
                });
            },
            getState: () => w.__state,
            setState: (s: any) => {
                w.__state = s;
            },
        });
    });
    await page.goto(pathToFileURL(file).href);
    await applyVsCodeTheme(page);
    await expect.poll(() => page.locator('#ssc-tabs [role=tab]').count()).toBeGreaterThan(0);
    return page;
}

/** Rendered font sizes (CSS px at 100 % zoom) of every text of the visible drawing below `min`. */
function smallTexts(page: Page, view: string, min: number): Promise<string[]> {
    return page.evaluate(
        ([v, limit]) => {
            const svg = document.querySelector(`#view-${v} svg.ssc-diagram`);
            const scale = svg.getScreenCTM().a;
            const small: string[] = [];
            for (const t of svg.querySelectorAll('text')) {
                const size = parseFloat(getComputedStyle(t).fontSize) * scale;
                if (size < limit - 0.05) small.push(`${t.textContent} (${size.toFixed(1)} px)`);
            }
            return small;
        },
        [view, min] as const,
    );
}

/** Drawing elements (texts and shapes other than backgrounds) whose box meets a zoom control's box. */
function coveredByControls(page: Page, view: string): Promise<string[]> {
    return page.evaluate(v => {
        const section = document.querySelector(`#view-${v}`);
        const controls = [...section.querySelectorAll('.ssc-zoom button')].map((b: any) => b.getBoundingClientRect());
        const meets = (a: any, b: any) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const hits: string[] = [];
        for (const e of section.querySelectorAll('svg text, svg circle, h2, .lede')) {
            const box = e.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) continue;
            if (controls.some(c => meets(c, box))) hits.push(`${e.tagName} ${(e.textContent ?? '').slice(0, 40)}`);
        }
        return hits;
    }, view);
}

/** Texts cut with an ellipsis whose full wording is nowhere to hover (no `<title>` on an ancestor). */
function cutWithoutHover(page: Page, view: string): Promise<string[]> {
    return page.evaluate(v => {
        const cut: string[] = [];
        for (const t of document.querySelectorAll(`#view-${v} svg text`)) {
            const text = t.textContent ?? '';
            if (!text.includes('…')) continue;
            let title: any = null;
            for (let e = t; e && !title; e = e.parentElement)
                title = [...e.children].find((c: any) => c.tagName === 'title' && c !== t) ?? null;
            if (!title || !title.textContent.includes(text.replace(/….*$/, ''))) cut.push(text);
        }
        return cut;
    }, view);
}

beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
    const ws = await buildWorkspace(exampleFiles('valencia'));
    const analysis = ws.analysis();
    analysisReport = async width => previewPayload(await prepareReport(analysis, [], undefined, { width }), 0);
});
afterAll(async () => {
    await browser?.close();
});

describe.each(WIDTHS)('the preview beside the editor at %i px', width => {
    test('every drawing is laid out for the pane: text of at least 11 px, controls over no content, cut labels readable on hover', async () => {
        const page = await openAt(width);
        const problems: string[] = [];
        const tabs = await page.locator('#ssc-tabs [role=tab]').evaluateAll(list => list.map((t: any) => t.dataset.view));
        for (const view of DIAGRAM_VIEWS.filter(v => tabs.includes(v))) {
            await page.locator(`#tab-${view}`).click();
            await page.screenshot({ path: path.join(SHOTS, `${PREFIX}-${view}-${width}.png`) });
            problems.push(...(await smallTexts(page, view, 11)).map(t => `${view}: small text ${t}`));
            problems.push(...(await coveredByControls(page, view)).map(t => `${view}: under a control: ${t}`));
            problems.push(...(await cutWithoutHover(page, view)).map(t => `${view}: cut without hover: ${t}`));
            const figure = await page.locator(`#view-${view} .ssc-figure`).first().boundingBox();
            if (figure && figure.width > width) problems.push(`${view}: figure ${Math.round(figure.width)} px wide in a ${width} px pane`);
        }
        expect(problems.slice(0, 20)).toEqual([]);
        await page.close();
    });

    test("the zoomed map uses the pane's height, and the view lays out again when the pane is resized", async () => {
        const page = await openAt(width);
        await page.locator('#tab-map').click();
        await page.locator('#view-map .ssc-zoom button', { hasText: '+' }).click();
        await page.screenshot({ path: path.join(SHOTS, `${PREFIX}-map-zoomed-${width}.png`) });
        const box = await page.locator('#view-map svg.ssc-diagram').boundingBox();
        const top = await page.locator('.ssc-preview-top').boundingBox();
        expect(box!.height).toBeGreaterThan((820 - top!.height) * 0.6);
        expect(box!.width).toBeLessThanOrEqual(width);
        // Zooming in never takes the text below the 11 px floor.
        expect(await smallTexts(page, 'map', 11)).toEqual([]);
        // The pane getting shorter (a wrapped toolbar, a resized panel) keeps the zoom the reader chose.
        await page.setViewportSize({ width, height: 620 });
        await expect.poll(() => page.locator('#view-map svg.ssc-diagram').evaluate((s: any) => s.clientHeight)).toBeLessThan(box!.height);
        await expect.poll(() => smallTexts(page, 'map', 11)).toEqual([]);
        await page.locator('#view-map .ssc-zoom button', { hasText: 'Fit' }).click();
        expect(await smallTexts(page, 'map', 11)).toEqual([]);
        await page.locator('#tab-grid').click();
        const before = await page.locator('#view-grid svg.ssc-diagram').getAttribute('data-width');
        await page.setViewportSize({ width: width === 480 ? 900 : 480, height: 820 });
        await expect
            .poll(() => page.locator('#view-grid svg.ssc-diagram').getAttribute('data-width'), { timeout: 30_000 })
            .not.toBe(before);
        expect(await smallTexts(page, 'grid', 11)).toEqual([]);
        await page.close();
    });
});
