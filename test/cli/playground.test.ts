import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, ROOT, ssc } from '../helpers/cli.js';

const running: ChildProcess[] = [];

/** Starts `ssc playground …` and resolves with the URL it prints. */
function startPlayground(args: string[]): Promise<{ url: string; child: ChildProcess; stderr: () => string }> {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'ssc.cjs'), 'playground', ...args], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', d => {
        stderr += String(d);
    });
    return new Promise((resolve, reject) => {
        child.stdout!.on('data', d => {
            stdout += String(d);
            const match = /SSC playground: (http:\/\/\S+)/.exec(stdout);
            if (match) resolve({ url: match[1], child, stderr: () => stderr });
        });
        child.on('exit', code => reject(new Error(`ssc playground exited with ${code}: ${stderr}`)));
    });
}

/** A GET with a chosen Host header (fetch does not allow setting it). */
function get(
    url: string,
    host?: string,
    method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
    return new Promise((resolve, reject) => {
        const req = request(url, { method, headers: host ? { host } : {} }, res => {
            let body = '';
            res.on('data', d => {
                body += String(d);
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end();
    });
}

beforeAll(() => {
    ensureBuilt();
    expect(existsSync(path.join(ROOT, 'dist', 'web', 'index.html')), 'run `npm run build:web` first').toBe(true);
});
afterEach(() => {
    for (const child of running.splice(0)) child.kill('SIGTERM');
});

describe('ssc playground', () => {
    test('serves the site on loopback with its security policy, and the given files as files.json', async () => {
        const { url, child } = await startPlayground(['--port', '0', 'examples/valencia']);
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?open$/);
        const page = await get(url);
        expect(page.status).toBe(200);
        expect(page.body).toContain('<title>SSC Stakeholder Studio');
        expect(page.headers['content-security-policy']).toContain("script-src 'self'");
        expect(page.headers['content-security-policy']).toContain("default-src 'none'");
        expect(page.headers['x-content-type-options']).toBe('nosniff');
        const files = JSON.parse((await get(new URL('files.json', url).href)).body) as { files: Array<{ name: string; text: string }> };
        expect(files.files.map(f => f.name).sort()).toEqual(['city.ssc', 'engagement.ssc', 'national-catalogue.ssc']);
        for (const asset of [
            'playground.js',
            'server-worker.js',
            'editor.worker.js',
            'preview.html',
            'preview-frame.js',
            'playground.css',
            'codicon.ttf',
        ]) {
            expect((await get(new URL(asset, url).href, undefined, 'HEAD')).status, asset).toBe(200);
        }
        // Nothing outside the site, no other method, no other Host (DNS rebinding).
        expect((await get(new URL('/../package.json', url).href)).status).toBe(404);
        expect((await get(url.replace('/?open', '/%2e%2e/package.json'))).status).toBe(404);
        expect((await get(url, 'evil.example:80')).status).toBe(403);
        expect((await get(url, undefined, 'POST')).status).toBe(405);
        child.kill('SIGTERM');
        await new Promise(resolve => child.once('exit', resolve));
        expect(child.exitCode).toBe(0);
    });

    test('refuses a non-loopback host, a bad port and paths without models, in one line each', () => {
        const host = ssc(['playground', '--host', '0.0.0.0']);
        expect(host.status).toBe(2);
        expect(host.stderr).toBe(
            'ssc: --host 0.0.0.0: the playground is served only on the loopback address (127.0.0.1, ::1 or localhost)\n',
        );
        const port = ssc(['playground', '--port', 'eighty']);
        expect(port.status).toBe(2);
        expect(port.stderr).toMatch(/^ssc: --port eighty: give a port number from 0 to 65535/);
        const missing = ssc(['playground', 'no/such/folder']);
        expect(missing.status).toBe(2);
        expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    });

    test('a port in use gets a clear message', async () => {
        const { url } = await startPlayground(['--port', '0']);
        const busy = ssc(['playground', '--port', new URL(url).port]);
        expect(busy.status).toBe(2);
        expect(busy.stderr).toMatch(/port \d+ is in use: pick another with --port N/);
    });
});
