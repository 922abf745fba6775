/**
 * Each stakeholder's path through the assessments: level and (where recorded) grid position on each
 * date, oldest first.
 */
import { compareDates } from './dates.js';
import { levelIndex } from './grid.js';

/** What the trajectory reads of an assessment. */
export interface TrajectoryAssessmentInput {
    readonly label: string;
    readonly date: string | null;
    readonly entries: ReadonlyArray<{
        readonly stakeholder: string;
        readonly level: string;
        readonly power?: number | null;
        readonly interest?: number | null;
    }>;
}

/** One assessed point of a stakeholder. */
export interface TrajectoryPoint {
    date: string;
    label: string;
    level: string;
    power: number | null;
    interest: number | null;
}

/**
 * The trajectory of every stakeholder named by a dated assessment, keyed by id, oldest first; among
 * assessments of the same date, the one declared first comes first (as for the latest level).
 */
export function trajectories(assessments: readonly TrajectoryAssessmentInput[]): Map<string, TrajectoryPoint[]> {
    const dated = assessments.map((a, i) => ({ a, i })).filter(x => x.a.date !== null);
    dated.sort((x, y) => compareDates(x.a.date!, y.a.date!) || x.i - y.i);
    const result = new Map<string, TrajectoryPoint[]>();
    for (const { a } of dated) {
        for (const e of a.entries) {
            const point: TrajectoryPoint = {
                date: a.date!,
                label: a.label,
                level: e.level,
                power: e.power ?? null,
                interest: e.interest ?? null,
            };
            const list = result.get(e.stakeholder);
            if (list) list.push(point);
            else result.set(e.stakeholder, [point]);
        }
    }
    return result;
}

/** The change between a stakeholder's last two assessed points, for the review. */
export interface TrajectoryChange {
    readonly from: TrajectoryPoint;
    readonly to: TrajectoryPoint;
    /** Levels gained (negative: lost). */
    readonly levelDelta: number;
    /** True when both points give a grid position and it differs. */
    readonly moved: boolean;
}

/** The change between the last two points of a trajectory; null with fewer than two points. */
export function lastChange(points: readonly TrajectoryPoint[]): TrajectoryChange | null {
    if (points.length < 2) return null;
    const from = points[points.length - 2],
        to = points[points.length - 1];
    const known = levelIndex(from.level) >= 0 && levelIndex(to.level) >= 0;
    const placed = from.power !== null && from.interest !== null && to.power !== null && to.interest !== null;
    return {
        from,
        to,
        levelDelta: known ? levelIndex(to.level) - levelIndex(from.level) : 0,
        moved: placed && (from.power !== to.power || from.interest !== to.interest),
    };
}
