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
