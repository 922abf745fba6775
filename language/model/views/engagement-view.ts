/**
 * Table 1 (stakeholders, engagement level, strategy, power and interest) and the engagement
 * assessment matrix (current and desired marks per level, with the trend over assessments).
 */
import type { Analysis } from '../analysis.js';
import { compareDates } from '../dates.js';
import { levelIndex } from '../grid.js';
import { ENGAGEMENT_LEVELS } from '../vocabulary.js';
import { displayName } from './labels.js';
import { iap2Index } from '../iap2.js';

/** One row of Table 1. */
export interface EngagementRow {
    id: string;
    name: string;
    group: string | null;
    current: string | null;
    desired: string | null;
    gap: number | null;
    /** The declared strategy, else the suggested one. */
    strategy: string | null;
    strategySource: 'declared' | 'suggested' | null;
    /** On a dividing line with no declared strategy: every strategy that fits, for the user to choose. */
    candidates: string[];
    strategyNote: string | null;
    /** False when the declared strategy does not fit the grid position. */
    strategyFits: boolean | null;
    power: number | null;
    interest: number | null;
    quadrant: string;
    /** The highest IAP2 level reached in consultations and actions, and the level the strategy needs. */
    participation: { reached: string | null; needed: string | null; shortfall: boolean };
}

/** One assessed level of a stakeholder. */
export interface AssessedLevel {
    label: string;
    date: string | null;
    level: string;
}

/** Direction of the assessed levels from the first assessment to the latest. */
export type Trend = 'rising' | 'falling' | 'steady' | 'single' | 'none';

/** One row of the engagement assessment matrix. */
export interface AssessmentRow {
    id: string;
    name: string;
    /** Per engagement level: `C` (current) and/or `D` (desired). */
    marks: Record<string, Array<'C' | 'D'>>;
    history: AssessedLevel[];
    trend: Trend;
}

/** Both engagement tables. */
export interface EngagementView {
    rows: EngagementRow[];
    matrix: AssessmentRow[];
    /** Assessment labels in date order. */
    assessments: Array<{ label: string; date: string | null }>;
}

function trendOf(history: AssessedLevel[]): Trend {
    if (history.length === 0) return 'none';
    if (history.length === 1) return 'single';
    const delta = levelIndex(history[history.length - 1].level) - levelIndex(history[0].level);
    return delta > 0 ? 'rising' : delta < 0 ? 'falling' : 'steady';
}

function participationOf(s: Analysis['stakeholders'][number]): EngagementRow['participation'] {
    const { reached, needed } = s.participation;
    return { reached, needed, shortfall: needed !== null && iap2Index(reached) < iap2Index(needed) };
}

/** Computes the engagement tables of an analysis. */
export function engagementView(analysis: Analysis): EngagementView {
    const dated = analysis.assessments
        .map((a, i) => ({ a, i }))
        .sort((x, y) => (x.a.date && y.a.date ? compareDates(x.a.date, y.a.date) : x.a.date ? -1 : y.a.date ? 1 : 0) || x.i - y.i)
        .map(x => x.a);
    const rows = analysis.stakeholders.map((s): EngagementRow => ({
        id: s.id,
        name: displayName(s),
        group: s.group,
        current: s.engagement.current,
        desired: s.engagement.desired,
        gap: s.engagement.gap,
        strategy: s.strategy ?? s.suggestedStrategy,
        strategySource: s.strategy ? 'declared' : s.suggestedStrategy ? 'suggested' : null,
        candidates: !s.strategy && s.quadrant === 'borderline' ? [...s.acceptedStrategies] : [],
        strategyNote: s.strategyNote,
        strategyFits: s.strategyMatches,
        power: s.power,
        interest: s.interest,
        quadrant: s.quadrant,
        participation: participationOf(s),
    }));
    // Entries grouped by stakeholder once: filtering every assessment per stakeholder was quadratic on large models.
    const entriesOf = new Map<string, AssessedLevel[]>();
    for (const a of dated) {
        for (const e of a.entries) {
            const list = entriesOf.get(e.stakeholder) ?? [];
            list.push({ label: a.label, date: a.date, level: e.level });
            entriesOf.set(e.stakeholder, list);
        }
    }
    const matrix = analysis.stakeholders.map((s): AssessmentRow => {
        const marks: Record<string, Array<'C' | 'D'>> = Object.fromEntries(ENGAGEMENT_LEVELS.map(l => [l, []]));
        if (s.engagement.current && marks[s.engagement.current]) marks[s.engagement.current].push('C');
        if (s.engagement.desired && marks[s.engagement.desired]) marks[s.engagement.desired].push('D');
        const history = [...(entriesOf.get(s.id) ?? [])];
        return { id: s.id, name: displayName(s), marks, history, trend: trendOf(history) };
    });
    return { rows, matrix, assessments: dated.map(a => ({ label: a.label, date: a.date })) };
}
