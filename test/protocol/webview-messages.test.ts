import { describe, expect, test } from 'vitest';
import { isFromWebview } from '../../protocol/webview-messages.js';

describe('messages from the webview', () => {
    test('well-formed messages are accepted', () => {
        expect(isFromWebview({ type: 'ready' })).toBe(true);
        expect(isFromWebview({ type: 'reveal', ref: 'stakeholder:CityCouncil' })).toBe(true);
        expect(isFromWebview({ type: 'export', format: 'svg', view: 'map' })).toBe(true);
        expect(isFromWebview({ type: 'export', format: 'html' })).toBe(true);
        expect(isFromWebview({ type: 'export', format: 'xlsx' })).toBe(true);
        expect(isFromWebview({ type: 'view', view: 'onion' })).toBe(true);
    });
    test('anything else is ignored', () => {
        for (const bad of [
            null,
            'ready',
            42,
            {},
            { type: 'eval', code: 'x' },
            { type: 'reveal' },
            { type: 'reveal', ref: '' },
            { type: 'reveal', ref: 'x'.repeat(2000) },
            { type: 'export', format: 'exe' },
            { type: 'export', format: 'svg', view: 'nowhere' },
            { type: 'view', view: 'secret' },
            { type: 'view' },
        ]) {
            expect(isFromWebview(bad), JSON.stringify(bad)).toBe(false);
        }
    });
});
