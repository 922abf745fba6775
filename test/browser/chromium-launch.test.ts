import { afterEach, expect, test } from 'vitest';
import { launchChromium } from './chromium.js';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
});

test('a Chromium that cannot start is one line saying what to install, with no stack trace', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    const error: Error = await launchChromium().then(
        () => {
            throw new Error('launched');
        },
        (e: Error) => e,
    );
    expect(error.message).toBe(
        'Chromium could not start (/nonexistent/chromium: no such file). Install it with apt-get install -y chromium, or set CHROMIUM_PATH.',
    );
    expect(error.stack).toBe(error.message);
});

test('a file that is not a browser names the launch error in the same one line', async () => {
    process.env.CHROMIUM_PATH = '/bin/false';
    const error: Error = await launchChromium().then(
        () => {
            throw new Error('launched');
        },
        (e: Error) => e,
    );
    expect(error.message).toMatch(
        /^Chromium could not start \(\/bin\/false: .+\)\. Install it with apt-get install -y chromium, or set CHROMIUM_PATH\.$/,
    );
    expect(error.message).not.toContain('\n');
});
