import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers/cli.js';
import { installExtension, startCodeServer, type CodeServer } from './code-server.js';
import { launchBrowser, Workbench } from './workbench.js';

/** The packaged extension under test (`npm run package`). */
export const VSIX = path.join(ROOT, 'dist', 'ssc-stakeholder-studio.vsix');

/** Typing through the keyboard must land verbatim: no auto-closing or auto-indenting of what we insert. */
export const EDITOR_SETTINGS = {
    'editor.autoClosingBrackets': 'never',
    'editor.autoClosingQuotes': 'never',
    'editor.autoIndent': 'none',
    'editor.formatOnType': false,
    'editor.autoSurround': 'never',
    'files.autoSave': 'off',
    'editor.hover.delay': 100,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.suggestOnTriggerCharacters': false,
    'editor.acceptSuggestionOnEnter': 'off',
};

/** One code-server and one browser page for a test file, on a workspace of its own. */
export interface Session {
    wb: Workbench;
    workspace: string;
    close(): Promise<void>;
}

/**
 * Installs the packaged extension, fills a fresh workspace (`fill` writes its files), serves it with
 * code-server and loads the workbench in Chromium. `name` prefixes the step screenshots.
 */
export async function startSession(
    name: string,
    port: number,
    fill: (workspace: string) => void,
    settings: Record<string, unknown> = {},
): Promise<Session> {
    installExtension(VSIX);
    const workspace = mkdtempSync(path.join(tmpdir(), `ssc-vscode-${name}-`));
    fill(workspace);
    mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ ...EDITOR_SETTINGS, ...settings }, null, 2));
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    const close = async () => {
        await browser?.close();
        server?.stop();
    };
    try {
        server = startCodeServer(workspace, port);
        browser = await launchBrowser();
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        const wb = new Workbench(page, name);
        await page.goto(server.url);
        await wb.step('workbench loads', () => wb.ready());
        return { wb, workspace, close };
    } catch (error) {
        await close();
        throw error;
    }
}
