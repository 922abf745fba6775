/**
 * The rule catalogue: every diagnostic code the language server reports, with its default severity,
 * the clause it concerns, its basis (the Supplement's text, or a convention) and a one-line summary. Codes are the diagnostic `code`, the key
 * of severity settings, and what quick fixes and tests match on.
 */

/** Severity names as written in settings, `.sscrc.json` and `--rule CODE=SEVERITY`. */
export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint' | 'off';

/** The severities a rule can be set to, in order of strength. */
export const RULE_SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Catalogue entry of one rule. */
export interface RuleInfo {
    readonly code: string;
    readonly severity: Exclude<RuleSeverity, 'off'>;
    readonly clause: string;
    /**
     * What the rule rests on, as RULES.md's basis column: `S <clause>` = the Supplement's text says
     * this; `C` = a project convention (`C (IAP2)`, `C (from S 4.2)`); null where it has none ("—").
     */
    readonly basis: string | null;
    readonly summary: string;
}

/** Rule codes as constants, so no code is ever spelt twice. */
export const Rule = {
    /** A standard group has no stakeholder and is not excluded. */
    MissingStandardGroup: 'identification/missing-standard-group',
    /** Two named elements share an identifier. */
    DuplicateName: 'identification/duplicate-name',
    /** A reference does not resolve. */
    UnknownReference: 'identification/unknown-reference',
    /** A stakeholder has no LFA category. */
    MissingCategory: 'categorization/missing-category',
    /** `affected` without `supporter` or `opponent`. */
    AffectedWithoutAttitude: 'categorization/affected-without-attitude',
    /** No driver/enabler role. */
    MissingTechnologyRole: 'categorization/missing-technology-role',
    /** A stakeholder in no relation. */
    Isolated: 'categorization/isolated',
    /** Profile dimensions missing. */
    IncompleteProfile: 'analysis/incomplete-profile',
    /** Power or interest missing. */
    Unplaced: 'analysis/unplaced',
    /** Declared strategy differs from the quadrant's. */
    StrategyMismatch: 'analysis/strategy-mismatch',
    /** Placed but no strategy. */
    MissingStrategy: 'analysis/missing-strategy',
    /** No current engagement level. */
    MissingLevel: 'engagement/missing-level',
    /** Desired level below current. */
    Regression: 'engagement/regression',
    /** High power and unaware or resistant. */
    PowerfulResistant: 'engagement/powerful-resistant',
    /** Declared level differs from the latest assessment. */
    StaleLevel: 'engagement/stale-level',
    /** Private sector dominates high power. */
    Dominance: 'balance/dominance',
    /** No review cadence. */
    NoReview: 'process/no-review',
    /** No citizens or NGO among participants. */
    ConsultationExclusive: 'consultation/exclusive',
    /** Participants do not span local and supralocal. */
    ConsultationNarrowScale: 'consultation/narrow-scale',
    /** Information not shared before the consultation. */
    ConsultationLateInformation: 'consultation/late-information',
    /** No grievance mechanism in place in time. */
    ConsultationNoGrievance: 'consultation/no-grievance',
    /** Past consultation without feedback. */
    ConsultationNoFeedback: 'consultation/no-feedback',
    /** KPI examiner is its provider. */
    KpiJudgeAndJudged: 'kpi/judge-and-judged',
    /** KPI examiner is not a municipality. */
    KpiExaminerNotMunicipality: 'kpi/examiner-not-municipality',
    /** `unit`/`ministry` in the wrong kind of stakeholder. */
    UnitMisplaced: 'roles/unit-misplaced',
    /** Relation from a stakeholder to itself. */
    RelationSelf: 'relation/self',
    /** The same relation declared twice. */
    RelationDuplicate: 'relation/duplicate',
    /** A date that is not a real calendar date. */
    InvalidDate: 'value/invalid-date',
    /** A number outside its allowed range. */
    OutOfRange: 'value/out-of-range',
    /** A single-valued property given more than once. */
    RepeatedProperty: 'value/repeated-property',
    /** More than one programme in the workspace. */
    MultipleProgrammes: 'identification/multiple-programmes',
    /** Category `active` without the power to influence. */
    ActiveWithoutPower: 'categorization/active-without-power',
    /** The review cadence has passed without a new assessment. */
    ReviewOverdue: 'process/review-overdue',
    /** A stakeholder that no assessment names. */
    NeverAssessed: 'process/never-assessed',
    /** A desired level above the current one with no action toward it. */
    GapWithoutAction: 'plan/gap-without-action',
    /** An open action past its due date. */
    OverdueAction: 'plan/overdue-action',
    /** An action with no owner. */
    ActionWithoutOwner: 'plan/action-without-owner',
    /** Participation reached is below what the strategy needs. */
    ParticipationBelowStrategy: 'plan/participation-below-strategy',
    /** An `empower` action or consultation with nobody who holds the decision. */
    EmpowerWithoutDecision: 'plan/empower-without-decision',
} as const;

/** A rule code of the catalogue (a value of {@link Rule}). */
export type RuleCode = typeof Rule[keyof typeof Rule];

/** Code given to lexing and parsing errors (not configurable). */
export const SYNTAX_CODE = 'syntax';

/** The whole catalogue, in RULES.md order, then our additions. */
export const RULES: readonly RuleInfo[] = [
    { code: Rule.MissingStandardGroup, severity: 'warning', clause: '3.1', basis: 'S 3.1', summary: 'Each standard group of 3.1\'s non-exhaustive list has a stakeholder, or is excluded by the programme with a reason.' },
    { code: Rule.DuplicateName, severity: 'error', clause: '3.1', basis: null, summary: 'Each named element has its own identifier across the workspace.' },
    { code: Rule.UnknownReference, severity: 'error', clause: '3.1', basis: null, summary: 'Every referenced group, unit type, ministry type, stakeholder or grievance exists.' },
    { code: Rule.MissingCategory, severity: 'warning', clause: '3.2 a', basis: 'S 3.2 a', summary: 'Each stakeholder has an LFA category: active, beneficiary or affected.' },
    { code: Rule.AffectedWithoutAttitude, severity: 'info', clause: '3.2 a', basis: 'S 3.2 a', summary: 'An affected stakeholder is marked as a potential supporter or opponent.' },
    { code: Rule.MissingTechnologyRole, severity: 'info', clause: '3.2 b', basis: 'S 3.2 b', summary: 'Each stakeholder has a technology role: enabler of technology, driver of technology or enabler of the SSC.' },
    { code: Rule.Isolated, severity: 'warning', clause: '6', basis: 'C', summary: 'Each stakeholder takes part in at least one relation of the interaction map.' },
    { code: Rule.IncompleteProfile, severity: 'warning', clause: '4.1 a', basis: 'S 4.1 a', summary: 'Each stakeholder has scale (and sector), aims, challenges, potential, constraints and contributions.' },
    { code: Rule.Unplaced, severity: 'warning', clause: '4.2', basis: 'S 4.2', summary: 'Each stakeholder has power and interest, so it can be placed on the grid.' },
    { code: Rule.StrategyMismatch, severity: 'warning', clause: '4.2', basis: 'C', summary: 'A declared strategy matches the stakeholder\'s power/interest quadrant.' },
    { code: Rule.MissingStrategy, severity: 'info', clause: '4.2', basis: 'C', summary: 'A stakeholder placed on the grid has an engagement strategy.' },
    { code: Rule.MissingLevel, severity: 'warning', clause: '4.2', basis: 'S 4.2', summary: 'Each stakeholder has a current engagement level.' },
    { code: Rule.Regression, severity: 'info', clause: '4.2', basis: 'C', summary: 'A desired engagement level below the current one is confirmed as intended.' },
    { code: Rule.PowerfulResistant, severity: 'warning', clause: '4.2', basis: 'C', summary: 'A high-power stakeholder that is unaware or resistant has a recorded plan: a strategy, a higher desired level and, once the workspace has actions, an open action with it.' },
    { code: Rule.StaleLevel, severity: 'warning', clause: '4.2', basis: 'S 4.2', summary: 'The declared current level agrees with the latest assessment.' },
    { code: Rule.Dominance, severity: 'warning', clause: '4.2', basis: 'C (from S 4.2)', summary: 'High power is not concentrated in the private sector while citizens and NGOs have little.' },
    { code: Rule.NoReview, severity: 'info', clause: '4.2', basis: 'S 4.2', summary: 'The programme states how often the stakeholder analysis is reviewed.' },
    { code: Rule.ConsultationExclusive, severity: 'warning', clause: '4.2', basis: 'S 4.2', summary: 'A consultation includes citizens or an NGO.' },
    { code: Rule.ConsultationNarrowScale, severity: 'warning', clause: '4.2', basis: 'S 4.2 (principle 1)', summary: 'The consultation process as a whole reaches both local and supralocal stakeholders.' },
    { code: Rule.ConsultationLateInformation, severity: 'warning', clause: '4.2', basis: 'S 4.2 (principle 2)', summary: 'Information is shared with participants before the consultation.' },
    { code: Rule.ConsultationNoGrievance, severity: 'error', clause: '4.2', basis: 'S 4.2 (principle 4)', summary: 'A grievance mechanism exists before the consultation takes place.' },
    { code: Rule.ConsultationNoFeedback, severity: 'warning', clause: '4.2.1', basis: 'S 4.2.1 (value 6)', summary: 'After a consultation, participants are told how their input was used.' },
    { code: Rule.KpiJudgeAndJudged, severity: 'error', clause: '5.1', basis: 'S 5.1', summary: 'A KPI is not examined by the stakeholder that provides it, nor by a unit of it.' },
    { code: Rule.KpiExaminerNotMunicipality, severity: 'warning', clause: '5.1', basis: 'S 5.1', summary: 'The KPI of a service provider (city services, utility, ICT or private company) is examined by a municipality or one of its units.' },
    { code: Rule.UnitMisplaced, severity: 'error', clause: 'Tables 2, 3', basis: 'S Tables 2, 3', summary: 'Units belong to municipality stakeholders and ministries to government stakeholders.' },
    { code: Rule.RelationSelf, severity: 'warning', clause: '4.1 a', basis: null, summary: 'A relation connects two different stakeholders.' },
    { code: Rule.RelationDuplicate, severity: 'info', clause: '4.1 a', basis: null, summary: 'The same relation is not declared twice.' },
    { code: Rule.InvalidDate, severity: 'error', clause: '—', basis: null, summary: 'A date is a real calendar date (YYYY-MM-DD).' },
    { code: Rule.OutOfRange, severity: 'error', clause: '—', basis: null, summary: 'Grid values lie on the language\'s 1..5 scale; a review cadence is at least one month.' },
    { code: Rule.RepeatedProperty, severity: 'warning', clause: '—', basis: null, summary: 'A single-valued property is given once; a repeated one overrides the earlier value.' },
    { code: Rule.MultipleProgrammes, severity: 'error', clause: '—', basis: null, summary: 'A workspace has at most one programme.' },
    { code: Rule.ActiveWithoutPower, severity: 'info', clause: '3.2 a', basis: 'S 3.2 a', summary: 'A stakeholder categorized as active has the power to influence the programme (power not below 3).' },
    { code: Rule.ReviewOverdue, severity: 'warning', clause: '4.2', basis: 'S 4.2', summary: 'With a review cadence, the latest assessment is not older than the cadence allows.' },
    { code: Rule.NeverAssessed, severity: 'info', clause: '4.2', basis: 'S 4.2', summary: 'With a review cadence, every stakeholder is named by at least one assessment.' },
    { code: Rule.GapWithoutAction, severity: 'info', clause: '4.2', basis: 'C', summary: 'A desired level above the current one has an open or done action with the stakeholder.' },
    { code: Rule.OverdueAction, severity: 'warning', clause: '4.2', basis: 'C', summary: 'No open action is past its due date.' },
    { code: Rule.ActionWithoutOwner, severity: 'warning', clause: '4.2', basis: 'C', summary: 'Every action has an owner.' },
    { code: Rule.ParticipationBelowStrategy, severity: 'info', clause: '4.2', basis: 'C (IAP2)', summary: 'The IAP2 level a stakeholder has reached is at least the one its strategy needs.' },
    { code: Rule.EmpowerWithoutDecision, severity: 'info', clause: '4.2', basis: 'C (IAP2)', summary: 'An action or consultation at level empower includes a stakeholder with high power.' },
];

const BY_CODE = new Map(RULES.map(r => [r.code, r]));

/** The catalogue entry for a code, if it is one of ours. */
export function ruleInfo(code: string): RuleInfo | undefined {
    return BY_CODE.get(code);
}

/** True when the text is a severity name. */
export function isRuleSeverity(text: string): text is RuleSeverity {
    return (RULE_SEVERITIES as readonly string[]).includes(text);
}
