/**
 * Human labels for the vocabulary identifiers, as the views print them. Identifiers stay the data;
 * these strings are only for people reading a report.
 */
import { STANDARD_GROUPS } from '../vocabulary.js';

const STRATEGY_LABELS: Record<string, string> = {
    'manage-closely': 'Manage closely',
    'keep-satisfied': 'Keep satisfied',
    'keep-informed': 'Keep informed',
    monitor: 'Monitor',
};

const ROLE_LABELS: Record<string, string> = {
    'enabler-of-technology': 'Enabler of technology',
    'driver-of-technology': 'Driver of technology',
    'enabler-of-ssc': 'Enabler of the SSC',
};

const ONION_LABELS: Record<string, string> = { core: 'Core', direct: 'Direct', indirect: 'Indirect', wider: 'Wider' };

/** Short names of the standard groups for headings and map boxes (the vocabulary holds the long ones). */
const GROUP_SHORT: Record<string, string> = {
    municipality: 'Municipality',
    government: 'National and regional government',
    'city-services-company': 'City services companies',
    'utility-provider': 'Utility providers',
    'ict-company': 'ICT companies',
    ngo: 'NGOs',
    'international-organization': 'International organizations',
    'industry-association': 'Industry associations',
    academia: 'Academia and research',
    citizens: 'Citizens and their organizations',
    'urban-planner': 'Urban planners',
    'standards-body': 'Standards bodies',
};

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1).replace(/-/g, ' ');
}

/** "Manage closely" for `manage-closely`. */
export function strategyLabel(id: string | null | undefined): string {
    return id ? (STRATEGY_LABELS[id] ?? capitalise(id)) : '';
}

/** "Supportive" for `supportive`. */
export function levelLabel(id: string | null | undefined): string {
    return id ? capitalise(id) : '';
}

/** "2", "0" or "−1" levels still to gain; "—" when no desired level is given (never 0). */
export function gapLabel(gap: number | null): string {
    // No leading "+": a spreadsheet would read "+2" as a formula (and CSV export would have to quote it).
    return gap === null ? '—' : gap < 0 ? `−${-gap}` : String(gap);
}

/** "Driver of technology" for `driver-of-technology`. */
export function roleLabel(id: string): string {
    return ROLE_LABELS[id] ?? capitalise(id);
}

/** "Core" for `core`. */
export function onionLabel(id: string): string {
    return ONION_LABELS[id] ?? capitalise(id);
}

/** The short heading of a standard group, or a custom group's own name. */
export function groupLabel(id: string | null, customName?: string | null): string {
    if (id === null) return 'No group';
    return GROUP_SHORT[id] ?? customName ?? id;
}

/** The full Supplement title of a standard group, with its clause. */
export function groupTitle(id: string): { label: string; clause: string } | undefined {
    const entry = STANDARD_GROUPS.find(g => g.id === id);
    return entry ? { label: entry.label, clause: entry.clause } : undefined;
}

/** "high (4)" for a grid value; "not set" when missing. */
export function axisLabel(value: number | null): string {
    if (value === null) return 'not set';
    const word = value > 3 ? 'high' : value < 3 ? 'low' : 'medium';
    return `${word} (${value})`;
}

/** A stakeholder's display name: its quoted title, else its identifier. */
export function displayName(s: { id: string; name: string | null }): string {
    return s.name ?? s.id;
}
