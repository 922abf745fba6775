/** True when `text` is an ISO `YYYY-MM-DD` date that exists in the (proleptic Gregorian) calendar. */
export function isCalendarDate(text: string): boolean {
    // Read digit by digit: the checks ask this of every date of every action, assessment and
    // consultation in each build, and a pattern match with a Date per call cost several times more.
    if (text.length !== 10 || text.charCodeAt(4) !== 45 /* - */ || text.charCodeAt(7) !== 45) return false;
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 7);
    const day = digitsAt(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1) return false;
    return day <= daysInMonth(year, month);
}

/** The number written by the ASCII digits `text[from, to)`, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
    let value = 0;
    for (let i = from; i < to; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) return -1;
        value = value * 10 + digit;
    }
    return value;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
    if (month !== 2) return DAYS[month - 1];
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Today's date as `YYYY-MM-DD` in UTC; used only when a programme gives no `as-of`. */
export function todayIso(now: Date = new Date()): string {
    return now.toISOString().slice(0, 10);
}

/** Compares two ISO dates; negative when `a` is earlier. */
export function compareDates(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The date `months` calendar months after an ISO date, the day clamped to the end of the target month
 * (2026-08-31 + 1 month = 2026-09-30). Null when the date is not a calendar date.
 */
export function addMonths(date: string, months: number): string | null {
    if (!isCalendarDate(date) || !Number.isInteger(months)) return null;
    const [year, month, day] = date.split('-').map(Number);
    const total = year * 12 + (month - 1) + months;
    const y = Math.floor(total / 12),
        m = total - y * 12 + 1;
    if (y < 0 || y > 9999) return null;
    const d = Math.min(day, m === 2 ? (isLeapYear(y) ? 29 : 28) : MONTH_DAYS[m - 1]);
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
