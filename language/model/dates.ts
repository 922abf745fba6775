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
