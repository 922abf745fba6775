/**
 * The engagement plan: actions with their state on the `as-of` date, and the IAP2 participation each
 * stakeholder has reached through consultations and actions, against what its strategy needs.
 */
import { compareDates } from './dates.js';
import { DEFAULT_CONSULTATION_LEVEL, higherIap2, isIap2Level, type Iap2Level } from './iap2.js';

/** Action statuses. */
export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What each status means, for completion and hovers. */
export const ACTION_STATUS_NOTES: Readonly<Record<ActionStatus, string>> = {
    open: 'Planned or under way; past its due date it is overdue.',
    done: 'Carried out; may give the date it was done (`done 2026-05-12`).',
    dropped: 'Abandoned; may give the reason (`dropped "Merged into the steering board"`). It no longer counts as taking part.',
};

/** The stakeholder a reference names: `A` for `A`, and for a unit or ministry `A.Unit` its stakeholder `A`. */
export function ownerStakeholder(reference: string): string {
    const dot = reference.indexOf('.');
    return (dot < 0 ? reference : reference.slice(0, dot)).trim();
}

/** What the plan reads of an action. */
export interface ActionInput {
    readonly id: string;
    readonly with: readonly string[];
    readonly level: string | null;
    readonly due: string | null;
    readonly status: string | null;
}

/** The status an action counts with: an action with no status is open. */
export function actionStatus(action: { readonly status: string | null }): ActionStatus {
    return action.status === 'done' || action.status === 'dropped' ? action.status : 'open';
}

/** An open action whose due date is before `as-of`. */
export function isOverdue(action: ActionInput, asOf: string): boolean {
    return actionStatus(action) === 'open' && action.due !== null && compareDates(action.due, asOf) < 0;
}

/** What participation reads of a consultation. */
export interface ConsultationInput {
    readonly participants: readonly string[];
    readonly level: string | null;
}

/** True when a list of participant references names the stakeholder itself or one of its units or ministries. */
export function names(references: readonly string[], stakeholder: string): boolean {
    return references.some(r => ownerStakeholder(r) === stakeholder);
}

/**
 * The IAP2 level each stakeholder has reached: the highest among the consultations that list it (a
 * consultation without level counts as `consult`) and the open or done actions that have it in `with`
 * (an action without level does not count). A unit or ministry counts for its stakeholder.
 */
export function participationReached(consultations: readonly ConsultationInput[], actions: readonly ActionInput[]): Map<string, Iap2Level> {
    const reached = new Map<string, Iap2Level>();
    const raise = (references: readonly string[], level: Iap2Level) => {
        for (const id of new Set(references.map(ownerStakeholder))) {
            if (id) reached.set(id, higherIap2(reached.get(id) ?? null, level)!);
        }
    };
    for (const c of consultations) raise(c.participants, isIap2Level(c.level) ? c.level : DEFAULT_CONSULTATION_LEVEL);
    for (const a of actions) {
        if (actionStatus(a) !== 'dropped' && isIap2Level(a.level)) raise(a.with, a.level);
    }
    return reached;
}

/** Ids of the stakeholders that an open (or, with `includeDone`, done) action has in `with`. */
export function stakeholdersWithActions(actions: readonly ActionInput[], includeDone: boolean): Set<string> {
    const result = new Set<string>();
    for (const a of actions) {
        const status = actionStatus(a);
        if (status === 'open' || (includeDone && status === 'done')) for (const r of a.with) result.add(ownerStakeholder(r));
    }
    return result;
}
