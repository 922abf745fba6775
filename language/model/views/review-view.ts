/**
 * What the next review meeting needs on one page: the cadence with the last and next review,
 * overdue actions and those due before the next review, stakeholders never assessed, gaps with no
 * action, and per stakeholder the change between its last two assessments (level, grid position).
 */
import { quadrantOf } from '../grid.js';
import { levelIndex } from '../grid.js';
import {
    byDue,
    daysBetween,
    iap2Index,
    refName,
    stakeholderOf,
    type ActionInfo,
    type ProcessInput,
    type TrajectoryEntry,
} from './process-input.js';

/** One action as the review lists it. */
export interface ReviewAction {
    id: string;
    name: string;
    due: string | null;
    owner: string;
    with: string[];
    level: string | null;
    /** Days past due (overdue list) or days left until due (upcoming list). */
    days: number | null;
}

/** One assessed state of a stakeholder. */
export interface ReviewState {
    label: string;
    date: string | null;
    level: string | null;
    power: number | null;
    interest: number | null;
    quadrant: string | null;
}

/** How a stakeholder changed between its last two assessments. */
export interface ReviewChange {
    id: string;
    name: string;
    previous: ReviewState;
    latest: ReviewState;
    /** Levels gained (positive) or lost (negative); null when either level is unknown. */
    levelDelta: number | null;
    /** Grid moves in words: `power 3 → 4`, `quadrant keep-informed → manage-closely`. */
    moves: string[];
    /** `up`, `down`, `moved` (grid only), `same`. */
    kind: 'up' | 'down' | 'moved' | 'same';
}

/** The review page. */
export interface ReviewView {
    asOf: string;
    everyMonths: number | null;
    lastAssessment: string | null;
    nextDue: string | null;
    overdue: boolean;
    /** Days past the next review date (positive) or left until it (negative); null without a date. */
    daysPastDue: number | null;
    overdueActions: ReviewAction[];
    /** Open actions not yet overdue, due on or before the next review. */
    upcoming: ReviewAction[];
    neverAssessed: Array<{ id: string; name: string }>;
    /** Desired level above current, and no open or done action `with` the stakeholder. */
    gapsWithoutAction: Array<{ id: string; name: string; current: string | null; desired: string | null }>;
    /** Participation reached below what the strategy needs. */
    shortfalls: Array<{ id: string; name: string; reached: string | null; needed: string }>;
    changes: ReviewChange[];
    /** Stakeholders assessed exactly once (nothing to compare yet). */
    assessedOnce: Array<{ id: string; name: string; label: string }>;
    counts: { open: number; done: number; dropped: number; total: number };
}

function reviewAction(input: ProcessInput, a: ActionInfo, days: number | null): ReviewAction {
    return {
        id: a.id,
        name: a.name ?? a.id,
        due: a.due,
        owner: refName(input, a.owner),
        with: a.with.map(w => refName(input, w)),
        level: a.level,
        days,
    };
}

function stateOf(e: TrajectoryEntry): ReviewState {
    const quadrant = e.power !== null && e.interest !== null ? quadrantOf(e.power, e.interest) : null;
    return { label: e.label, date: e.date, level: e.level, power: e.power, interest: e.interest, quadrant };
}

function changeOf(id: string, name: string, entries: readonly TrajectoryEntry[]): ReviewChange {
    const previous = stateOf(entries[entries.length - 2]),
        latest = stateOf(entries[entries.length - 1]);
    const a = levelIndex(previous.level),
        b = levelIndex(latest.level);
    const levelDelta = a < 0 || b < 0 ? null : b - a;
    const moves: string[] = [];
    if (previous.power !== null && latest.power !== null && previous.power !== latest.power)
        moves.push(`power ${previous.power} → ${latest.power}`);
    if (previous.interest !== null && latest.interest !== null && previous.interest !== latest.interest)
        moves.push(`interest ${previous.interest} → ${latest.interest}`);
    if (previous.quadrant && latest.quadrant && previous.quadrant !== latest.quadrant)
        moves.push(`quadrant ${previous.quadrant} → ${latest.quadrant}`);
    const kind =
        levelDelta !== null && levelDelta > 0 ? 'up' : levelDelta !== null && levelDelta < 0 ? 'down' : moves.length > 0 ? 'moved' : 'same';
    return { id, name, previous, latest, levelDelta, moves, kind };
}

/** Computes the review page. Pure: dates compare against the input's `asOf`. */
export function reviewView(input: ProcessInput): ReviewView {
    const r = input.review;
    const open = input.actions.filter(a => a.status === 'open');
    const overdueActions = byDue(open.filter(a => a.overdue)).map(a =>
        reviewAction(input, a, a.due ? daysBetween(a.due, input.asOf) : null),
    );
    const upcoming = byDue(open.filter(a => !a.overdue && a.due !== null && (r.nextDue === null || a.due <= r.nextDue))).map(a =>
        reviewAction(input, a, daysBetween(input.asOf, a.due!)),
    );
    const names = new Map(input.stakeholders.map(s => [s.id, s.name]));
    const working = new Set(input.actions.filter(a => a.status !== 'dropped').flatMap(a => a.with.map(stakeholderOf)));
    const changes: ReviewChange[] = [];
    const assessedOnce: ReviewView['assessedOnce'] = [];
    for (const s of input.stakeholders) {
        if (s.trajectory.length >= 2) changes.push(changeOf(s.id, s.name, s.trajectory));
        else if (s.trajectory.length === 1) assessedOnce.push({ id: s.id, name: s.name, label: s.trajectory[0].label });
    }
    // Those who moved come first: down before up (a loss needs the meeting's attention first).
    const rank = { down: 0, up: 1, moved: 2, same: 3 } as const;
    changes.sort((x, y) => rank[x.kind] - rank[y.kind]);
    return {
        asOf: input.asOf,
        everyMonths: r.everyMonths,
        lastAssessment: r.lastAssessment,
        nextDue: r.nextDue,
        overdue: r.overdue,
        daysPastDue: r.nextDue ? daysBetween(r.nextDue, input.asOf) : null,
        overdueActions,
        upcoming,
        neverAssessed: r.neverAssessed.map(id => ({ id, name: names.get(id) ?? id })),
        gapsWithoutAction: input.stakeholders
            .filter(s => levelIndex(s.desired) > levelIndex(s.current) && levelIndex(s.current) >= 0 && !working.has(s.id))
            .map(s => ({ id: s.id, name: s.name, current: s.current, desired: s.desired })),
        shortfalls: input.stakeholders
            .filter(s => s.participation.needed !== null && iap2Index(s.participation.reached) < iap2Index(s.participation.needed))
            .map(s => ({ id: s.id, name: s.name, reached: s.participation.reached, needed: s.participation.needed! })),
        changes,
        assessedOnce,
        counts: {
            open: open.length,
            done: input.actions.filter(a => a.status === 'done').length,
            dropped: input.actions.filter(a => a.status === 'dropped').length,
            total: input.actions.length,
        },
    };
}
