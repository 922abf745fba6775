/**
 * The process fields of the analysis (LANGUAGE.md "The process over time"): per stakeholder its
 * salience, participation and trajectory; for the workspace its actions and review status.
 */
import { isCalendarDate } from './dates.js';
import { rememberList, rememberWhole, type AnalysisMemo } from './memo.js';
import { isIap2Level, participationNeed, type Iap2Level } from './iap2.js';
import { actionStatus, isOverdue, participationReached, type ActionStatus } from './plan.js';
import { reviewStatus, type ReviewStatus } from './review.js';
import { salienceClass, type SalienceClass } from './salience.js';
import { trajectories, type TrajectoryAssessmentInput, type TrajectoryPoint } from './trajectory.js';

/** One action of the plan, as the analysis JSON carries it. */
export interface ActionAnalysis {
    id: string;
    name: string | null;
    /** Stakeholder ids or qualified unit/ministry names, as written. */
    with: string[];
    owner: string | null;
    level: Iap2Level | null;
    toward: string | null;
    channel: string | null;
    due: string | null;
    /** `open` when the action gives no status. */
    status: ActionStatus;
    /** The date a `done` action was done, if given. */
    doneOn: string | null;
    /** The reason a `dropped` action was dropped, if given. */
    reason: string | null;
    /** Open and due before `as-of`. */
    overdue: boolean;
    file: string;
    line: number;
}

/** The process fields of one stakeholder. */
export interface StakeholderProcess {
    salience: { legitimacy: number | null; urgency: number | null; class: SalienceClass | null };
    participation: { reached: Iap2Level | null; needed: Iap2Level | null };
    trajectory: TrajectoryPoint[];
}

/** What the process analysis reads of a stakeholder. */
export interface ProcessStakeholderInput {
    readonly id: string;
    readonly power: number | null;
    readonly interest: number | null;
    readonly strategy: string | null;
    readonly legitimacy?: number | null;
    readonly urgency?: number | null;
}

/** What the process analysis reads of an action. */
export interface ProcessActionInput {
    readonly id: string;
    readonly name: string | null;
    readonly with: readonly string[];
    readonly owner: string | null;
    readonly level: string | null;
    readonly toward: string | null;
    readonly channel: string | null;
    readonly due: string | null;
    readonly status: string | null;
    readonly doneOn?: string | null;
    readonly droppedReason?: string | null;
    readonly file: string;
    readonly line: number;
}

/** What the process analysis reads of a workspace. */
export interface ProcessModelInput {
    readonly reviewMonths: number | null;
    readonly stakeholders: readonly ProcessStakeholderInput[];
    readonly consultations: ReadonlyArray<{ readonly participants: readonly string[]; readonly level?: string | null }>;
    readonly actions: readonly ProcessActionInput[];
    readonly assessments: readonly TrajectoryAssessmentInput[];
}

/** The process analysis of a workspace. */
export interface ProcessAnalysis {
    stakeholders: Map<string, StakeholderProcess>;
    actions: ActionAnalysis[];
    review: ReviewStatus;
}

function actionAnalysis(a: ProcessActionInput, asOf: string): ActionAnalysis {
    const status = actionStatus(a);
    // A due date that is not in the calendar is reported by value/invalid-date; it cannot make an action overdue.
    const due = a.due !== null && isCalendarDate(a.due) ? a.due : null;
    return {
        id: a.id,
        name: a.name,
        with: [...a.with],
        owner: a.owner,
        level: isIap2Level(a.level) ? a.level : null,
        toward: a.toward,
        channel: a.channel,
        due: a.due,
        status,
        doneOn: status === 'done' ? (a.doneOn ?? null) : null,
        reason: status === 'dropped' ? (a.droppedReason ?? null) : null,
        overdue: isOverdue({ ...a, due }, asOf),
        file: a.file,
        line: a.line,
    };
}

/** The process fields of one stakeholder, given the IAP2 level it reached and its path through the assessments. */
export function stakeholderProcess(
    s: ProcessStakeholderInput,
    reached: Iap2Level | null,
    path: TrajectoryPoint[] | undefined,
): StakeholderProcess {
    const legitimacy = s.legitimacy ?? null,
        urgency = s.urgency ?? null;
    return {
        salience: { legitimacy, urgency, class: salienceClass(s.power, legitimacy, urgency) },
        participation: { reached, needed: participationNeed(s.strategy, s.power, s.interest).needed },
        trajectory: path ?? [],
    };
}

/** The IAP2 level each stakeholder reached (see participationReached), remembered while consultations and actions are the same records. */
export function reachedLevels(model: Pick<ProcessModelInput, 'consultations' | 'actions'>, memo?: AnalysisMemo): Map<string, Iap2Level> {
    return rememberWhole(memo, 'participation-reached', [model.consultations, model.actions], () =>
        participationReached(
            model.consultations.map(c => ({ participants: c.participants, level: c.level ?? null })),
            model.actions,
        ),
    );
}

/** Each stakeholder's trajectory (see trajectories), remembered while the assessments are the same records. */
export function trajectoriesOf(model: Pick<ProcessModelInput, 'assessments'>, memo?: AnalysisMemo): Map<string, TrajectoryPoint[]> {
    return rememberWhole(memo, 'trajectories', [model.assessments], () => trajectories(model.assessments));
}

/** The actions of the plan on the `asOf` date. */
export function analyseActions(actions: readonly ProcessActionInput[], asOf: string, memo?: AnalysisMemo): ActionAnalysis[] {
    return rememberList(memo, 'actions', actions, [asOf], a => actionAnalysis(a, asOf));
}

/** The review status on the `asOf` date; `ids` are the stakeholders' ids in order. */
export function reviewOf(model: ProcessModelInput, ids: readonly string[], asOf: string, memo?: AnalysisMemo): ReviewStatus {
    return rememberWhole(memo, 'review', [model.reviewMonths, model.assessments, ids, asOf], () =>
        reviewStatus(model.reviewMonths, model.assessments, ids, asOf),
    );
}

/** Computes the process analysis on the `asOf` date. Pure and deterministic. */
export function analyseProcess(model: ProcessModelInput, asOf: string): ProcessAnalysis {
    const reached = reachedLevels(model);
    const paths = trajectoriesOf(model);
    const stakeholders = new Map<string, StakeholderProcess>();
    for (const s of model.stakeholders) {
        if (!stakeholders.has(s.id)) stakeholders.set(s.id, stakeholderProcess(s, reached.get(s.id) ?? null, paths.get(s.id)));
    }
    return {
        stakeholders,
        actions: analyseActions(model.actions, asOf),
        review: reviewOf(
            model,
            model.stakeholders.map(s => s.id),
            asOf,
        ),
    };
}
