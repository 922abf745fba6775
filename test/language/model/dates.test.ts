import { describe, expect, test } from 'vitest';
import { addMonths } from '../../../language/model/dates.js';

describe('adding calendar months', () => {
    test.each([
        ['2026-06-30', 3, '2026-09-30'],
        ['2026-08-31', 1, '2026-09-30'],
        ['2026-01-31', 1, '2026-02-28'],
        ['2028-01-31', 1, '2028-02-29'],
        ['2100-01-31', 1, '2100-02-28'],
        ['2000-01-31', 1, '2000-02-29'],
        ['2026-11-15', 2, '2027-01-15'],
        ['2026-03-31', 12, '2027-03-31'],
        ['2026-12-31', 14, '2028-02-29'],
    ])('%s + %i months = %s (day clamped to the month end)', (date, months, expected) => {
        expect(addMonths(date, months)).toBe(expected);
    });
    test('a date that is not in the calendar gives null', () => {
        expect(addMonths('2026-02-30', 1)).toBeNull();
        expect(addMonths('not a date', 1)).toBeNull();
    });
});
