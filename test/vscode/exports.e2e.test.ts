import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { startSession, type Session } from './session.js';
import type { Workbench } from './workbench.js';

/** Exports are named after the programme of the workspace (Valencia's is `Valencia2030`). */
const BASE = 'Valencia2030';

let session: Session;
let wb: Workbench;
let workspace: string;

beforeAll(async () => {
    session = await startSession('exports', 9265 + (process.pid % 300), dir => {
        cpSync(path.join(ROOT, 'examples', 'valencia'), dir, { recursive: true });
    });
    ({ wb, workspace } = session);
    await wb.step('open city.ssc', () => wb.open('city.ssc'));
}, 20 * 60_000);

afterAll(async () => {
    await session?.close();
});

/** Runs an export command from the palette and answers its save dialog with `file` (in the workspace). */
async function exportTo(command: string, file: string, replacing = false): Promise<void> {
    await wb.page.keyboard.press('Escape');
    await wb.clearNotifications();
    await wb.command(command);
    const input = await wb.quickInput();
    // The dialog proposes the model's folder and a name after the programme.
    await expect.poll(() => input.inputValue(), { timeout: 30_000 }).toBe(path.join(workspace, file));
    await wb.fileDialog(path.join(workspace, file), 'file');
    if (replacing) {
        // VS Code's own dialog warns first (Enter goes on); the extension's confirmation follows.
        await wb.page.locator('.quick-input-widget', { hasText: 'already exists' }).waitFor({ timeout: 30_000 });
        await wb.page.keyboard.press('Enter');
    }
}

describe('the export commands in VS Code', () => {
    test('Export Report as HTML writes one self-contained page, and replaces it only when the user confirms', async () => {
        const file = `${BASE}-report.html`;
        const toast = await wb.step('export the report as HTML', async () => {
            await exportTo('SSC: Export Report as HTML', file);
            return wb.notification(new RegExp(`Saved ${file}`));
        });
        expect(await toast.locator('.monaco-button').allInnerTexts()).toContain('Open');
        const html = readFileSync(path.join(workspace, file), 'utf8');
        expect(html).toMatch(/^<!DOCTYPE html>/i);
        for (const name of ['Valencia City Council', 'Aguas Municipales', 'Levante daily']) expect(html).toContain(name);
        // Self-contained: nothing is loaded from elsewhere.
        expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/i);

        writeFileSync(path.join(workspace, file), 'the analyst edited this copy');
        await wb.step('a second export asks before replacing: Cancel keeps the file', async () => {
            await exportTo('SSC: Export Report as HTML', file, true);
            const message = await wb.dialog(/already exists/, 'Cancel');
            expect(message).toContain(`${file} already exists. Replace it?`);
        });
        expect(readFileSync(path.join(workspace, file), 'utf8')).toBe('the analyst edited this copy');
        await wb.step('export again and confirm Replace', async () => {
            await exportTo('SSC: Export Report as HTML', file, true);
            await wb.dialog(/already exists/, 'Replace');
            await wb.notification(new RegExp(`Saved ${file}`));
        });
        expect(readFileSync(path.join(workspace, file), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    });

    test('Export Tables as Markdown writes the tables and opens them on request', async () => {
        const file = `${BASE}-report.md`;
        const toast = await wb.step('export the tables as Markdown', async () => {
            await exportTo('SSC: Export Tables as Markdown', file);
            return wb.notification(new RegExp(`Saved ${file}`));
        });
        await wb.step('click Open: the Markdown opens in an editor', async () => {
            await toast.locator('.monaco-button', { hasText: 'Open' }).click();
            await wb.page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: 30_000 });
        });
        const markdown = readFileSync(path.join(workspace, file), 'utf8');
        expect(markdown).toMatch(/^#/m);
        expect(markdown).toMatch(/\|\s*Valencia City Council\s*\|/);
        await wb.open('city.ssc');
    });

    test('Export Tables as CSV asks for a folder, writes every table and never replaces without asking', async () => {
        const folder = path.join(workspace, 'tables');
        mkdirSync(folder);
        writeFileSync(path.join(folder, 'notes.txt'), 'a file of the analyst'); // a folder with a file already in it
        await wb.step('export the tables as CSV into a folder', async () => {
            await wb.clearNotifications();
            await wb.command('SSC: Export Tables as CSV');
            await wb.fileDialog(folder, 'folder');
            await wb.notification(/Saved \d+ CSV tables/);
        });
        const csvs = readdirSync(folder).filter(f => f.endsWith('.csv'));
        expect(csvs.length).toBeGreaterThanOrEqual(6);
        expect(csvs.every(f => f.startsWith(`${BASE}-`))).toBe(true);
        const engagement = csvs.find(f => /engagement/.test(f));
        expect(engagement, csvs.join(', ')).toBeDefined();
        expect(readFileSync(path.join(folder, engagement!), 'utf8')).toContain('Valencia City Council');
        expect(readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('a file of the analyst');

        writeFileSync(path.join(folder, engagement!), 'kept');
        await wb.step('a second export into the same folder asks: Cancel keeps every file', async () => {
            await wb.command('SSC: Export Tables as CSV');
            await wb.fileDialog(folder, 'folder');
            const message = await wb.dialog(/already exist/, 'Cancel');
            expect(message).toContain(`${csvs.length} of the CSV files already exist in that folder. Replace them?`);
        });
        expect(readFileSync(path.join(folder, engagement!), 'utf8')).toBe('kept');
    });

    test('Export tables as Excel workbook writes a workbook with every table and the grid', async () => {
        const file = `${BASE}-tables.xlsx`;
        const toast = await wb.step('export the tables as an Excel workbook', async () => {
            await exportTo('SSC: Export tables as Excel workbook', file);
            return wb.notification(new RegExp(`Saved ${file}`));
        });
        expect(await toast.locator('.monaco-button').allInnerTexts()).toContain('Reveal in file explorer');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(workspace, file));
        const sheets = workbook.worksheets.map(s => s.name);
        expect(sheets).toEqual(expect.arrayContaining(['grid', 'engagement', 'summary']));
        const names: string[] = [];
        workbook.getWorksheet('grid')!.eachRow(row => names.push(String(row.values && (row.values as unknown[]).join('|'))));
        expect(names.join('\n')).toContain('Valencia City Council');
    });

    test('Export View as SVG saves the drawing on screen in the preview', async () => {
        const preview = await wb.step('open the preview and show the interaction map', async () => {
            await wb.command('SSC: Open Preview to the Side');
            const frame = await wb.webview(/Valencia City Council/);
            await frame.locator('[role="tab"]', { hasText: /map/i }).first().click();
            await frame.locator('[role="tab"][aria-selected="true"]', { hasText: /map/i }).first().waitFor();
            return frame;
        });
        expect(preview).toBeDefined();
        const file = `${BASE}-map.svg`;
        await wb.step('export the view as SVG', async () => {
            await exportTo('SSC: Export View as SVG', file);
            await wb.notification(new RegExp(`Saved ${file}`));
        });
        const svg = readFileSync(path.join(workspace, file), 'utf8');
        expect(svg).toMatch(/<svg[\s>]/);
        expect(svg).toContain('Aguas Municipales');
    });
});
