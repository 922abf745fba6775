import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers/cli.js';

/** Where screenshots land (gitignored with the rest of test-results/). */
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/**
 * Debian's Chromium (or `CHROMIUM_PATH`), started headless with no network-facing background
 * services. A launch failure becomes one line saying what to install, not Playwright's page of logs.
 */
export async function launchChromium(): Promise<Browser> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    try {
        return await chromium.launch({
            executablePath,
            args: [
                '--headless',
                '--no-sandbox',
                '--disable-gpu',
                '--disable-background-networking',
                '--disable-component-update',
                '--no-first-run',
                '--disable-sync',
            ],
        });
    } catch (error) {
        throw chromiumLaunchError(executablePath, error);
    }
}

/** One line saying why Chromium did not start and what to do, with no stack to bury it. */
export function chromiumLaunchError(executablePath: string, error: unknown): Error {
    const first =
        (error instanceof Error ? error.message : String(error))
            .split('\n')
            .map(l => l.trim())
            .find(l => l.length > 0) ?? 'unknown error';
    const cause = existsSync(executablePath) ? first.replace(/^browserType\.launch:\s*/, '') : 'no such file';
    const result = new Error(
        `Chromium could not start (${executablePath}: ${cause}). Install it with apt-get install -y chromium, or set CHROMIUM_PATH.`,
    );
    result.stack = result.message;
    return result;
}

/** Records every request the page makes except loading its own `allowed` file URLs. */
export function watchRequests(page: Page, allowed: readonly string[]): string[] {
    const seen: string[] = [];
    page.on('request', request => {
        const url = request.url();
        if (!allowed.includes(url) && !url.startsWith('data:')) seen.push(url);
    });
    return seen;
}

/** Script execution markers: the hostile model's payloads would set `window.__pwned` or open dialogs. */
export function watchDialogs(page: Page): string[] {
    const dialogs: string[] = [];
    page.on('dialog', dialog => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    return dialogs;
}

/** The `--vscode-*` variables of VS Code's default dark and light themes that the preview reads. */
const THEME_VARIABLES = {
    'vscode-dark': {
        '--vscode-editor-background': '#1f1f1f',
        '--vscode-editor-foreground': '#cccccc',
        '--vscode-descriptionForeground': '#9d9d9d',
        '--vscode-panel-border': '#3c3c3c',
        '--vscode-editorWidget-background': '#252526',
        '--vscode-textLink-foreground': '#4daafc',
    },
    'vscode-light': { '--vscode-editor-background': '#ffffff', '--vscode-editor-foreground': '#3b3b3b' },
} as const;

/** Gives a webview page a VS Code theme as VS Code does: a body class and the `--vscode-*` variables. */
export async function applyVsCodeTheme(page: Page, theme: keyof typeof THEME_VARIABLES = 'vscode-dark'): Promise<void> {
    await page.evaluate(
        ([name, vars]) => {
            const doc = (
                globalThis as unknown as {
                    document: {
                        body: { classList: { add(c: string): void } };
                        documentElement: { style: { setProperty(k: string, v: string): void } };
                    };
                }
            ).document;
            doc.body.classList.add(name);
            for (const [k, v] of Object.entries(vars)) doc.documentElement.style.setProperty(k, v);
        },
        [theme, THEME_VARIABLES[theme]] as const,
    );
}
