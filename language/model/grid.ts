import { ENGAGEMENT_LEVELS, type StrategyName } from './vocabulary.js';

/** Where a stakeholder falls on the power/interest grid (Figure 4). */
export type Quadrant = StrategyName | 'borderline' | 'unplaced';

/** Which half of an axis a value lies in: above 3 high, below 3 low, exactly 3 on the line. */
export type AxisHalf = 'high' | 'low' | 'line';

const LEVEL_VALUES: Record<string, number> = { low: 2, medium: 3, high: 4 };

/** The numeric grid value of `low|medium|high` or an integer 1..5. */
export function gridNumber(value: { level?: string; value?: number } | undefined): number | null {
    if (!value) return null;
    if (value.level !== undefined) return LEVEL_VALUES[value.level] ?? null;
    return typeof value.value === 'number' && Number.isFinite(value.value) ? value.value : null;
}

/** The half of an axis a grid value lies in. */
export function axisHalf(value: number): AxisHalf {
    return value > 3 ? 'high' : value < 3 ? 'low' : 'line';
}

function strategyFor(power: 'high' | 'low', interest: 'high' | 'low'): StrategyName {
    if (power === 'high') return interest === 'high' ? 'manage-closely' : 'keep-satisfied';
    return interest === 'high' ? 'keep-informed' : 'monitor';
}

/** The grid quadrant of a stakeholder, `borderline` when either value sits on a line. */
export function quadrantOf(power: number | null, interest: number | null): Quadrant {
    if (power === null || interest === null) return 'unplaced';
    const p = axisHalf(power),
        i = axisHalf(interest);
    if (p === 'line' || i === 'line') return 'borderline';
    return strategyFor(p, i);
}

/**
 * The strategies acceptable for a placement: the quadrant's own, or on a borderline axis either
 * neighbouring quadrant's. Empty when unplaced.
 */
export function acceptedStrategies(power: number | null, interest: number | null): StrategyName[] {
    if (power === null || interest === null) return [];
    const ps: Array<'high' | 'low'> = axisHalf(power) === 'line' ? ['high', 'low'] : [axisHalf(power) as 'high' | 'low'];
    const is: Array<'high' | 'low'> = axisHalf(interest) === 'line' ? ['high', 'low'] : [axisHalf(interest) as 'high' | 'low'];
    const result: StrategyName[] = [];
    for (const p of ps) for (const i of is) result.push(strategyFor(p, i));
    return result;
}

/**
 * The strategy of the stakeholder's quadrant; null when unplaced or on a dividing line, where the
 * neighbouring quadrants' strategies (see {@link acceptedStrategies}) are all candidates and none is
 * picked for the user.
 */
export function suggestedStrategy(power: number | null, interest: number | null): StrategyName | null {
    const quadrant = quadrantOf(power, interest);
    return quadrant === 'borderline' || quadrant === 'unplaced' ? null : quadrant;
}

/** Position of an engagement level in `unaware < … < leading`, or -1 when unknown. */
export function levelIndex(level: string | undefined | null): number {
    return level ? (ENGAGEMENT_LEVELS as readonly string[]).indexOf(level) : -1;
}

/** Desired minus current level; null without a desired or a current level. */
export function engagementGap(current: string | null, desired: string | null): number | null {
    if (levelIndex(current) < 0 || levelIndex(desired) < 0) return null;
    return levelIndex(desired) - levelIndex(current);
}
