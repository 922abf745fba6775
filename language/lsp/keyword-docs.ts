import type { TermNote } from '../model/vocabulary.js';

/**
 * One line on every keyword of the language that is not a vocabulary value: what the property or
 * element records. Used for completion details and keyword hovers. Our own words; the clause is
 * where the Supplement discusses the subject, empty for plain bookkeeping.
 */
/** The numbers behind low, medium and high are this language's, not the Supplement's. */
const SCALE_CONVENTION = 'the 1..5 scale of this language';

export const KEYWORD_NOTES: Readonly<Record<string, TermNote>> = {
    programme: {
        clause: '6',
        description: 'The smart-city programme the analysis is for: its city, reference date, review cadence and deliberate gaps.',
    },
    city: { clause: '', description: 'The city the programme runs in, as shown in the report heading.' },
    'as-of': { clause: '', description: 'The date the model describes; date rules compare against it (today when not given).' },
    review: { clause: '4.2', description: 'How often the stakeholder analysis is reviewed and updated (`review every N months`).' },
    every: { clause: '4.2', description: 'Part of `review every N months`: the review cadence.' },
    months: { clause: '4.2', description: 'Part of `review every N months`: the cadence in calendar months.' },
    month: { clause: '4.2', description: 'Part of `review every 1 month`: the cadence in calendar months.' },
    excludes: { clause: '3.1', description: 'A standard group deliberately left out of this programme, with the reason.' },
    stakeholder: {
        clause: '3.1',
        description: 'A party that shapes or feels the programme, in one of the standard groups or a group of your own.',
    },
    scale: { clause: '4.1 a', description: 'Where the stakeholder operates: local, supralocal, or both.' },
    sector: { clause: '4.1 a', description: 'The sector the stakeholder belongs to: public, private, civil, academic or mixed.' },
    category: {
        clause: '3.2 a',
        description: 'Its part in the programme: active, beneficiary, or affected (as a supporter or an opponent).',
    },
    roles: {
        clause: '3.2 b',
        description: 'Its role towards technology: enabler of technology, driver of technology, enabler of the SSC.',
    },
    power: {
        clause: '4.2',
        description: 'Power over the programme, for the grid: low (2), medium (3, on the dividing line), high (4), or 1..5.',
    },
    interest: {
        clause: '4.2',
        description: "Interest in the programme's outcomes, for the grid: low (2), medium (3, on the dividing line), high (4), or 1..5.",
    },
    engagement: { clause: '4.2', description: 'Engagement level today, and after `->` the level the programme wants to reach.' },
    strategy: { clause: 'Figure 4', description: 'How the programme team engages the stakeholder; the grid quadrant suggests one.' },
    onion: { clause: '4.1 b', description: 'How closely the stakeholder is involved: core, direct, indirect or wider ring.' },
    aims: { clause: '4.1 a', description: 'What the stakeholder wants from the programme (one or more texts).' },
    challenges: { clause: '4.1 a', description: 'Problems, unmet needs or concerns the stakeholder has (one or more texts).' },
    potential: {
        clause: '4.1 a',
        description: 'Resources, knowledge, experience and know-how the stakeholder brings (one or more texts).',
    },
    constraints: {
        clause: '4.1 a',
        description: "What limits the stakeholder's part: coordination, expertise, money… (one or more texts).",
    },
    contributions: {
        clause: '4.1 a',
        description: "The stakeholder's role towards the programme's goals and what it contributes (one or more texts).",
    },
    unit: { clause: 'Table 2', description: 'A department of a municipality stakeholder, of one of the Table 2 types.' },
    ministry: { clause: 'Table 3', description: 'A ministry of a government stakeholder, of one of the Table 3 types.' },
    group: {
        clause: '3.1',
        description: 'A stakeholder group of your own, beside the twelve standard groups (it counts for none of them).',
    },
    'unit-type': { clause: 'Table 2', description: 'A municipal unit type of your own, beside the Table 2 types.' },
    'ministry-type': { clause: 'Table 3', description: 'A ministry type of your own, beside the Table 3 types.' },
    clause: { clause: '', description: 'The clause a group or type comes from, for its documentation.' },
    description: { clause: '', description: 'What a group or type stands for, shown in hovers and completion.' },
    relation: { clause: '4.1 a', description: 'How two stakeholders relate, for the interaction map: `relation A -> B : kind "label"`.' },
    kpi: {
        clause: '5.1',
        description: 'A key performance indicator of a service, with the stakeholder that provides it and the one that examines it.',
    },
    provider: { clause: '5.1', description: 'The stakeholder whose service the KPI measures.' },
    examiner: { clause: '5.1', description: 'The stakeholder that evaluates the KPI; the Supplement gives this to the municipality.' },
    target: { clause: '5.1', description: 'The value the KPI should reach, and by when.' },
    grievance: { clause: '4.2', description: 'A mechanism for grievances and conflict resolution; it must exist before a consultation.' },
    established: { clause: '4.2', description: 'The date the grievance mechanism was put in place.' },
    consultation: {
        clause: '4.2',
        description: 'A consultation of stakeholders: when, who, what they were told beforehand, where to complain, what came of it.',
    },
    date: { clause: '4.2', description: 'The day the consultation takes (or took) place.' },
    participants: { clause: '4.2', description: 'The stakeholders (or their units and ministries) who take part in the consultation.' },
    'information-shared': {
        clause: '4.2',
        description: 'The day the participants received the information, which must come before the consultation.',
    },
    feedback: { clause: '4.2.1', description: 'How the participants were told what their input changed (core value 6).' },
    assessment: { clause: '4.2', description: 'A dated measurement of the engagement levels, so progress can be followed over time.' },
    on: { clause: '4.2', description: 'Part of `assessment "label" on DATE`: the day the levels were assessed.' },
    // The process forms (LANGUAGE.md "The process over time"); their completion and hover belong to the
    // process views, these lines only make sure no keyword goes without a description.
    action: {
        clause: '4.2',
        description: 'A planned engagement step: with whom, who owns it, at what participation level, by when, and its status.',
    },
    with: { clause: '4.2', description: 'The stakeholders, units or ministries an action engages.' },
    owner: { clause: '4.2', description: 'Who is responsible for the action: a stakeholder, unit or ministry.' },
    level: {
        clause: '4.2',
        description: 'The participation level (IAP2 spectrum) an action or consultation engages at.',
        convention: 'the IAP2 spectrum',
    },
    toward: { clause: '4.2', description: 'The engagement level the action works toward.' },
    channel: { clause: '4.2', description: 'How the action reaches the stakeholders (free text).' },
    due: { clause: '4.2', description: 'The date the action should be done by; an open action past it is overdue.' },
    status: { clause: '4.2', description: 'Where the action stands: open, done (with the date) or dropped (with the reason).' },
    open: { clause: '4.2', description: 'The action is planned or under way.' },
    done: { clause: '4.2', description: 'The action is done; the date it was done may follow.' },
    dropped: { clause: '4.2', description: 'The action was given up; the reason may follow.' },
    inform: { clause: '4.2', description: 'IAP2 level 1: give balanced information.', convention: 'the IAP2 spectrum' },
    consult: { clause: '4.2', description: 'IAP2 level 2: ask for feedback on options or decisions.', convention: 'the IAP2 spectrum' },
    involve: {
        clause: '4.2',
        description: 'IAP2 level 3: work with them so their concerns shape the options.',
        convention: 'the IAP2 spectrum',
    },
    collaborate: {
        clause: '4.2',
        description: 'IAP2 level 4: partner with them in each part of the decision.',
        convention: 'the IAP2 spectrum',
    },
    empower: { clause: '4.2', description: 'IAP2 level 5: the final decision is in their hands.', convention: 'the IAP2 spectrum' },
    legitimacy: {
        clause: '4.2',
        description: "How legitimate the stakeholder's claim is (1..5 or low, medium, high), for its salience class.",
        convention: 'the salience model of Mitchell, Agle and Wood',
    },
    urgency: {
        clause: '4.2',
        description: "How pressing the stakeholder's claim is (1..5 or low, medium, high), for its salience class.",
        convention: 'the salience model of Mitchell, Agle and Wood',
    },
    low: { clause: 'Figure 4', description: 'Low half of the grid; the number 2 on the 1..5 scale.', convention: SCALE_CONVENTION },
    medium: {
        clause: 'Figure 4',
        description: 'Exactly 3: on the dividing line of the grid, between two quadrants.',
        convention: SCALE_CONVENTION,
    },
    high: { clause: 'Figure 4', description: 'High half of the grid; the number 4 on the 1..5 scale.', convention: SCALE_CONVENTION },
    local: { clause: '4.1 a', description: 'Operates at the scale of the city.' },
    supralocal: { clause: '4.1 a', description: 'Operates above the city: region, nation or beyond.' },
    'local-and-supralocal': { clause: '4.1 a', description: 'Operates both in the city and above it.' },
    public: { clause: '4.1 a', description: 'Public sector: administrations and public bodies.' },
    private: { clause: '4.1 a', description: 'Private sector: companies.' },
    civil: { clause: '4.1 a', description: "Civil society: associations, NGOs, citizens' organizations." },
    academic: { clause: '4.1 a', description: 'Universities and research organizations.' },
    mixed: { clause: '4.1 a', description: 'Mixed ownership or several sectors at once.' },
};

/** What each relation kind records; the kinds themselves are our convention. */
export const RELATION_KIND_NOTES: Readonly<Record<string, TermNote>> = Object.fromEntries(
    (
        [
            ['funds', 'Gives money to the other: grants, budget, investment.'],
            ['regulates', 'Sets rules, permits or policies the other must follow.'],
            ['contracts', 'Has the other deliver a service or work under a contract or concession.'],
            ['supplies', 'Provides the other with technology, products or infrastructure.'],
            ['informs', 'Keeps the other informed about the programme.'],
            ['consults', 'Asks the other for views or input before deciding.'],
            ['collaborates', 'Works with the other on shared activities (usually mutual, `<->`).'],
            ['provides-data', 'Hands data or reports to the other.'],
            ['represents', 'Speaks for the other, or for its members, in the programme.'],
            ['evaluates', "Assesses the other's performance, for example through KPIs."],
            ['advises', 'Gives the other expert advice.'],
            ['standardizes', 'Sets standards, terminology or measurement methods the other uses.'],
        ] as const
    ).map(([kind, description]) => [kind, { clause: '4.1 a', description, convention: 'the relation kinds of this language' }]),
);

/** What the arrows of a relation (and of `engagement`) mean. */
export const ARROW_NOTES: Readonly<Record<string, { relation: string; engagement?: string }>> = {
    '->': { relation: 'Directed relation: from the first stakeholder to the second.', engagement: 'Then the desired engagement level.' },
    '<->': { relation: 'Mutual relation: both stakeholders act towards each other.' },
};

/** The grid values offered after `power` or `interest`, in order, with their numbers. */
export const GRID_VALUE_ITEMS: ReadonlyArray<{ label: string; number: number; description: string }> = [
    { label: '1', number: 1, description: 'Lowest: far into the low half of the grid.' },
    { label: 'low', number: 2, description: 'Low half of the grid (2).' },
    { label: 'medium', number: 3, description: 'On the dividing line (3): the stakeholder sits between two quadrants.' },
    { label: 'high', number: 4, description: 'High half of the grid (4).' },
    { label: '5', number: 5, description: 'Highest: far into the high half of the grid.' },
];
