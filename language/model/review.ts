/**
 * The review cadence of clause 4.2 over the recorded assessments: when the last review was, when the
 * next one is due, whether it is overdue on the `as-of` date, and who was never assessed.
 */
import { addMonths, compareDates, isCalendarDate } from './dates.js';

/** What the review computation reads of an assessment. */
export interface ReviewAssessmentInput {
    readonly date: string | null;
    readonly entries: ReadonlyArray<{ readonly stakeholder: string }>;
}

/** The review status of a workspace, as the analysis JSON carries it. */
export interface ReviewStatus {
    /** The cadence `review every N months`, or null. */
    everyMonths: number | null;
    /** The latest assessment date, or null when there is none. */
    lastAssessment: string | null;
    /** `lastAssessment` plus the cadence (day clamped to the month's end); null without both. */
    nextDue: string | null;
    /** With a cadence: `as-of` is after `nextDue`, or nothing was ever assessed. False without a cadence. */
    overdue: boolean;
    /** Ids of the stakeholders no assessment names, in declaration order. */
    neverAssessed: string[];
}

/**
 * The review status on the `asOf` date. Assessments whose date is missing or not a calendar date do
 * not count as a review (they still count as naming their stakeholders).
 */
export function reviewStatus(
    everyMonths: number | null,
    assessments: readonly ReviewAssessmentInput[],
    stakeholderIds: readonly string[],
    asOf: string,
): ReviewStatus {
    let lastAssessment: string | null = null;
    const named = new Set<string>();
    for (const a of assessments) {
        for (const e of a.entries) named.add(e.stakeholder);
        if (a.date !== null && isCalendarDate(a.date) && (lastAssessment === null || compareDates(a.date, lastAssessment) > 0))
            lastAssessment = a.date;
    }
    const cadence = everyMonths !== null && everyMonths > 0 ? everyMonths : null;
    const nextDue = cadence !== null && lastAssessment !== null ? addMonths(lastAssessment, cadence) : null;
    const overdue = cadence !== null && (lastAssessment === null || (nextDue !== null && compareDates(asOf, nextDue) > 0));
    const neverAssessed = [...new Set(stakeholderIds.filter(id => !named.has(id)))];
    return { everyMonths, lastAssessment, nextDue, overdue, neverAssessed };
}
