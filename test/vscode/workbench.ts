import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.js';
import { ROOT } from '../helpers/cli.js';

/** Where step screenshots land (not committed). */
export const SHOTS = path.join(ROOT, 'test-results', 'vscode');

/** Chromium as installed by Debian, headless and offline; a launch failure is one line (see launchChromium). */
export async function launchBrowser(): Promise<Browser> {
    return launchChromium();
}

const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';

/**
 * The VS Code workbench in a page, driven the way a user drives it: keyboard shortcuts, the command
 * palette, clicks. Every wait is for a condition, never a fixed sleep.
 */
export class Workbench {
    private shot = 0;

    /** `prefix` names this file's screenshots apart from those of the other files of the suite. */
    constructor(
        readonly page: Page,
        private readonly prefix = '',
    ) {
        mkdirSync(SHOTS, { recursive: true });
    }

    /**
     * Runs one user-visible step; on failure saves a screenshot and rethrows naming the step and the
     * screenshot, and on success saves one too, as an artefact of the run.
     */
    async step<T>(name: string, action: () => Promise<T>): Promise<T> {
        const index = (this.prefix ? `${this.prefix}-` : '') + String(++this.shot).padStart(2, '0');
        const slug = name
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '');
        try {
            const result = await action();
            await this.page.screenshot({ path: path.join(SHOTS, `${index}-${slug}.png`) });
            return result;
        } catch (error) {
            const file = path.join(SHOTS, `${index}-${slug}-FAILED.png`);
            await this.page.screenshot({ path: file }).catch(() => undefined);
            throw new Error(
                `VS Code step "${name}" failed: ${error instanceof Error ? error.message : String(error)}\nscreenshot: ${file}`,
                { cause: error },
            );
        }
    }

    /** Waits until the workbench has loaded and the explorer shows the folder. */
    async ready(): Promise<void> {
        await this.page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
        await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
    }

    /** Runs a command from the palette by its title. */
    async command(title: string): Promise<void> {
        await this.page.keyboard.press(`${mod}+Shift+P`);
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill('>' + title);
        const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
        await row.waitFor({ state: 'visible', timeout: 30_000 });
        await row.click();
    }

    /** The quick input (palette, quick pick, input box, VS Code's own file dialog) once it is open. */
    async quickInput(): Promise<Locator> {
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 30_000 });
        return input;
    }

    /** Picks the row of the open quick pick that matches, by typing the filter and pressing Enter, as a user does. */
    async pick(filter: string, row: string | RegExp = filter): Promise<void> {
        const input = await this.quickInput();
        await input.fill(filter);
        await this.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: row }).first().waitFor({ timeout: 30_000 });
        await this.page.keyboard.press('Enter');
    }

    /** Types an answer into the open input box and presses Enter. */
    async answer(text: string): Promise<void> {
        const input = await this.quickInput();
        await input.fill(text);
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    /**
     * Answers an open or save dialog. In the browser VS Code shows its own dialog in the quick input,
     * with the path typed in; a folder is chosen with the dialog's OK button, a file with Enter.
     */
    async fileDialog(fsPath: string, kind: 'file' | 'folder'): Promise<void> {
        const input = await this.quickInput();
        // The dialog fills in its starting path once it has read the folder; typing before that gets mixed into it.
        await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: '..' }).first().waitFor({ timeout: 30_000 });
        await input.fill(kind === 'folder' ? fsPath.replace(/\/?$/, '/') : fsPath);
        if (kind === 'folder') {
            // Wait until the dialog lists the folder's content, then accept the folder itself.
            await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: '..' }).first().waitFor({ timeout: 30_000 });
            await this.page
                .locator('.quick-input-widget .quick-input-action .monaco-button, .quick-input-widget .monaco-button', { hasText: /\S/ })
                .last()
                .click();
        } else {
            await this.page.keyboard.press('Enter');
        }
    }

    /** Waits for a notification toast whose message matches; returns it (its buttons are `.monaco-button`). */
    async notification(match: RegExp, timeout = 60_000): Promise<Locator> {
        const toast = this.page.locator('.notification-toast', { hasText: match }).last();
        await toast.waitFor({ state: 'visible', timeout });
        return toast;
    }

    /** Closes every notification toast, so the next one is the only one on screen. */
    async clearNotifications(): Promise<void> {
        await this.command('Notifications: Clear All Notifications');
        await this.page
            .locator('.notification-toast')
            .first()
            .waitFor({ state: 'detached', timeout: 10_000 })
            .catch(() => undefined);
    }

    /** Waits for a modal dialog whose message matches, clicks the named button and returns the message. */
    async dialog(match: RegExp, button: string): Promise<string> {
        const box = this.page.locator('.monaco-dialog-box', { hasText: match }).first();
        await box.waitFor({ state: 'visible', timeout: 30_000 });
        const message = await box.innerText();
        await box.getByRole('button', { name: button, exact: true }).click();
        await box.waitFor({ state: 'detached', timeout: 30_000 });
        return message;
    }

    /** Opens a workspace file through Quick Open and waits for its editor tab. */
    async open(file: string): Promise<void> {
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press(`${mod}+P`);
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill(file);
        const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: file }).first();
        await row.waitFor({ state: 'visible', timeout: 30_000 });
        await row.click();
        await this.page.locator('.tabs-container .tab.active', { hasText: file }).first().waitFor({ timeout: 30_000 });
        await this.editor().waitFor({ state: 'visible' });
    }

    /** The text editor of the active group, or the first text editor when a webview has the focus. */
    editor(): Locator {
        return this.page.locator('.editor-group-container.active .monaco-editor, .editor-group-container .monaco-editor').first();
    }

    /** Moves the cursor to a line and column (1-based) with Go to Line. */
    async goTo(line: number, column = 1): Promise<void> {
        await this.editor().click({ position: { x: 5, y: 5 } });
        await this.page.keyboard.press(`${mod}+G`);
        const widget = this.page.locator('.quick-input-widget');
        const input = widget.locator('input');
        await input.waitFor({ state: 'visible' });
        await input.fill(`:${line}:${column}`);
        await widget
            .locator('.monaco-list-row, .quick-input-message', { hasText: new RegExp(`line ${line}`, 'i') })
            .first()
            .waitFor();
        await this.page.keyboard.press('Enter');
        await widget.waitFor({ state: 'hidden' });
        await this.waitForStatus(new RegExp(`Ln ${line}, Col ${column}\\b`));
    }

    /** Replaces the whole text of the active editor. */
    async replaceText(text: string): Promise<void> {
        await this.editor().click();
        await this.page.keyboard.press(`${mod}+A`);
        await this.page.keyboard.press('Delete');
        await this.page.keyboard.insertText(text);
    }

    /** Waits until some status-bar item matches. */
    async waitForStatus(pattern: RegExp, timeout = 30_000): Promise<string> {
        const item = this.page.locator('.statusbar-item', { hasText: pattern }).first();
        await item.waitFor({ timeout });
        return item.innerText();
    }

    /** The rows of the Problems panel (opened if needed), as text. */
    async problems(): Promise<string[]> {
        const panel = this.page.locator('.markers-panel');
        if (!(await panel.isVisible())) await this.page.keyboard.press(`${mod}+Shift+M`);
        await panel.waitFor({ state: 'visible' });
        return this.page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    }

    /** The Problems panel grouped by file: file name → its diagnostic rows. */
    async problemsByFile(): Promise<Map<string, string[]>> {
        const grouped = new Map<string, string[]>();
        let current = '';
        for (const row of await this.problems()) {
            if (/^\s*\S+\.ssc\s*\[Ln \d+, Col \d+\]\s*:/.test(row)) {
                continue; // related information of the diagnostic above, not a diagnostic of its own
            } else if (/\[Ln \d+, Col \d+\]/.test(row)) {
                grouped.get(current)?.push(row.replace(/\s+/g, ' '));
            } else if (/\.ssc\b/.test(row)) {
                current = row.split(/\s/)[0];
                grouped.set(current, []);
            }
        }
        return grouped;
    }

    /** Waits until the Problems panel satisfies a condition on its rows. */
    async waitForProblems(accept: (rows: string[]) => boolean, timeout = 60_000): Promise<string[]> {
        const deadline = Date.now() + timeout;
        let rows: string[] = [];
        while (Date.now() < deadline) {
            rows = await this.problems();
            if (accept(rows)) return rows;
            await this.page.waitForTimeout(250);
        }
        throw new Error(`Problems panel never matched; last rows:\n${rows.join('\n')}`);
    }

    /** The frame of the webview whose title matches (VS Code nests the content in an inner iframe). */
    async webview(match: RegExp, timeout = 60_000): Promise<Frame> {
        const deadline = Date.now() + timeout;
        while (Date.now() < deadline) {
            for (const frame of this.page.frames()) {
                if (frame.url().includes('fake.html') || frame.url().startsWith('vscode-webview')) {
                    const title = await frame.title().catch(() => '');
                    if (
                        match.test(title) ||
                        match.test(
                            await frame
                                .locator('body')
                                .innerText({ timeout: 500 })
                                .catch(() => ''),
                        )
                    )
                        return frame;
                }
            }
            await this.page.waitForTimeout(250);
        }
        throw new Error(`no webview matching ${match}`);
    }
}
