import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { installExtension, startCodeServer, type CodeServer } from './code-server.js';
import { launchBrowser, Workbench } from './workbench.js';

const VSIX = path.join(ROOT, 'dist', 'ssc-stakeholder-studio.vsix');
const PORT = 8765 + (process.pid % 500);

/** A model with known errors, beside the clean example, using names of its own. */
const BROKEN = `stakeholder Broken "A broken stakeholder" : citizen {
    scale local
}
relation Broken -> CityCouncil : informs
`;
const FIXED = BROKEN.replace(': citizen {', ': citizens {');

let server: CodeServer;
let browser: Browser;
let wb: Workbench;
let workspace: string;

beforeAll(async () => {
    if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run build first`);
    installExtension(VSIX);
    workspace = mkdtempSync(path.join(tmpdir(), 'ssc-vscode-'));
    cpSync(path.join(ROOT, 'examples', 'valencia'), workspace, { recursive: true });
    writeFileSync(path.join(workspace, 'broken.ssc'), BROKEN);
    // Typing through the keyboard must land verbatim: no auto-closing or auto-indenting of what we insert.
    mkdirSync(path.join(workspace, '.vscode'));
    writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({
        'editor.autoClosingBrackets': 'never', 'editor.autoClosingQuotes': 'never', 'editor.autoIndent': 'none',
        'editor.formatOnType': false, 'editor.autoSurround': 'never', 'files.autoSave': 'off',
    }, null, 2));
    server = startCodeServer(workspace, PORT);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    wb = new Workbench(page);
    await page.goto(server.url);
    await wb.step('workbench loads', () => wb.ready());
}, 20 * 60_000);

afterAll(async () => {
    await browser?.close();
    server?.stop();
});

describe('the packaged extension in VS Code', () => {
    test('an .ssc file gets the language mode and highlighting', async () => {
        await wb.step('open city.ssc', () => wb.open('city.ssc'));
        const mode = await wb.step('status bar names the language', () => wb.waitForStatus(/SSC Stakeholder Model/));
        expect(mode).toContain('SSC Stakeholder Model');
        const classes = await wb.step('keywords are highlighted', async () => {
            const line = wb.editor().locator('.view-line', { hasText: 'stakeholder CityCouncil' }).first();
            await line.waitFor();
            return line.locator('span > span').evaluateAll(spans => spans.map(s => s.className));
        });
        expect(new Set(classes).size).toBeGreaterThan(1);
    });

    test('the Problems panel lists the known errors and none for the clean example', async () => {
        const rows = await wb.step('problems of broken.ssc appear', () =>
            wb.waitForProblems(r => r.some(x => x.includes('identification/unknown-reference'))));
        expect(rows.join('\n')).toMatch(/Unknown stakeholder group 'citizen'/);
        const fileRows = rows.filter(r => /\.ssc\b/.test(r) && !/\[Ln \d+/.test(r));
        expect(fileRows.map(r => r.split('\n')[0].trim())).toEqual(['broken.ssc']);
    });

    test('fixing the text clears the diagnostics', async () => {
        await wb.step('open broken.ssc', () => wb.open('broken.ssc'));
        await wb.step('type the fix', () => wb.replaceText(FIXED));
        const rows = await wb.step('the error is gone', () =>
            wb.waitForProblems(r => !r.some(x => x.includes('identification/unknown-reference'))));
        expect(rows.join('\n')).not.toContain('citizen\'');
        await wb.step('undo the fix', async () => {
            await wb.replaceText(BROKEN);
            await wb.waitForProblems(r => r.some(x => x.includes('identification/unknown-reference')));
        });
    });

    test('the language server output shows no error', async () => {
        const text = await wb.step('open the server output channel', async () => {
            await wb.command('Output: Show Output Channels...');
            const row = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'SSC Language Server' }).first();
            await row.waitFor();
            await row.click();
            const output = wb.page.locator('.panel .monaco-editor .view-lines').first();
            await output.locator('.view-line', { hasText: 'SSC language server ready' }).first().waitFor();
            return output.innerText();
        });
        expect(text).not.toMatch(/\b(error|exception|unhandled)\b/i);
    });
});
