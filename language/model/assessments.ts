import { compareDates } from './dates.js';
import type { AssessmentData } from './types.js';

/** The latest assessed level of one stakeholder and the assessment that recorded it. */
export interface LatestAssessment {
    readonly level: string;
    readonly label: string;
    readonly date: string;
    readonly file: string;
    readonly line: number;
}

/**
 * The latest assessment entry of each stakeholder, by assessment date; among assessments of the same
 * date the one declared later wins. Undated assessments are ignored.
 */
export function latestAssessments(assessments: readonly AssessmentData[]): Map<string, LatestAssessment> {
    const dated = assessments.filter(a => a.date !== null).map((a, i) => ({ a, i }));
    dated.sort((x, y) => compareDates(x.a.date!, y.a.date!) || x.i - y.i);
    const latest = new Map<string, LatestAssessment>();
    for (const { a } of dated) {
        for (const entry of a.entries) {
            latest.set(entry.stakeholder, { level: entry.level, label: a.label, date: a.date!, file: a.file, line: a.line });
        }
    }
    return latest;
}
