import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderHtmlReport } from '../../language/model/render/render-html.js';
import type { ReportData } from '../../language/model/views/report-data.js';
import { HOSTILE_PROCESS_MODEL, largeProcessModel, modelReport } from '../helpers/process-model.js';
import { exampleFiles, reportOf } from '../helpers/report.js';
import { launchChromium, watchDialogs, watchRequests } from './chromium.js';
import { VIEW_SHOTS } from './view-shots.js';

// Callbacks given to page.evaluate run inside the page; the root tsconfig has no DOM lib, so name its globals here.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;
declare class Event {
    constructor(type: string, init?: { bubbles?: boolean });
}

const folder = mkdtempSync(path.join(tmpdir(), 'ssc-process-views-'));
let browser: Browser;
let large: ReportData;
let largePage: { page: Page; requests: string[] };

async function open(name: string, html: string, width = 1320): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
    const file = path.join(folder, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests = watchRequests(page, [url]);
    const dialogs = watchDialogs(page);
    await page.goto(url);
    return { page, requests, dialogs };
}

type Rect = { left: number; right: number; top: number; bottom: number; width: number; height: number };

async function rects(page: Page, selector: string): Promise<Rect[]> {
    return page.$$eval(selector, nodes =>
        nodes.filter(n => (n as any).getClientRects().length > 0).map(n => n.getBoundingClientRect().toJSON() as Rect),
    );
}

function overlapping(boxes: Rect[]): Array<[number, number]> {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i],
                b = boxes[j];
            if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1)
                pairs.push([i, j]);
        }
    }
    return pairs;
}

/** The smallest computed font size of the text in a view, in CSS pixels at the drawing's natural size. */
async function smallestFont(page: Page, selector: string): Promise<number> {
    return page.$$eval(`${selector} text, ${selector} td, ${selector} th, ${selector} p, ${selector} li`, nodes =>
        Math.min(...nodes.map(n => parseFloat((window as any).getComputedStyle(n).fontSize))),
    );
}

beforeAll(async () => {
    mkdirSync(VIEW_SHOTS, { recursive: true });
    browser = await launchChromium();
    large = await modelReport(largeProcessModel(60, 100));
    // One page for the large report: loading it is the slow part, and the tests only read it.
    largePage = await open('large.html', renderHtmlReport(large));
});
afterAll(async () => {
    await browser?.close();
});

describe('the process views in the standalone report, at 60 stakeholders and 100 actions', () => {
    test('the plan shows every dated action once per band, names never overlap, overdue ones marked; the table lists all 100', async () => {
        const { page, requests } = largePage;
        const plan = page.locator('#view-plan');
        const dated = large.process.actions.filter(a => a.due !== null);
        for (const a of dated)
            expect(await plan.locator(`.plan-by-stakeholder [data-ssc-ref="action:${a.id}"]`).count(), a.id).toBeGreaterThan(0);
        expect(await plan.locator('.plan-by-owner').isVisible()).toBe(false);
        expect(await plan.locator('.plan-by-stakeholder g.act.st-overdue').count()).toBeGreaterThan(0);
        expect(await plan.locator('table tbody tr').count()).toBe(100);
        const labels = await rects(page, '#view-plan .plan-by-stakeholder g.act text.label');
        expect(overlapping(labels)).toEqual([]);
        expect(await smallestFont(page, '#view-plan')).toBeGreaterThanOrEqual(11);
        await plan.locator('.plan-by-stakeholder').screenshot({ path: path.join(VIEW_SHOTS, 'plan-by-stakeholder-100.png') });
        // The switch works without script: by owner, every action sits in exactly one band.
        await plan.locator('input[data-ssc-toggle=plan-owner]').check();
        expect(await plan.locator('.plan-by-stakeholder').isVisible()).toBe(false);
        expect(await plan.locator('.plan-by-owner g.act[data-ssc-ref^="action:"]').count()).toBe(
            dated.length + large.process.actions.filter(a => a.due === null).length,
        );
        expect(overlapping(await rects(page, '#view-plan .plan-by-owner g.act text.label'))).toEqual([]);
        await plan.locator('.plan-by-owner').screenshot({ path: path.join(VIEW_SHOTS, 'plan-by-owner-100.png') });
        await plan.locator('input[data-ssc-toggle=plan-owner]').uncheck();
        expect(requests).toEqual([]);
    });

    test('the salience drawing puts every classified stakeholder in its region without overlaps; borderline ones are listed beside', async () => {
        const { page } = largePage;
        const view = page.locator('#view-salience');
        const classified = large.process.stakeholders.filter(s => s.salience.class !== null);
        for (const s of classified) expect(await view.locator(`[data-ssc-ref="stakeholder:${s.id}"]`).count(), s.id).toBeGreaterThan(0);
        const borderline = classified.filter(s => s.salience.class === 'borderline');
        expect(borderline.length).toBeGreaterThan(0);
        const sal = await rects(page, '#view-salience g.sal');
        expect(overlapping(sal).map(([i, j]) => [sal[i], sal[j]])).toEqual([]);
        expect(await smallestFont(page, '#view-salience')).toBeGreaterThanOrEqual(11);
        await view.screenshot({ path: path.join(VIEW_SHOTS, 'salience-60.png') });
    });

    test('the review page and the grid with trajectories', async () => {
        const { page } = largePage;
        const review = page.locator('#view-review');
        expect(await review.textContent()).toContain('Overdue actions');
        expect(await review.locator('[data-ssc-ref^="action:"]').count()).toBeGreaterThan(0);
        expect(await smallestFont(page, '#view-review')).toBeGreaterThanOrEqual(11);
        await review.screenshot({ path: path.join(VIEW_SHOTS, 'review-60.png') });
        await page.evaluate(() => document.querySelector('#view-review').scrollIntoView());
        await page.screenshot({ path: path.join(VIEW_SHOTS, 'review-60-top.png') });
        await page.evaluate(() => document.querySelector('#view-review h3:nth-of-type(4)').scrollIntoView());
        await page.screenshot({ path: path.join(VIEW_SHOTS, 'review-60-changes.png') });
        // In the report the trajectories are always drawn, and their switch is not offered.
        expect(await page.locator('#view-grid .trajectories').first().isVisible()).toBe(true);
        expect(await page.locator('#view-grid .ssc-toggle').isVisible()).toBe(false);
        await page.locator('#view-grid').screenshot({ path: path.join(VIEW_SHOTS, 'trajectories-60.png') });
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.locator('#view-plan .plan-by-stakeholder').screenshot({ path: path.join(VIEW_SHOTS, 'plan-dark.png') });
        await page.emulateMedia({ colorScheme: 'light' });
    });

    test('the Northbay example: every action, stakeholder and trajectory of its plan is drawn; one picture per view', async () => {
        const report = await reportOf(exampleFiles('northbay'));
        const { page, requests } = await open('northbay.html', renderHtmlReport(report));
        for (const a of report.process.actions)
            expect(await page.locator(`#view-plan [data-ssc-ref="action:${a.id}"]`).count(), a.id).toBeGreaterThan(0);
        for (const t of report.trajectories.trajectories)
            expect(await page.locator(`#view-grid .traj[data-ssc-ref="stakeholder:${t.id}"]`).count(), t.id).toBe(1);
        for (const s of report.process.stakeholders.filter(x => x.salience.class !== null)) {
            expect(await page.locator(`#view-salience [data-ssc-ref="stakeholder:${s.id}"]`).count(), s.id).toBeGreaterThan(0);
        }
        for (const view of ['plan', 'review', 'salience', 'grid']) {
            await page
                .locator(`#view-${view}`)
                .screenshot({ path: path.join(VIEW_SHOTS, `northbay-${view === 'grid' ? 'trajectories' : view}.png`) });
        }
        expect(requests).toEqual([]);
        await page.close();
    });

    test('a model whose strings and actions hold markup runs no script and shows the text', async () => {
        const { page, requests, dialogs } = await open('hostile.html', renderHtmlReport(await modelReport(HOSTILE_PROCESS_MODEL)));
        await page.locator('#view-plan input[data-ssc-toggle=plan-owner]').check();
        await page.evaluate(() => {
            for (const e of document.querySelectorAll('*'))
                for (const type of ['mouseover', 'click', 'focus']) e.dispatchEvent(new Event(type, { bubbles: true }));
        });
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.locator('script, iframe, object, img').count()).toBe(0);
        expect(await page.locator('#view-plan').textContent()).toContain('<script>window.__pwned=9</script>');
        expect(await page.locator('#view-review').textContent()).toContain('<script>window.__pwned=9</script>');
        expect(dialogs).toEqual([]);
        expect(requests).toEqual([]);
        await page.close();
    });
});
