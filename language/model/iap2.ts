/**
 * The IAP2 spectrum of public participation, as the process forms use it: the level a consultation or
 * action engages at, and the least level each grid strategy needs (a project convention built on
 * clause 4.2's call for real participation).
 */
import { acceptedStrategies } from './grid.js';
import { STRATEGIES, type StrategyName } from './vocabulary.js';

/** IAP2 levels in increasing order of public influence. */
export const IAP2_LEVELS = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export type Iap2Level = (typeof IAP2_LEVELS)[number];

/** The level a consultation without `level` counts as. */
export const DEFAULT_CONSULTATION_LEVEL: Iap2Level = 'consult';

/** What each IAP2 level promises the people taking part, in our own words. */
export const IAP2_NOTES: Readonly<Record<Iap2Level, { readonly promise: string; readonly description: string }>> = {
    inform: {
        description:
            'One-way: the programme gives balanced, factual information so people understand the problem, the options and what was decided.',
        promise: 'You will be kept up to date.',
    },
    consult: {
        description: 'The programme asks for feedback on analyses, options or decisions, and reports back what it heard.',
        promise: 'Your concerns will be heard and recorded, and you will be told how your input affected the decision.',
    },
    involve: {
        description: 'The programme works with people throughout the process, so their concerns shape the options that are weighed.',
        promise: 'Your concerns will be reflected in the options put forward, and you will see how they influenced the outcome.',
    },
    collaborate: {
        description:
            'The programme partners with people on each part of the decision, including developing options and choosing the preferred one.',
        promise: 'Your advice will be sought for the solutions and taken into them as far as possible.',
    },
    empower: {
        description: 'The final decision is placed in the hands of the people taking part.',
        promise: 'What you decide will be put into effect.',
    },
};

/** Position of an IAP2 level in the spectrum, or -1 when unknown. */
export function iap2Index(level: string | null | undefined): number {
    return level ? (IAP2_LEVELS as readonly string[]).indexOf(level) : -1;
}

/** True when the text is an IAP2 level keyword. */
export function isIap2Level(text: string | null | undefined): text is Iap2Level {
    return iap2Index(text) >= 0;
}

/** The higher of two IAP2 levels (null counts as lowest). */
export function higherIap2(a: Iap2Level | null, b: Iap2Level | null): Iap2Level | null {
    if (a === null) return b;
    if (b === null) return a;
    return iap2Index(a) >= iap2Index(b) ? a : b;
}

/** By convention, the least participation each strategy needs; `monitor` needs none. */
export const STRATEGY_PARTICIPATION: Readonly<Record<StrategyName, Iap2Level | null>> = {
    'manage-closely': 'involve',
    'keep-satisfied': 'consult',
    'keep-informed': 'inform',
    monitor: null,
};

/** Where the needed participation level comes from. */
export type NeedSource = 'declared' | 'quadrant' | 'line';

/** The participation a stakeholder needs and why. */
export interface ParticipationNeed {
    readonly needed: Iap2Level | null;
    /** The strategy or strategies the need was read from. */
    readonly strategies: readonly StrategyName[];
    readonly source: NeedSource | null;
}

function isStrategy(text: string | null): text is StrategyName {
    return text !== null && (STRATEGIES as readonly string[]).includes(text);
}

/**
 * The IAP2 level a stakeholder's strategy needs: its declared strategy's, else its quadrant's; on a
 * grid line with no declared strategy, the lowest need among the strategies that meet there (so
 * `monitor` among them means none). Null when nothing is needed or the stakeholder is unplaced.
 */
export function participationNeed(strategy: string | null, power: number | null, interest: number | null): ParticipationNeed {
    if (isStrategy(strategy)) return { needed: STRATEGY_PARTICIPATION[strategy], strategies: [strategy], source: 'declared' };
    const candidates = acceptedStrategies(power, interest);
    if (candidates.length === 0) return { needed: null, strategies: [], source: null };
    let needed: Iap2Level | null = STRATEGY_PARTICIPATION[candidates[0]];
    for (const c of candidates) {
        const need = STRATEGY_PARTICIPATION[c];
        if (need === null || (needed !== null && iap2Index(need) < iap2Index(needed))) needed = need;
    }
    return { needed, strategies: candidates, source: candidates.length === 1 ? 'quadrant' : 'line' };
}
