import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../cli/main.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { HOSTILE_MODEL } from '../helpers/hostile-model.js';
import {
    cursor,
    cursorToEnd,
    editorText,
    openPlayground,
    pageFiles,
    previewFrame,
    problems,
    pwned,
    startRig,
    WEB_SCREENSHOTS,
    type PlaygroundRig,
} from './playground-page.js';

// Callbacks given to page.evaluate run inside the page; the root tsconfig has no DOM lib, so name its globals here.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;
declare const DataTransfer: any;
declare const DragEvent: any;

const VALENCIA = ['city.ssc', 'engagement.ssc', 'national-catalogue.ssc'].map(f => path.join(ROOT, 'examples', 'valencia', f));
/** A fourth file with problems of its own, beside Valencia (which validates clean). */
const EXTRA =
    'stakeholder Zed "Zed cooperative" : citizens {\n    power high\n    interest low\n    engagement resistant\n}\n\nrelation Zed -> Nobody : informs\n';
let extraFile: string;
let rig: PlaygroundRig;
/** The files the server hands out as `files.json`, as `ssc playground PATH…` does. */
let given: Array<{ name: string; text: string }> = [];

/** What `ssc validate --format json` finds in Valencia and the extra file together, as `code file:line`. */
async function cliProblems(): Promise<string[]> {
    let out = '';
    await runCli(['validate', 'examples/valencia', extraFile, '--format', 'json'], {
        stdout: t => {
            out += t;
        },
        stderr: () => undefined,
        cwd: ROOT,
        version: 'test',
    });
    return (JSON.parse(out) as Array<{ code: string; file: string; line: number }>)
        .map(d => `${d.code} ${path.basename(d.file)}:${d.line}`)
        .sort();
}

const shot = (name: string) => path.join(WEB_SCREENSHOTS, name);
/** Generous waits: the page is quick on a quiet machine, but CI machines are shared. */
const WAIT = { timeout: 60_000 };
const TEST_TIMEOUT = 240_000;

beforeAll(async () => {
    rig = await startRig(async () => given);
    extraFile = path.join(tempDir('ssc-web-'), 'extra.ssc');
    writeFileSync(extraFile, EXTRA);
});
afterAll(async () => {
    await rig?.close();
});

describe('the playground in Chromium', () => {
    test(
        'opens several files through the file input, lists their problems, draws their stakeholders, follows edits, completes a group',
        async () => {
            const { page, foreign, errors } = await openPlayground(rig);
            await page.screenshot({ path: shot('01-first-model.png') });
            // Start from nothing: close the default example, then open Valencia's three files and one more at once.
            await page.click('#tabs .tab .close');
            await expect.poll(() => page.locator('#tabs .tab').count(), WAIT).toBe(0);
            await page.setInputFiles('#open-input', [...VALENCIA, extraFile]);
            await expect.poll(() => page.locator('#tabs .tab').count(), WAIT).toBe(4);
            const expected = await cliProblems();
            await expect.poll(async () => (await problems(page)).sort(), WAIT).toEqual(expected);
            expect(expected).toContain('engagement/powerful-resistant extra.ssc:4');
            // The grid shows Valencia's stakeholders.
            const grid = previewFrame(page).locator('#view-grid');
            await expect.poll(() => grid.textContent(), WAIT).toContain('Valencia City Council');
            await page.screenshot({ path: shot('02-valencia-opened.png') });

            // An edit: a new stakeholder, typed at the end of city.ssc, appears in the problems list and in the preview.
            await page.click('#tabs .tab[data-file="city.ssc"]');
            await cursorToEnd(page);
            await page.keyboard.press('Enter');
            await page.keyboard.type('stakeholder Zeta : citizens');
            const zetaLine = (await editorText(page)).split('\n').length;
            await expect.poll(async () => (await problems(page)).some(p => p.endsWith(`city.ssc:${zetaLine}`)), WAIT).toBe(true);
            await expect.poll(() => grid.textContent(), WAIT).toContain('Zeta');
            await page.screenshot({ path: shot('03-edit-follows.png') });

            // Completion after ':' offers the standard groups.
            await page.keyboard.press('Enter');
            await page.keyboard.type('stakeholder Yota : ');
            await page.keyboard.press('Control+Space');
            const suggest = page.locator('.suggest-widget.visible');
            await expect.poll(() => suggest.textContent(), WAIT).toContain('municipality');
            expect(await suggest.textContent()).toContain('citizens');
            await page.screenshot({ path: shot('04-completion.png') });
            await page.keyboard.type('ngo');
            await expect.poll(() => page.locator('.suggest-widget.visible .monaco-list-row.focused').textContent(), WAIT).toContain('ngo');
            await page.keyboard.press('Enter');
            await expect.poll(async () => (await editorText(page)).trimEnd().split('\n').pop(), WAIT).toBe('stakeholder Yota : ngo');

            // A syntax error: the problems list says so, the preview keeps the stakeholders under a banner.
            await page.keyboard.press('Enter');
            await page.keyboard.type('stakeholder Broken :');
            await expect.poll(async () => (await problems(page)).some(p => p.startsWith('syntax city.ssc')), WAIT).toBe(true);
            const banner = previewFrame(page).locator('#ssc-banner');
            await expect.poll(() => banner.textContent(), WAIT).toContain('syntax error');
            expect(await grid.textContent()).toContain('Valencia City Council');
            await page.screenshot({ path: shot('05-syntax-error.png') });

            // Clicking a problem jumps to it, in whichever file it is.
            await page.click('#tabs .tab[data-file="engagement.ssc"]');
            const row = page.locator('#problems-body tr', { hasText: 'engagement/powerful-resistant' }).first();
            await row.click();
            expect(await cursor(page)).toEqual({ file: 'extra.ssc', line: 4 });
            await page.click('#tabs .tab[data-file="engagement.ssc"]');

            // Clicking a stakeholder in the preview reveals its declaration. Its line is read from city.ssc
            // before the click: the file on screen is the other one until the reveal switches to it.
            const city = (await pageFiles(page)).find(f => f.name === 'city.ssc')!.text;
            const declared = city.split('\n').findIndex(l => /^stakeholder\s+\w+\s+"Valencia City Council"/.test(l)) + 1;
            await previewFrame(page).locator('#view-grid [data-ssc-ref]:visible', { hasText: 'Valencia City Council' }).first().click();
            await expect.poll(() => cursor(page), WAIT).toEqual({ file: 'city.ssc', line: declared });

            // The work survives a reload.
            const before = await pageFiles(page);
            await page.reload();
            await page.waitForSelector('body[data-ready=true]');
            expect(await pageFiles(page)).toEqual(before);
            await page.screenshot({ path: shot('06-after-reload.png') });
            expect(foreign).toEqual([]);
            expect(errors).toEqual([]);
        },
        TEST_TIMEOUT,
    );

    test(
        'files given to ssc playground open in it, and the earlier work can be brought back',
        async () => {
            given = [{ name: 'mine.ssc', text: 'stakeholder Mine "Given on the command line" : academia\n' }];
            const { page, context } = await openPlayground(rig);
            await page.goto(rig.server.url + '?open');
            await page.waitForSelector('body[data-ready=true]');
            await expect.poll(() => page.locator('#tabs .tab').allTextContents(), WAIT).toEqual(['mine.ssc×']);
            expect(page.url()).not.toContain('?open');
            await page.screenshot({ path: shot('00-files-given.png') });
            // The first model was there before (the saved work of this browser): it is one click away.
            await page.locator('#notice button', { hasText: 'Bring them back' }).click();
            await expect.poll(() => page.locator('#tabs .tab').allTextContents(), WAIT).toEqual(['stakeholders.ssc×']);
            await context.close();
            given = [];
        },
        TEST_TIMEOUT,
    );

    test(
        'a share link carries the model to a fresh browser, a damaged link gets a clear message',
        async () => {
            const { page } = await openPlayground(rig);
            await page.selectOption('#examples', 'valencia');
            await expect.poll(() => page.locator('#tabs .tab').count(), WAIT).toBe(3);
            await page.click('#tabs .tab[data-file="city.ssc"]');
            await cursorToEnd(page);
            await page.keyboard.press('Enter');
            await page.keyboard.type('// shared <script>window.__pwned = 1</script> ünïcødé');
            await page.click('#share');
            const link = await page.inputValue('#share-url');
            expect(link).toMatch(/#model=[A-Za-z0-9_-]+$/);
            await page.screenshot({ path: shot('07-share-link.png') });

            const other = await openPlayground(rig, new URL(link).hash);
            expect(await pageFiles(other.page)).toEqual(await pageFiles(page));
            await expect.poll(() => other.page.locator('#notice').textContent(), WAIT).toContain('Opened a shared model (3 files)');
            await other.page.screenshot({ path: shot('08-share-opened.png') });
            await other.context.close();

            for (const hash of ['#model=%3Cscript%3E', '#model=AAAA', '#model=' + 'A'.repeat(200_000)]) {
                const bad = await openPlayground(rig, hash);
                await expect
                    .poll(() => bad.page.locator('#notice.error').textContent(), WAIT)
                    .toMatch(/share link .*(damaged|longer than)/);
                expect(await pageFiles(bad.page)).toEqual([
                    {
                        name: 'stakeholders.ssc',
                        text: readFileSync(path.join(ROOT, 'examples', 'first-model', 'stakeholders.ssc'), 'utf8'),
                    },
                ]);
                if (hash === '#model=AAAA') await bad.page.screenshot({ path: shot('09-damaged-link.png') });
                expect(bad.dialogs).toEqual([]);
                await bad.context.close();
            }
        },
        TEST_TIMEOUT,
    );

    test(
        'the hostile model runs nothing and the page asks for nothing outside its origin',
        async () => {
            const { page, foreign, dialogs, errors } = await openPlayground(rig);
            await page.click('#tabs .tab .close');
            await page.setInputFiles('#open-input', [{ name: 'hostile.ssc', mimeType: 'text/plain', buffer: Buffer.from(HOSTILE_MODEL) }]);
            const frame = previewFrame(page);
            await expect.poll(() => frame.locator('#view-grid').textContent(), WAIT).toContain('<script>window.__pwned=3</script>');
            // Every view, every problem message, hovering a stakeholder: markup stays text.
            for (const tab of await frame.locator('#ssc-tabs [role=tab]').all()) {
                await tab.click();
                await page.waitForTimeout(100);
            }
            await page.locator('#problems-body tr').first().hover();
            await page.evaluate(() => {
                const editor = window.__ssc.editor;
                editor.setPosition({ lineNumber: 7, column: 14 });
                editor.trigger('test', 'editor.action.showHover', {});
            });
            await page.waitForTimeout(500);
            await page.screenshot({ path: shot('10-hostile-model.png') });
            // A share link of the hostile model opens as text too.
            await page.click('#share');
            const other = await openPlayground(rig, new URL(await page.inputValue('#share-url')).hash);
            await expect
                .poll(() => previewFrame(other.page).locator('#view-grid').textContent(), WAIT)
                .toContain('<script>window.__pwned=3</script>');
            expect(await pwned(other.page)).toEqual([]);
            expect([...other.foreign, ...other.dialogs]).toEqual([]);
            await other.context.close();
            expect(await pwned(page)).toEqual([]);
            expect(dialogs).toEqual([]);
            expect(foreign).toEqual([]);
            expect(errors).toEqual([]);
        },
        TEST_TIMEOUT,
    );

    test(
        'files dropped on the page open; downloads give the files, a zip, the report and drawings',
        async () => {
            const { page } = await openPlayground(rig);
            await page.evaluate(
                async texts => {
                    const data = new DataTransfer();
                    for (const [name, text] of texts) data.items.add(new window.File([text], name, { type: 'text/plain' }));
                    document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
                },
                [
                    ['dropped.ssc', 'stakeholder Dropped "Dropped in" : academia\n'],
                    ['notes.txt', 'not a model'],
                ],
            );
            await expect.poll(() => page.locator('#tabs .tab').allTextContents(), WAIT).toEqual(['stakeholders.ssc×', 'dropped.ssc×']);
            await expect.poll(() => page.locator('#notice').textContent(), WAIT).toContain('notes.txt is not a .ssc file');

            const zip = await download(page, '#download-zip');
            expect(Object.keys(unzipSync(zip.bytes)).sort()).toEqual(['dropped.ssc', 'stakeholders.ssc']);
            expect(strFromU8(unzipSync(zip.bytes)['dropped.ssc'])).toContain('Dropped in');
            const report = await download(page, '#download-report');
            expect(report.name).toBe('Riverside-report.html');
            expect(strFromU8(report.bytes)).toContain('Riverside');
            const svg = await download(page, '#download-svg');
            expect(svg.name).toBe('Riverside-grid.svg');
            expect(strFromU8(svg.bytes)).toMatch(/^<svg[\s\S]*Riverside borough council/);
            await previewFrame(page).locator('#ssc-tabs [role=tab][data-view=onion]').click();
            const onion = await download(previewFrame(page).page(), '#download-svg');
            expect(onion.name).toBe('Riverside-onion.svg');
            // The preview's own export buttons work as in VS Code: CSV tables come as one zip.
            const csv = await download(page, () => previewFrame(page).locator('[data-export=csv]').click());
            expect(Object.keys(unzipSync(csv.bytes))).toContain('Riverside-engagement.csv');
        },
        TEST_TIMEOUT,
    );
});

async function download(
    page: import('playwright-core').Page,
    trigger: string | (() => Promise<void>),
): Promise<{ name: string; bytes: Uint8Array }> {
    const [file] = await Promise.all([page.waitForEvent('download'), typeof trigger === 'string' ? page.click(trigger) : trigger()]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), bytes: new Uint8Array(Buffer.concat(chunks)) };
}
