import { axisHalf } from './grid.js';

/** What the balance rule needs to know about a stakeholder. */
export interface BalanceInput {
    readonly id: string;
    readonly group: string | null;
    readonly sector: string | null;
    readonly power: number | null;
}

/** Groups that speak for society at large (clauses 5.6 and 5.10). */
export const CIVIC_GROUPS: readonly string[] = ['citizens', 'ngo'];

/** A finding of private-sector dominance. */
export interface DominanceFinding {
    /** Ids of all high-power stakeholders. */
    readonly highPower: string[];
    /** Ids of the high-power stakeholders of the private sector. */
    readonly privateHighPower: string[];
}

/**
 * Private-sector dominance (clause 4.2): at least two thirds of the high-power stakeholders are private,
 * and no citizens or NGO stakeholder has at least medium power. Null when the balance is fine or when
 * no stakeholder has high power.
 */
export function privateDominance(stakeholders: readonly BalanceInput[]): DominanceFinding | null {
    const highPower = stakeholders.filter(s => s.power !== null && axisHalf(s.power) === 'high');
    if (highPower.length === 0) return null;
    const privateHighPower = highPower.filter(s => s.sector === 'private');
    if (privateHighPower.length * 3 < highPower.length * 2) return null;
    const civicVoice = stakeholders.some(s => s.group !== null && CIVIC_GROUPS.includes(s.group) && s.power !== null && s.power >= 3);
    if (civicVoice) return null;
    return { highPower: highPower.map(s => s.id), privateHighPower: privateHighPower.map(s => s.id) };
}
