/**
 * Matching of register cells against the vocabulary: each value is known by its identifier and by
 * the labels people write (the product's own labels, and for groups the Supplement's names: the
 * title of its clause 5.x, its row in Table I.1 and its entry in the list of clause 3.1).
 */
import { roleLabel, strategyLabel, groupLabel, onionLabel, levelLabel } from '../views/labels.js';
import { ENGAGEMENT_LEVELS, ONION_LAYERS, SCALES, SECTORS, STANDARD_GROUPS, STRATEGIES, TECHNOLOGY_ROLES } from '../vocabulary.js';
import { approximateLimit, editDistance, matchKey } from './normalise.js';
import type { RegisterField } from './register-fields.js';

/** The Supplement's own names of each standard group: clause 5.x title, Table I.1 row, clause 3.1 entry. */
const SUPPLEMENT_GROUP_NAMES: Record<string, readonly string[]> = {
    municipality: [
        'Municipalities, city councils and city administration',
        'Municipalities, city council and city administration',
        'Municipalities, city councils and city administrations',
    ],
    government: ['National and regional governments'],
    'city-services-company': ['City services companies'],
    'utility-provider': ['Utility providers'],
    'ict-company': [
        'ICT companies (e.g., telecom operators, start-ups, software companies)',
        'ICT companies',
        'Information and communication technology (ICT) companies',
    ],
    ngo: ['Non-governmental organizations', 'NGOs'],
    'international-organization': ['International, regional, and multilateral organizations'],
    'industry-association': ['Industry associations'],
    academia: ['Academia, research organizations and specialized bodies'],
    citizens: ['Citizens and citizen organizations', "Citizens and citizens' organizations"],
    'urban-planner': ['Urban planners'],
    'standards-body': ['Standards developing organizations', 'Standardization bodies'],
};

/** Words registers commonly use for a group, beyond the Supplement's names. */
const GROUP_SYNONYMS: Record<string, readonly string[]> = {
    municipality: ['city council', 'council', 'city administration', 'local government', 'local authority', 'city hall'],
    government: ['national government', 'regional government', 'ministry', 'state government'],
    'city-services-company': ['city service company', 'public services company', 'services company'],
    'utility-provider': ['utility', 'utility company'],
    'ict-company': ['ict', 'telecom operator', 'technology company', 'tech company', 'software company', 'start-up'],
    ngo: ['non-governmental organization', 'civil society organization', 'non-profit'],
    'international-organization': ['international organization', 'multilateral organization', 'un agency'],
    'industry-association': ['trade association', 'business association', 'chamber of commerce'],
    academia: ['university', 'research organization', 'research centre', 'research center'],
    citizens: ['citizen', 'citizen organization', 'residents', 'resident association', 'community group'],
    'urban-planner': ['urban planning', 'planner'],
    'standards-body': ['standards developing organization', 'standardization body', 'sdo', 'standards organization'],
};

type Dictionary = Map<string, string>;

function dictionary(entries: ReadonlyArray<readonly [string, readonly string[]]>): Dictionary {
    const map: Dictionary = new Map();
    for (const [id, labels] of entries)
        for (const label of [id, ...labels]) {
            const key = matchKey(label);
            if (key && !map.has(key)) map.set(key, id);
        }
    return map;
}

const GRID_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['1', ['very low', 'minimal', 'none']],
    ['2', ['low', 'l']],
    ['3', ['medium', 'moderate', 'med', 'mid', 'average', 'm']],
    ['4', ['high', 'h']],
    ['5', ['very high', 'critical', 'maximum']],
];

const DICTIONARIES: Partial<Record<RegisterField, Dictionary>> = {
    group: dictionary(
        STANDARD_GROUPS.map(
            g => [g.id, [g.label, groupLabel(g.id), ...(SUPPLEMENT_GROUP_NAMES[g.id] ?? []), ...(GROUP_SYNONYMS[g.id] ?? [])]] as const,
        ),
    ),
    scale: dictionary(
        SCALES.map(
            s => [s, [s === 'local-and-supralocal' ? 'local and supralocal' : s, s === 'local-and-supralocal' ? 'both' : s]] as const,
        ),
    ),
    sector: dictionary(
        SECTORS.map(
            s =>
                [
                    s,
                    s === 'civil'
                        ? ['civil society', 'third sector']
                        : s === 'academic'
                          ? ['academia', 'research']
                          : s === 'mixed'
                            ? ['public-private', 'public private partnership']
                            : [],
                ] as const,
        ),
    ),
    category: dictionary([
        ['active', ['active stakeholder']],
        ['beneficiary', ['beneficiaries']],
        ['affected', ['affected party']],
        ['affected supporter', ['supporter', 'affected (supporter)', 'affected - supporter']],
        ['affected opponent', ['opponent', 'affected (opponent)', 'affected - opponent']],
    ]),
    attitude: dictionary([
        ['supporter', ['support', 'positive', 'for', 'in favour', 'pro']],
        ['opponent', ['oppose', 'negative', 'against', 'con']],
    ]),
    roles: dictionary(TECHNOLOGY_ROLES.map(r => [r, [roleLabel(r), r === 'enabler-of-ssc' ? 'enabler of ssc' : r]] as const)),
    power: dictionary(GRID_WORDS),
    interest: dictionary(GRID_WORDS),
    legitimacy: dictionary(GRID_WORDS),
    urgency: dictionary(GRID_WORDS),
    engagement: dictionary(ENGAGEMENT_LEVELS.map(l => [l, [levelLabel(l)]] as const)),
    desired: dictionary(ENGAGEMENT_LEVELS.map(l => [l, [levelLabel(l)]] as const)),
    strategy: dictionary(
        STRATEGIES.map(
            s =>
                [
                    s,
                    [
                        strategyLabel(s),
                        ...(s === 'manage-closely'
                            ? ['key player', 'manage', 'engage closely']
                            : s === 'monitor'
                              ? ['minimal effort', 'minimum effort', 'monitor only']
                              : s === 'keep-informed'
                                ? ['inform']
                                : ['satisfy']),
                    ],
                ] as const,
        ),
    ),
    strategySource: dictionary([
        ['declared', []],
        ['suggested', []],
    ]),
    onion: dictionary(ONION_LAYERS.map(o => [o, [onionLabel(o), `${o} layer`, `${o} ring`]] as const)),
};

/** The outcome of matching one value. */
export type ValueMatch =
    { readonly kind: 'exact'; readonly id: string } | { readonly kind: 'approximate'; readonly id: string } | { readonly kind: 'none' };

/** Extra value mappings (`--map` values), by field and matching key of the text. */
export type ValueOverrides = Partial<Record<RegisterField, ReadonlyMap<string, string>>>;

function closest(dict: Dictionary, key: string): string | undefined {
    const limit = approximateLimit(key);
    if (limit === 0) return undefined;
    let best: string | undefined;
    let bestDistance = limit + 1;
    let tie = false;
    for (const [candidate, id] of dict) {
        const d = editDistance(key, candidate, limit);
        if (d < bestDistance) {
            best = id;
            bestDistance = d;
            tie = false;
        } else if (d === bestDistance && id !== best) {
            tie = true;
        }
    }
    return best !== undefined && !tie ? best : undefined;
}

/** Matches one value of a vocabulary field: exactly, approximately (to the single closest entry), or not at all. */
export function matchValue(field: RegisterField, text: string, overrides: ValueOverrides = {}): ValueMatch {
    const key = matchKey(text);
    const override = overrides[field]?.get(key);
    if (override !== undefined) return { kind: 'exact', id: override };
    if (key === '') return { kind: 'none' };
    if (field === 'power' || field === 'interest' || field === 'legitimacy' || field === 'urgency') return matchGridValue(text, key);
    const dict = DICTIONARIES[field];
    if (!dict) return { kind: 'none' };
    const exact = dict.get(key);
    if (exact !== undefined) return { kind: 'exact', id: exact };
    const approximate = closest(dict, key);
    return approximate !== undefined ? { kind: 'approximate', id: approximate } : { kind: 'none' };
}

/** A grid value: an integer 1..5, a word (`High`), or our own export's form `high (4)`. */
function matchGridValue(text: string, key: string): ValueMatch {
    const inParentheses = /\((\d+(?:\.0+)?)\)\s*$/.exec(text);
    const number = inParentheses ? inParentheses[1] : /^\s*\d+(?:\.0+)?\s*$/.test(text) ? text.trim() : undefined;
    if (number !== undefined) {
        const value = Math.round(Number(number));
        return value >= 1 && value <= 5 ? { kind: 'exact', id: String(value) } : { kind: 'none' };
    }
    const dict = DICTIONARIES.power!;
    const exact = dict.get(key);
    if (exact !== undefined) return { kind: 'exact', id: exact };
    const approximate = closest(dict, key);
    return approximate !== undefined ? { kind: 'approximate', id: approximate } : { kind: 'none' };
}

/** True when the id is one of the standard groups. */
export function isStandardGroup(id: string): boolean {
    return STANDARD_GROUPS.some(g => g.id === id);
}
