import { describe, expect, test } from 'vitest';
import { revealColumn, revealTarget } from '../../../client/preview/reveal.js';

const payload = {
    targets: {
        'stakeholder:A': { file: 'file:///w/a.ssc', line: 12 },
        'kpi:K': { file: 'file:///w/b.ssc', line: 1 },
        'bad:0': { file: 'file:///w/b.ssc', line: 0 },
    },
};

describe('reveal on click', () => {
    test('a key leads to its document and 0-based line', () => {
        expect(revealTarget(payload, 'stakeholder:A')).toEqual({ uri: 'file:///w/a.ssc', line: 11 });
        expect(revealTarget(payload, 'kpi:K')).toEqual({ uri: 'file:///w/b.ssc', line: 0 });
    });
    test('unknown keys, inherited names and broken places lead nowhere', () => {
        expect(revealTarget(payload, 'stakeholder:Nobody')).toBeUndefined();
        expect(revealTarget(payload, '__proto__')).toBeUndefined();
        expect(revealTarget(payload, 'toString')).toBeUndefined();
        expect(revealTarget(payload, 'bad:0')).toBeUndefined();
        expect(revealTarget(undefined, 'stakeholder:A')).toBeUndefined();
    });
    test('reveals in an editor already showing the file, never in the preview column', () => {
        const editors = [
            { uri: 'file:///w/a.ssc', column: 2 },
            { uri: 'file:///w/b.ssc', column: 1 },
        ];
        expect(revealColumn(editors, 'file:///w/a.ssc', 3, 1)).toBe(2);
        expect(revealColumn(editors, 'file:///w/c.ssc', 3, 1)).toBe(1);
        expect(revealColumn([{ uri: 'file:///w/a.ssc', column: 2 }], 'file:///w/a.ssc', 2, 1)).toBe(1);
        expect(revealColumn([], 'file:///w/a.ssc', 1, 1)).toBe(2);
        expect(revealColumn([], 'file:///w/a.ssc', 2, undefined)).toBe(1);
    });
});
