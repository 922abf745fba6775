import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { startSession, type Session } from './session.js';
import type { Workbench } from './workbench.js';

/** The extension as VS Code for the Web runs it: its `browser` entry in the web-worker extension host. */
const EXTENSION_ID = 'ssc-studio.ssc-stakeholder-studio';

/** A stakeholder no one opens: its findings can only come from the server reading the workspace itself. */
const EXTRA = 'stakeholder Zed "Zed cooperative" : citizens {\n    power high\n    interest low\n    engagement resistant\n}\n';

let session: Session;
let wb: Workbench;

beforeAll(async () => {
    session = await startSession(
        'web',
        9865 + (process.pid % 300),
        dir => {
            // A repository as people keep one: models in folders, one nested deeper, a rules file at the root.
            const valencia = path.join(ROOT, 'examples', 'valencia');
            mkdirSync(path.join(dir, 'models', 'catalogue'), { recursive: true });
            cpSync(path.join(valencia, 'city.ssc'), path.join(dir, 'models', 'city.ssc'));
            cpSync(path.join(valencia, 'engagement.ssc'), path.join(dir, 'models', 'engagement.ssc'));
            cpSync(path.join(valencia, 'national-catalogue.ssc'), path.join(dir, 'models', 'catalogue', 'national-catalogue.ssc'));
            writeFileSync(path.join(dir, 'extra.ssc'), EXTRA);
            writeFileSync(path.join(dir, '.sscrc.json'), JSON.stringify({ rules: { 'engagement/powerful-resistant': 'error' } }));
        },
        // Runs the extension where vscode.dev runs it: in the browser's web-worker extension host, not on the server.
        { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
    );
    ({ wb } = session);
}, 20 * 60_000);

afterAll(async () => {
    await session?.close();
});

describe('the packaged extension in the web-worker extension host (VS Code for the Web)', () => {
    test('runs in the web worker, not on the server', async () => {
        const entry = await wb.step('Running Extensions shows the extension in the web worker', async () => {
            await wb.command('Developer: Show Running Extensions');
            const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'SSC Stakeholder Studio' }).first();
            await row.waitFor({ timeout: 60_000 });
            return row.innerText();
        });
        expect(entry).toMatch(/web worker/i);
        expect(entry).not.toMatch(/127\.0\.0\.1/);
    });

    test('checks every .ssc file of the workspace, opened or not, with the rules of .sscrc.json', async () => {
        await wb.step('Problems lists the file no one opened', async () => {
            await wb.waitForProblems(r => r.some(x => x.includes('engagement/powerful-resistant')), 90_000);
        });
        // Nothing is open: the findings come from the worker reading the workspace through VS Code's file system.
        // The three Valencia files (one in a nested folder) resolve each other's names: only extra.ssc has findings.
        const byFile = await wb.problemsByFile();
        expect([...byFile.keys()], JSON.stringify([...byFile])).toEqual(['extra.ssc']);
        const rows = byFile.get('extra.ssc')!;
        expect(rows.join('\n')).not.toContain('unknown-reference');
        // .sscrc.json made this warning an error.
        const row = wb.page.locator('.markers-panel .monaco-list-row', { hasText: 'engagement/powerful-resistant' }).first();
        expect(await row.locator('.codicon-error').count()).toBeGreaterThan(0);
    });

    test('completion after : offers the standard groups', async () => {
        await wb.step('open extra.ssc and type a new stakeholder up to the colon', async () => {
            await wb.open('extra.ssc');
            await wb.goTo(6, 1);
            await wb.page.keyboard.insertText('stakeholder Fresh : ');
            await wb.page.keyboard.press('Control+Space');
        });
        const text = await wb.step('the suggestions list the standard groups', async () => {
            const widget = wb.page.locator('.suggest-widget.visible');
            await widget.locator('.monaco-list-row', { hasText: 'municipality' }).first().waitFor({ timeout: 60_000 });
            return widget.innerText();
        });
        expect(text).toMatch(/municipality/);
        expect(text).toMatch(/citizens/);
        await wb.step('dismiss and revert the file', async () => {
            await wb.page.keyboard.press('Escape');
            await wb.command('File: Revert File');
        });
    });

    test('the preview shows the whole workspace and follows typing', async () => {
        const preview = await wb.step('open the preview to the side', async () => {
            await wb.open('extra.ssc');
            await wb.command('SSC: Open Preview to the Side');
            const frame = await wb.webview(/Valencia City Council/, 90_000);
            await frame.locator('[role="tab"]').first().waitFor();
            return frame;
        });
        const views = await preview.locator('#ssc-views').innerText();
        for (const name of ['Valencia City Council', 'Aguas Municipales', 'Zed cooperative']) expect(views).toContain(name);
        await wb.step('type a new stakeholder: the preview follows', async () => {
            await wb.editor().locator('.view-line').first().click();
            await wb.page.keyboard.press('Control+End');
            await wb.page.keyboard.insertText('\nstakeholder Newcomers "Newcomers cooperative" : ngo { power high interest high }\n');
            await preview.locator('#ssc-views', { hasText: 'Newcomers cooperative' }).first().waitFor({ timeout: 60_000 });
        });
        await wb.step('revert the file', async () => {
            await wb.open('extra.ssc');
            await wb.command('File: Revert File');
        });
    });

    test('Explain rule… and the getting-started commands of the walkthrough work in the web too', async () => {
        const explanation = await wb.step('explain engagement/powerful-resistant', async () => {
            await wb.command('SSC: Explain rule…');
            await wb.pick('powerful-resistant', 'engagement/powerful-resistant');
            const frame = await wb.webview(/engagement\/powerful-resistant/);
            return frame.locator('body').innerText();
        });
        expect(explanation).toMatch(/Default severity/);
        await wb.step('New stakeholder model for Harbourside', async () => {
            await wb.command('SSC: New stakeholder model');
            await wb.answer('Harbourside');
            await wb.page.locator('.tabs-container .tab.active', { hasText: 'stakeholders.ssc' }).first().waitFor({ timeout: 30_000 });
        });
        const starter = readFileSync(path.join(session.workspace, 'stakeholders.ssc'), 'utf8');
        expect(starter).toContain('programme HarboursideProgramme');
        await wb.step('Open example copies first-model into the workspace', async () => {
            await wb.command('SSC: Open example');
            await wb.pick('first-model');
            await wb.fileDialog(session.workspace, 'folder');
            await expect
                .poll(() => existsSync(path.join(session.workspace, 'first-model', 'stakeholders.ssc')), { timeout: 30_000 })
                .toBe(true);
        });
        expect(readFileSync(path.join(session.workspace, 'first-model', 'stakeholders.ssc'), 'utf8')).toBe(
            readFileSync(path.join(ROOT, 'examples', 'first-model', 'stakeholders.ssc'), 'utf8'),
        );
    });

    test('exports write through the workspace file system; the workbook, desktop-only, says so in one line', async () => {
        const file = 'HarboursideProgramme-report.html';
        await wb.step('export the report as HTML', async () => {
            await wb.page.keyboard.press('Escape');
            await wb.clearNotifications();
            await wb.open('extra.ssc');
            await wb.command('SSC: Export Report as HTML');
            await wb.fileDialog(path.join(session.workspace, file), 'file');
            await wb.notification(/Saved .*-report\.html/);
        });
        const written = readdirSync(session.workspace).filter(f => f.endsWith('-report.html'));
        expect(written.length).toBe(1);
        expect(readFileSync(path.join(session.workspace, written[0]), 'utf8')).toContain('Zed cooperative');
        const message = await wb.step('export the tables as an Excel workbook', async () => {
            await wb.clearNotifications();
            await wb.command('SSC: Export tables as Excel workbook');
            return (await wb.notification(/could not export/)).innerText();
        });
        expect(message).toMatch(/^SSC: could not export: Excel workbooks are exported by the desktop extension/);
        const importing = await wb.step('Import stakeholder register… says where to import', async () => {
            await wb.clearNotifications();
            await wb.command('SSC: Import stakeholder register…');
            return (await wb.notification(/importing a stakeholder register/)).innerText();
        });
        expect(importing).toContain('npx ssc import FILE');
    });
});
