import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { previewShell } from '../../client/preview/preview-html.js';
import type { FromWebview, ToWebview } from '../../protocol/webview-messages.js';
import { revealTarget } from '../../client/preview/reveal.js';
import { previewPayload, type PreviewPayload } from '../../language/model/render/preview-payload.js';
import { ROOT } from '../helpers/cli.js';
import { largeProcessModel, modelReport, PROCESS_MODEL } from '../helpers/process-model.js';
import { applyVsCodeTheme, launchChromium, watchRequests } from './chromium.js';
import { VIEW_SHOTS } from './view-shots.js';

// Callbacks given to page.evaluate run inside the page; the root tsconfig has no DOM lib, so name its globals here.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;

const SCRIPT = path.join(ROOT, 'dist', 'preview', 'preview.js');
let browser: Browser;
let small: PreviewPayload;
let large: PreviewPayload;

/** The built webview bundle in the real shell page, with a stand-in for VS Code's webview API and a dark theme. */
async function openPreview(
    width = 1280,
): Promise<{ page: Page; sent: () => Promise<FromWebview[]>; post: (m: ToWebview) => Promise<void>; requests: string[] }> {
    const folder = mkdtempSync(path.join(tmpdir(), 'ssc-process-preview-'));
    const scriptUrl = pathToFileURL(SCRIPT).href;
    const file = path.join(folder, 'preview.html');
    writeFileSync(file, previewShell({ nonce: 'dGVzdC1ub25jZQ==', cspSource: 'file:', scriptUri: scriptUrl }));
    const page = await browser.newPage({ viewport: { width, height: 860 } });
    const requests = watchRequests(page, [pathToFileURL(file).href, scriptUrl]);
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
    await applyVsCodeTheme(page);
    return {
        page,
        requests,
        sent: () => page.evaluate(() => (window as unknown as { __sent: FromWebview[] }).__sent),
        post: async message => {
            await page.evaluate(m => window.postMessage(m, '*'), message as unknown as Record<string, unknown>);
            await page.waitForTimeout(50);
        },
    };
}

beforeAll(async () => {
    expect(existsSync(SCRIPT), 'run `npm run bundle` first: dist/preview/preview.js is missing').toBe(true);
    mkdirSync(VIEW_SHOTS, { recursive: true });
    browser = await launchChromium();
    small = previewPayload(await modelReport(PROCESS_MODEL), 0);
    large = previewPayload(await modelReport(largeProcessModel(60, 100)), 0);
});
afterAll(async () => {
    await browser?.close();
});

describe('the process views in the preview webview', () => {
    test('clicking an action or a stakeholder in the plan, review and salience views reveals its declaration', async () => {
        const { page, sent, post, requests } = await openPreview();
        await post({ type: 'update', source: 'model.ssc', payload: small });
        await page.locator('#tab-plan').click();
        await page.locator('#view-plan .plan-by-stakeholder [data-ssc-ref="action:WaterTalks"]').first().click();
        expect((await sent()).filter(m => m.type === 'reveal').at(-1)).toEqual({ type: 'reveal', ref: 'action:WaterTalks' });
        expect(revealTarget(small, 'action:WaterTalks')).toEqual({
            uri: 'model.ssc',
            line: PROCESS_MODEL.split('\n').findIndex(l => l.startsWith('action WaterTalks')),
        });
        await page.locator('#view-plan .plan-by-stakeholder .band-label[data-ssc-ref="stakeholder:WaterCo"]').click();
        expect((await sent()).filter(m => m.type === 'reveal').at(-1)).toEqual({ type: 'reveal', ref: 'stakeholder:WaterCo' });
        await page.locator('#view-plan table [data-ssc-ref="action:Leaflet"]').click();
        expect((await sent()).filter(m => m.type === 'reveal').at(-1)).toEqual({ type: 'reveal', ref: 'action:Leaflet' });
        await page.screenshot({ path: path.join(VIEW_SHOTS, 'preview-plan.png') });
        await page.locator('#tab-review').click();
        await page.locator('#view-review [data-ssc-ref="action:FibreBrief"]').first().click();
        expect((await sent()).filter(m => m.type === 'reveal').at(-1)).toEqual({ type: 'reveal', ref: 'action:FibreBrief' });
        await page.screenshot({ path: path.join(VIEW_SHOTS, 'preview-review.png') });
        await page.locator('#tab-salience').click();
        await page.locator('#view-salience g.sal[data-ssc-ref="stakeholder:Neighbours"] circle').click();
        expect((await sent()).filter(m => m.type === 'reveal').at(-1)).toEqual({ type: 'reveal', ref: 'stakeholder:Neighbours' });
        await page.screenshot({ path: path.join(VIEW_SHOTS, 'preview-salience.png') });
        expect(requests).toEqual([]);
        await page.close();
    });

    test('trajectories are off until switched on; the switch and the plan grouping survive an update and pick the SVG export', async () => {
        const { page, sent, post } = await openPreview();
        await post({ type: 'update', source: 'model.ssc', payload: large });
        const layer = page.locator('#view-grid .trajectories').first();
        expect(await layer.isVisible()).toBe(false);
        await page.locator('#view-grid input[data-ssc-toggle=trajectories]').check();
        expect(await layer.isVisible()).toBe(true);
        await post({ type: 'update', source: 'model.ssc', payload: large });
        expect(await page.locator('#view-grid input[data-ssc-toggle=trajectories]').isChecked()).toBe(true);
        expect(await page.locator('#view-grid .trajectories').first().isVisible()).toBe(true);
        await page.locator('#view-grid .traj[data-ssc-ref="stakeholder:S0"]').dispatchEvent('click');
        expect((await sent()).filter(m => m.type === 'reveal').at(-1)).toEqual({ type: 'reveal', ref: 'stakeholder:S0' });
        await page.screenshot({ path: path.join(VIEW_SHOTS, 'preview-trajectories.png') });
        await page.locator('[data-export=svg]').click();
        expect((await sent()).at(-1)).toEqual({ type: 'export', format: 'svg', view: 'trajectories' });

        await page.locator('#tab-plan').click();
        await page.locator('#view-plan input[data-ssc-toggle=plan-owner]').check();
        await post({ type: 'update', source: 'model.ssc', payload: large });
        expect(await page.locator('#view-plan .plan-by-owner').isVisible()).toBe(true);
        expect(await page.locator('#view-plan .plan-by-stakeholder').isVisible()).toBe(false);
        // Each drawing of the view zooms on its own.
        await page.locator('#view-plan .plan-by-owner .ssc-zoom button', { hasText: '+' }).click();
        expect(await page.locator('#view-plan .plan-by-owner svg').getAttribute('viewBox')).not.toBe(
            await page.locator('#view-plan .plan-by-stakeholder svg').getAttribute('viewBox'),
        );
        await page.locator('[data-export=svg]').click();
        expect((await sent()).at(-1)).toEqual({ type: 'export', format: 'svg', view: 'plan-owner' });
        await page.screenshot({ path: path.join(VIEW_SHOTS, 'preview-plan-by-owner-100.png') });
        await page.close();
    });

    test('laid out for a narrow pane, the new drawings fit it unscaled, so their text stays at 11 px or more', async () => {
        const { page, post } = await openPreview(560);
        const narrow = previewPayload(await modelReport(PROCESS_MODEL, { width: 470 }), 0);
        await post({ type: 'update', source: 'model.ssc', payload: narrow });
        for (const view of ['plan', 'review', 'salience']) {
            await page.locator(`#tab-${view}`).click();
            // The size a reader sees: the font size times the drawing's on-screen scale.
            const smallest = await page.$$eval(
                `#view-${view} svg.ssc-diagram text, #view-${view} td, #view-${view} th, #view-${view} p`,
                nodes =>
                    Math.min(
                        ...nodes
                            .filter(n => (n as any).getClientRects().length > 0)
                            .map(n => {
                                const svg = (n as any).closest('svg');
                                const scale = svg ? svg.getBoundingClientRect().width / Number(svg.dataset.width) : 1;
                                return parseFloat((window as any).getComputedStyle(n).fontSize) * scale;
                            }),
                    ),
            );
            expect(smallest, view).toBeGreaterThanOrEqual(10.9);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${view} scrolls sideways`).toBeLessThanOrEqual(0);
            await page.screenshot({ path: path.join(VIEW_SHOTS, `preview-narrow-${view}.png`) });
        }
        await page.close();
    });
});
