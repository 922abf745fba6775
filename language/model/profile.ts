import { PROFILE_DIMENSIONS, type ProfileDimension } from './vocabulary.js';

/** The profile fields of a stakeholder that the Appendix I summary table asks for, in table order. */
export const PROFILE_FIELDS = ['scale', 'sector', ...PROFILE_DIMENSIONS] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** What a profile check needs to know about a stakeholder. */
export interface ProfileInput {
    readonly scale: string | null;
    readonly sector: string | null;
    readonly profile: Readonly<Record<ProfileDimension, readonly string[]>>;
}

/**
 * The profile fields a stakeholder lacks (clause 4.1 a, Appendix I). Sector counts only once a scale
 * is given: the table writes "scale/sector" as one column, and sector is "when relevant".
 */
export function missingProfileFields(s: ProfileInput): ProfileField[] {
    const missing: ProfileField[] = [];
    if (!s.scale) missing.push('scale');
    else if (!s.sector) missing.push('sector');
    for (const dimension of PROFILE_DIMENSIONS) {
        // A blank text is an empty place left to fill (by a snippet or quick fix), not an answer.
        if (!s.profile[dimension].some(text => typeof text === 'string' && text.trim() !== '')) missing.push(dimension);
    }
    return missing;
}

/**
 * The fields a repair should insert so that the profile becomes complete: the missing ones, plus the
 * sector when the scale is missing too (adding a scale alone would make the sector count as missing).
 */
export function profileRepairFields(s: ProfileInput): ProfileField[] {
    const missing = missingProfileFields(s);
    if (missing.includes('scale') && !s.sector) missing.splice(1, 0, 'sector');
    return missing;
}
