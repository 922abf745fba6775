/** True when `text` is an ISO `YYYY-MM-DD` date that exists in the calendar. */
export function isCalendarDate(text: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1) return false;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return day <= daysInMonth;
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
