/**
 * Stakeholder salience (Mitchell, Agle & Wood 1997): which of power, legitimacy and urgency a
 * stakeholder holds. A project convention beside the power/interest grid of clause 4.2.
 */
import { axisHalf } from './grid.js';

/** The salience classes, the borderline case (a value of exactly 3) included. */
export const SALIENCE_CLASSES = [
    'definitive',
    'dominant',
    'dangerous',
    'dependent',
    'dormant',
    'discretionary',
    'demanding',
    'non-stakeholder',
    'borderline',
] as const;
export type SalienceClass = (typeof SALIENCE_CLASSES)[number];

/** What each class means for the programme, in our own words. */
export const SALIENCE_NOTES: Readonly<Record<SalienceClass, string>> = {
    definitive: 'Power, legitimacy and urgency: a claim that must be dealt with first and at once.',
    dominant: 'Power and legitimacy: an expected voice with the means to act; keep it closely involved.',
    dangerous: 'Power and urgency without legitimacy: may press its claim by force or disruption; watch it closely.',
    dependent: 'Legitimacy and urgency without power: relies on others (often the municipality) to carry its claim.',
    dormant: 'Power only: could act but has no pressing or legitimate claim yet; can turn salient quickly.',
    discretionary: 'Legitimacy only: a rightful claim with no pressure behind it; engagement is a matter of good practice.',
    demanding: 'Urgency only: insistent but with neither power nor a recognised claim; keep an eye on it.',
    'non-stakeholder': 'None of power, legitimacy or urgency above the middle: little salience for now.',
    borderline: 'Power, legitimacy or urgency sits exactly on the middle value (3), so the class is undecided.',
};

/** The three attributes as present (above 3), absent (below 3) or on the line. */
export interface SalienceAttributes {
    readonly power: 'high' | 'low' | 'line';
    readonly legitimacy: 'high' | 'low' | 'line';
    readonly urgency: 'high' | 'low' | 'line';
}

/**
 * The salience class of a stakeholder; null unless power, legitimacy and urgency are all known (a
 * missing value can neither be present nor absent). Any value of exactly 3 makes it `borderline`.
 */
export function salienceClass(power: number | null, legitimacy: number | null, urgency: number | null): SalienceClass | null {
    if (power === null || legitimacy === null || urgency === null) return null;
    const p = axisHalf(power),
        l = axisHalf(legitimacy),
        u = axisHalf(urgency);
    if (p === 'line' || l === 'line' || u === 'line') return 'borderline';
    const key = `${p === 'high' ? 'P' : ''}${l === 'high' ? 'L' : ''}${u === 'high' ? 'U' : ''}`;
    const byKey: Record<string, SalienceClass> = {
        PLU: 'definitive',
        PL: 'dominant',
        PU: 'dangerous',
        LU: 'dependent',
        P: 'dormant',
        L: 'discretionary',
        U: 'demanding',
        '': 'non-stakeholder',
    };
    return byKey[key];
}
