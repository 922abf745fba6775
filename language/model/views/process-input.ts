/**
 * What the process views (plan, review, trajectories, salience, participation) read from the
 * analysis: the JSON shapes of LANGUAGE.md "The process over time", as plain types. The views take
 * this narrow input, so they are tested with hand-written data and never walk syntax trees.
 */
import type { Analysis } from '../analysis.js';
import { compareDates } from '../dates.js';
import { iap2Index, type Iap2Level } from '../iap2.js';
import { ownerStakeholder } from '../plan.js';
import type { ActionAnalysis } from '../process-analysis.js';
import type { ReviewStatus } from '../review.js';
import type { SalienceClass } from '../salience.js';
import type { TrajectoryPoint } from '../trajectory.js';

export { iap2Index };
export type { Iap2Level, SalienceClass };

/** One action of the engagement plan (the analysis JSON's `actions[]`). */
export type ActionInfo = Readonly<ActionAnalysis>;
/** The review cadence and dates (the analysis JSON's `review`). */
export type ReviewInfo = Readonly<ReviewStatus>;
/** One assessment entry naming a stakeholder, oldest first (the JSON's `trajectory[]`). */
export type TrajectoryEntry = Readonly<TrajectoryPoint>;

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
    /** Stakeholders by id (the first declared), for name lookups on large models. */
    readonly byId?: ReadonlyMap<string, ProcessStakeholder>;
}

/** The process input of an analysis. */
export function processInput(analysis: Analysis): ProcessInput {
    const stakeholders = analysis.stakeholders.map((s): ProcessStakeholder => ({
        id: s.id,
        name: s.name ?? s.id,
        file: s.file,
        line: s.line,
        power: s.power,
        interest: s.interest,
        quadrant: s.quadrant,
        strategy: s.strategy ?? s.suggestedStrategy,
        current: s.engagement.current,
        desired: s.engagement.desired,
        units: [...s.units, ...s.ministries].map(u => ({ id: u.id, name: u.name })),
        salience: s.salience,
        participation: s.participation,
        trajectory: s.trajectory,
    }));
    const byId = new Map<string, ProcessStakeholder>();
    for (const s of stakeholders) if (!byId.has(s.id)) byId.set(s.id, s);
    return { asOf: analysis.programme.asOf, stakeholders, actions: analysis.actions, review: analysis.review, byId };
}

/** The stakeholder id of a reference: `City` for `City.Planning`. */
export function stakeholderOf(ref: string): string {
    return ownerStakeholder(ref);
}

/** A readable name of a stakeholder, unit or ministry reference (`City council › Planning`). */
export function refName(input: Pick<ProcessInput, 'stakeholders' | 'byId'>, ref: string | null): string {
    if (!ref) return '';
    const id = stakeholderOf(ref);
    const s = input.byId ? input.byId.get(id) : input.stakeholders.find(x => x.id === id);
    if (!s) return ref;
    if (id === ref) return s.name;
    const unitId = ref.slice(id.length + 1);
    const unit = s.units.find(u => u.id === unitId);
    return `${s.name} › ${unit?.name ?? unitId}`;
}

/** Whole days from `from` to `to` (ISO dates); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Actions sorted by due date (undated last), then by id. */
export function byDue<T extends { due: string | null; id: string }>(actions: readonly T[]): T[] {
    return [...actions].sort(
        (x, y) => (x.due && y.due ? compareDates(x.due, y.due) : x.due ? -1 : y.due ? 1 : 0) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
}
