/**
 * The summary matrix of Appendix I (Table I.1): scale and sector, aims, challenges, potential,
 * constraints, role and contribution, one row per stakeholder, grouped by standard group.
 */
import type { Analysis } from '../analysis.js';
import { STANDARD_GROUP_IDS } from '../vocabulary.js';
import { displayName, groupLabel, roleLabel } from './labels.js';

/** One row of the summary matrix. */
export interface SummaryRow {
    id: string;
    name: string;
    scale: string | null;
    sector: string | null;
    aims: string[];
    challenges: string[];
    potential: string[];
    constraints: string[];
    roles: string[];
    contributions: string[];
}

/** One group section of the summary matrix. */
export interface SummarySection {
    group: string | null;
    label: string;
    custom: boolean;
    rows: SummaryRow[];
}

function sectionKey(s: Analysis['stakeholders'][number]): string {
    if (s.custom && s.group) return `custom:${s.group}`;
    return s.group && STANDARD_GROUP_IDS.includes(s.group) ? s.group : '';
}

/** Computes the summary matrix: standard groups in clause order, then custom groups, then ungrouped. */
export function summaryView(analysis: Analysis): SummarySection[] {
    const customNames = new Map(analysis.groups.map(g => [g.id, g.name]));
    // Each stakeholder's section once, and its members in model order (a filter per section was 12 × n).
    const members = new Map<string, Analysis['stakeholders']>();
    for (const s of analysis.stakeholders) {
        const key = sectionKey(s);
        const list = members.get(key);
        if (list) list.push(s);
        else members.set(key, [s]);
    }
    const keys: string[] = STANDARD_GROUP_IDS.filter(id => members.has(id));
    for (const key of members.keys()) if (key.startsWith('custom:')) keys.push(key);
    if (members.has('')) keys.push('');
    return keys.map(key => {
        const custom = key.startsWith('custom:');
        const group = key === '' ? null : custom ? key.slice('custom:'.length) : key;
        return {
            group,
            custom,
            label: custom ? (customNames.get(group!) ?? group!) : groupLabel(group),
            rows: members.get(key)!.map(s => ({
                id: s.id,
                name: displayName(s),
                scale: s.scale,
                sector: s.sector,
                aims: s.profile.aims,
                challenges: s.profile.challenges,
                potential: s.profile.potential,
                constraints: s.profile.constraints,
                roles: s.roles.map(roleLabel),
                contributions: s.profile.contributions,
            })),
        };
    });
}
