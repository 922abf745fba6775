import { describe, expect, test } from 'vitest';
import { previewShell } from '../../../client/preview/preview-html.js';

describe('the preview page shell', () => {
    const html = previewShell({
        nonce: 'abc123',
        cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
        scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview/preview.js',
    });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

    test('has a strict content security policy keyed to the nonce', () => {
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("script-src 'nonce-abc123'");
        expect(csp).toContain("style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-abc123'");
        expect(csp).not.toMatch(/unsafe-(inline|eval)/);
        expect(csp).not.toMatch(/connect-src|\*/);
    });
    test('every script and style carries the nonce, and nothing is loaded from elsewhere', () => {
        expect(html.match(/<script\b[^>]*>/g)).toEqual([
            '<script nonce="abc123" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview/preview.js">',
        ]);
        expect(html.match(/<style\b[^>]*>/g)).toEqual(['<style nonce="abc123">']);
        expect(html).not.toMatch(/\sstyle="/);
        expect(html).not.toMatch(/https?:\/\/(?!file\+\.vscode-resource)/);
    });
});
