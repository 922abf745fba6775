import { describe, expect, test } from 'vitest';
import { addMonths, isCalendarDate } from '../../../language/model/dates.js';

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

describe('isCalendarDate', () => {
    test('takes exactly the YYYY-MM-DD dates of the calendar, leap days included', () => {
        const yes = ['2026-01-31', '2024-02-29', '2000-02-29', '2026-12-31', '1999-04-30', '2026-11-29'];
        const no = ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01'];
        const malformed = ['2026/01/01', '2026-01-01 ', ' 2026-01-01', '2026-0a-01', '２０２６-01-01', '', '2026-01-011'];
        expect(yes.filter(isCalendarDate)).toEqual(yes);
        expect([...no, ...malformed].filter(isCalendarDate)).toEqual([]);
    });

    test('agrees with the calendar of Date for every day of four years', () => {
        const checked: string[] = [];
        for (let year = 2023; year <= 2026; year++)
            for (let month = 1; month <= 12; month++)
                for (let day = 0; day <= 32; day++) {
                    const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
                    const real = new Date(`${text}T00:00:00Z`);
                    const exists = !Number.isNaN(real.getTime()) && real.toISOString().startsWith(text);
                    expect(isCalendarDate(text), text).toBe(exists);
                    checked.push(text);
                }
        expect(checked.length).toBe(4 * 12 * 33);
    });
});
