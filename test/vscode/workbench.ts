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

    constructor(readonly page: Page) {
        mkdirSync(SHOTS, { recursive: true });
    }

    /**
     * Runs one user-visible step; on failure saves a screenshot and rethrows naming the step and the
     * screenshot, and on success saves one too, as an artefact of the run.
     */
    async step<T>(name: string, action: () => Promise<T>): Promise<T> {
        const index = String(++this.shot).padStart(2, '0');
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
        await this.page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: 30_000 });
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
