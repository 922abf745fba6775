import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers/cli.js';

/** Where screenshots land (gitignored with the rest of test-results/). */
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** Debian's Chromium, started with no network-facing background services. */
export async function launchChromium(): Promise<Browser> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    return chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
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
