/**
 * What the process views (plan, review, trajectories, salience, participation) read from the
 * analysis: the JSON shapes of LANGUAGE.md "The process over time", as plain types. The views take
 * this narrow input, so they are tested with hand-written data and never walk syntax trees.
 */
import type { Analysis } from '../analysis.js';
import { compareDates } from '../dates.js';

/** IAP2 participation levels, lowest first (LANGUAGE.md). */
export const IAP2_ORDER = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
/** An IAP2 participation level. */
export type Iap2Level = typeof IAP2_ORDER[number];

/** Salience classes (Mitchell, Agle and Wood), plus `borderline` when a value sits on 3. */
export const SALIENCE_CLASSES = ['definitive', 'dominant', 'dangerous', 'dependent', 'dormant', 'discretionary', 'demanding', 'non-stakeholder', 'borderline'] as const;
/** A salience class. */
export type SalienceClass = typeof SALIENCE_CLASSES[number];

/** Action statuses. */
export type ActionStatus = 'open' | 'done' | 'dropped';

/** One action of the engagement plan (the analysis JSON's `actions[]`). */
export interface ActionInfo {
    readonly id: string;
    readonly name: string | null;
    /** Stakeholder ids, or qualified unit/ministry names (`City.Planning`). */
    readonly with: readonly string[];
    readonly owner: string | null;
    readonly level: string | null;
    readonly toward: string | null;
    readonly channel: string | null;
    readonly due: string | null;
    readonly status: ActionStatus;
    readonly doneOn: string | null;
    readonly overdue: boolean;
    readonly file: string;
    readonly line: number;
}

/** The review cadence and dates (the analysis JSON's `review`). */
export interface ReviewInfo {
    readonly everyMonths: number | null;
    readonly lastAssessment: string | null;
    readonly nextDue: string | null;
    readonly overdue: boolean;
    readonly neverAssessed: readonly string[];
}

/** One assessment entry naming a stakeholder, oldest first (the JSON's `trajectory[]`). */
export interface TrajectoryEntry {
    readonly date: string | null;
    readonly label: string;
    readonly level: string | null;
    readonly power: number | null;
    readonly interest: number | null;
}

/** A stakeholder as the process views need it. */
export interface ProcessStakeholder {
    readonly id: string;
    readonly name: string;
    readonly file: string;
    readonly line: number;
    readonly power: number | null;
    readonly interest: number | null;
    readonly quadrant: string;
    readonly strategy: string | null;
    readonly current: string | null;
    readonly desired: string | null;
    readonly units: ReadonlyArray<{ readonly id: string; readonly name: string | null }>;
    readonly salience: { readonly legitimacy: number | null; readonly urgency: number | null; readonly class: SalienceClass | null };
    readonly participation: { readonly reached: Iap2Level | null; readonly needed: Iap2Level | null };
    readonly trajectory: readonly TrajectoryEntry[];
}

/** Everything the process views read. */
export interface ProcessInput {
    readonly asOf: string;
    readonly stakeholders: readonly ProcessStakeholder[];
    readonly actions: readonly ActionInfo[];
    readonly review: ReviewInfo;
}

/** The process fields of a stakeholder in the analysis JSON. */
interface StakeholderProcessFields {
    salience?: { legitimacy: number | null; urgency: number | null; class: string | null };
    participation?: { reached: string | null; needed: string | null };
    trajectory?: TrajectoryEntry[];
}

function iap2(level: string | null | undefined): Iap2Level | null {
    return level && (IAP2_ORDER as readonly string[]).includes(level) ? level as Iap2Level : null;
}

function salienceClass(value: string | null | undefined): SalienceClass | null {
    return value && (SALIENCE_CLASSES as readonly string[]).includes(value) ? value as SalienceClass : null;
}

/**
 * The process input of an analysis. Fields an older or partial analysis lacks read as empty: no
 * actions, no trajectory, no salience class, and the review computed from nothing.
 */
export function processInput(analysis: Analysis): ProcessInput {
    const a = analysis as Analysis & { actions?: ActionInfo[]; review?: ReviewInfo };
    const stakeholders = analysis.stakeholders.map((s): ProcessStakeholder => {
        const p = s as typeof s & StakeholderProcessFields;
        return {
            id: s.id, name: s.name ?? s.id, file: s.file, line: s.line, power: s.power, interest: s.interest, quadrant: s.quadrant,
            strategy: s.strategy ?? s.suggestedStrategy, current: s.engagement.current, desired: s.engagement.desired,
            units: [...s.units, ...s.ministries].map(u => ({ id: u.id, name: u.name })),
            salience: {
                legitimacy: p.salience?.legitimacy ?? null, urgency: p.salience?.urgency ?? null, class: salienceClass(p.salience?.class),
            },
            participation: { reached: iap2(p.participation?.reached), needed: iap2(p.participation?.needed) },
            trajectory: [...(p.trajectory ?? [])],
        };
    });
    const review: ReviewInfo = a.review ?? {
        everyMonths: analysis.programme.reviewMonths, lastAssessment: null, nextDue: null,
        overdue: analysis.programme.reviewMonths !== null, neverAssessed: [],
    };
    return { asOf: analysis.programme.asOf, stakeholders, actions: [...(a.actions ?? [])], review };
}

/** The stakeholder id of a reference: `City` for `City.Planning`. */
export function stakeholderOf(ref: string): string {
    const dot = ref.indexOf('.');
    return dot < 0 ? ref : ref.slice(0, dot);
}

/** A readable name of a stakeholder, unit or ministry reference (`City council › Planning`). */
export function refName(input: Pick<ProcessInput, 'stakeholders'>, ref: string | null): string {
    if (!ref) return '';
    const id = stakeholderOf(ref);
    const s = input.stakeholders.find(x => x.id === id);
    if (!s) return ref;
    if (id === ref) return s.name;
    const unitId = ref.slice(id.length + 1);
    const unit = s.units.find(u => u.id === unitId);
    return `${s.name} › ${unit?.name ?? unitId}`;
}

/** Position of an IAP2 level, -1 for none. */
export function iap2Index(level: string | null | undefined): number {
    return level ? (IAP2_ORDER as readonly string[]).indexOf(level) : -1;
}

/** Whole days from `from` to `to` (ISO dates); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Actions sorted by due date (undated last), then by id. */
export function byDue<T extends { due: string | null; id: string }>(actions: readonly T[]): T[] {
    return [...actions].sort((x, y) => (x.due && y.due ? compareDates(x.due, y.due) : x.due ? -1 : y.due ? 1 : 0) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
