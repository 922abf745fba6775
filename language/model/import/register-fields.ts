/**
 * The fields of a stakeholder register and the column headers that name them: the language's own
 * keywords and the headers people usually give their registers.
 */
import { matchKey } from './normalise.js';

/** A field of a stakeholder that a register column can fill. */
export type RegisterField =
    | 'id'
    | 'name'
    | 'group'
    | 'scale'
    | 'sector'
    | 'category'
    | 'attitude'
    | 'roles'
    | 'power'
    | 'interest'
    | 'legitimacy'
    | 'urgency'
    | 'engagement'
    | 'desired'
    | 'strategy'
    | 'strategySource'
    | 'onion'
    | 'aims'
    | 'challenges'
    | 'potential'
    | 'constraints'
    | 'contributions';

/** Every field, in the order a stakeholder block lists them. */
export const REGISTER_FIELDS: readonly RegisterField[] = [
    'id',
    'name',
    'group',
    'scale',
    'sector',
    'category',
    'attitude',
    'roles',
    'power',
    'interest',
    'legitimacy',
    'urgency',
    'engagement',
    'desired',
    'strategy',
    'strategySource',
    'onion',
    'aims',
    'challenges',
    'potential',
    'constraints',
    'contributions',
];

const HEADERS: Record<RegisterField, readonly string[]> = {
    id: ['id', 'identifier', 'stakeholder id', 'key', 'code', 'ref'],
    name: ['name', 'stakeholder', 'stakeholder name', 'organisation', 'organization', 'entity', 'party'],
    group: ['group', 'type', 'stakeholder group', 'stakeholder type', 'kind', 'stakeholder category group'],
    scale: ['scale', 'geographic scale', 'level of action'],
    sector: ['sector'],
    category: ['category', 'categories', 'lfa category', 'stakeholder category'],
    attitude: ['attitude', 'stance', 'position on the programme'],
    roles: ['roles', 'role', 'technology role', 'technology roles'],
    power: ['power', 'influence', 'power influence', 'influence power', 'power level', 'influence level'],
    interest: ['interest', 'interest level'],
    legitimacy: ['legitimacy'],
    urgency: ['urgency'],
    engagement: ['engagement', 'current engagement', 'current level', 'current engagement level', 'engagement level', 'current'],
    desired: ['desired engagement', 'desired level', 'target level', 'desired engagement level', 'target engagement', 'desired', 'target'],
    strategy: ['strategy', 'engagement strategy', 'management strategy', 'approach'],
    strategySource: ['strategy source'],
    onion: ['onion', 'onion layer', 'layer'],
    aims: ['aims', 'aim', 'goals', 'objectives'],
    challenges: ['challenges', 'challenge', 'concerns', 'issues'],
    potential: ['potential', 'potentials', 'resources'],
    constraints: ['constraints', 'constraint', 'limitations'],
    contributions: ['contributions', 'contribution', 'role contribution', 'role contribution to ssc rollout'],
};

const BY_KEY: ReadonlyMap<string, RegisterField> = new Map(
    REGISTER_FIELDS.flatMap(field => HEADERS[field].map(header => [matchKey(header), field] as const)),
);

/** The field a header names, if it is one of the recognised spellings. */
export function fieldOfHeader(header: string): RegisterField | undefined {
    return BY_KEY.get(matchKey(header));
}

/** True for a field name as `--map` may give it (`power`, `desired`, …; `current` stands for `engagement`). */
export function parseFieldName(text: string): RegisterField | undefined {
    if (text === 'current') return 'engagement';
    return (REGISTER_FIELDS as readonly string[]).includes(text) ? (text as RegisterField) : fieldOfHeader(text);
}

/** Fields whose cells hold free text (one or more strings), not vocabulary values. */
export const TEXT_FIELDS: ReadonlySet<RegisterField> = new Set([
    'id',
    'name',
    'aims',
    'challenges',
    'potential',
    'constraints',
    'contributions',
]);

const COMPUTED = new Set(
    [
        'grid position',
        'quadrant',
        'gap',
        'engagement gap',
        'levels to gain',
        'suggested strategy',
        'participation reached (IAP2)',
        'participation needed',
        'participation shortfall',
    ].map(matchKey),
);

/** True for a column the analysis computes (our own exports hold them): neither imported nor kept. */
export function isComputedHeader(header: string): boolean {
    return COMPUTED.has(matchKey(header));
}
