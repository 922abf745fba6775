import { describe, expect, test } from 'vitest';
import { textWidth, truncate, wrapText } from '../../../../language/model/views/text-metrics.js';

describe('text measuring', () => {
    test('each character class has its width: narrow, wide, capitals and digits, others, CJK and emoji', () => {
        const em = (text: string) => textWidth(text, 1000) / 1000;
        expect([em('i'), em('M'), em('Æ'), em('A'), em('7'), em('a'), em('é'), em('中')]).toEqual([
            0.34, 0.9, 0.9, 0.68, 0.68, 0.56, 0.56, 1,
        ]);
        // One emoji is one character (a surrogate pair), not two.
        expect(em('😀')).toBe(1);
        expect(textWidth('', 12)).toBe(0);
        expect(textWidth(null)).toBe(0);
        expect(textWidth('Water co', 12)).toBe(Math.ceil((0.9 + 0.56 + 0.34 + 0.56 + 0.34 + 0.34 + 0.56 + 0.56) * 12));
    });

    test('truncation cuts at a character boundary and ends with an ellipsis, never splitting an emoji', () => {
        expect(truncate('short', 200)).toBe('short');
        const cut = truncate('😀😀😀😀😀😀😀😀', 40, 12);
        expect(cut.endsWith('…')).toBe(true);
        expect(cut).toBe('😀😀…');
        expect(truncate('Stakeholder with a long name', 60, 12)).toBe('Stakehol…');
        expect(truncate('ab  cdefghijklmnop', 35, 12)).toBe('ab…');
        expect(textWidth(truncate('x'.repeat(100_000), 210, 12), 12)).toBeLessThanOrEqual(210);
    });

    test('wrapping keeps words whole and truncates the last line', () => {
        expect(wrapText('Urban planning department of the city', 100, 2, 12)).toEqual(['Urban planning', 'department of th…']);
    });
});
