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
    /** What the rule checks, in one sentence (the rule reference's "What it checks"). */
    readonly summary: string;
    /** How to fix a finding, in one or two sentences (the rule reference's "How to fix"). */
    readonly fix: string;
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
export type RuleCode = (typeof Rule)[keyof typeof Rule];

/** Code given to lexing and parsing errors (not configurable). */
export const SYNTAX_CODE = 'syntax';

/** The whole catalogue, in RULES.md order, then our additions. */
export const RULES: readonly RuleInfo[] = [
    {
        code: Rule.MissingStandardGroup,
        severity: 'warning',
        clause: '3.1',
        basis: 'S 3.1',
        summary: "Each standard group of 3.1's non-exhaustive list has a stakeholder, or is excluded by the programme with a reason.",
        fix: 'Add a stakeholder of each missing group, or list the group under `excludes` in the programme with the reason it does not apply to this city (quick fix: both).',
    },
    {
        code: Rule.DuplicateName,
        severity: 'error',
        clause: '3.1',
        basis: null,
        summary: 'Each named element has its own identifier across the workspace.',
        fix: 'Rename one of the two declarations; references follow the rename when it is done with Rename Symbol (F2).',
    },
    {
        code: Rule.UnknownReference,
        severity: 'error',
        clause: '3.1',
        basis: null,
        summary: 'Every referenced group, unit type, ministry type, stakeholder or grievance exists.',
        fix: 'Correct the spelling (the quick fix offers the closest declared names) or declare the missing element.',
    },
    {
        code: Rule.MissingCategory,
        severity: 'warning',
        clause: '3.2 a',
        basis: 'S 3.2 a',
        summary: 'Each stakeholder has an LFA category: active, beneficiary or affected.',
        fix: 'Add `category active`, `category beneficiary`, `category affected supporter` or `category affected opponent`.',
    },
    {
        code: Rule.AffectedWithoutAttitude,
        severity: 'info',
        clause: '3.2 a',
        basis: 'S 3.2 a',
        summary: 'An affected stakeholder is marked as a potential supporter or opponent.',
        fix: 'Write `affected supporter` or `affected opponent`, whichever the stakeholder is expected to be (quick fix: both).',
    },
    {
        code: Rule.MissingTechnologyRole,
        severity: 'info',
        clause: '3.2 b',
        basis: 'S 3.2 b',
        summary: 'Each stakeholder has a technology role: enabler of technology, driver of technology or enabler of the SSC.',
        fix: 'Add `roles` with `enabler-of-technology`, `driver-of-technology` or `enabler-of-ssc` (several may be listed).',
    },
    {
        code: Rule.Isolated,
        severity: 'warning',
        clause: '6',
        basis: 'C',
        summary: 'Each stakeholder takes part in at least one relation of the interaction map.',
        fix: 'Add a `relation` with the stakeholder (or one of its units or ministries) at one end.',
    },
    {
        code: Rule.IncompleteProfile,
        severity: 'warning',
        clause: '4.1 a',
        basis: 'S 4.1 a',
        summary: 'Each stakeholder has scale (and sector), aims, challenges, potential, constraints and contributions.',
        fix: 'Fill in the dimensions the message lists (quick fix: insert them with placeholder text to replace).',
    },
    {
        code: Rule.Unplaced,
        severity: 'warning',
        clause: '4.2',
        basis: 'S 4.2',
        summary: 'Each stakeholder has power and interest, so it can be placed on the grid.',
        fix: 'Give `power` and `interest`, each `low`, `medium`, `high` or a number 1..5.',
    },
    {
        code: Rule.StrategyMismatch,
        severity: 'warning',
        clause: '4.2',
        basis: 'C',
        summary: "A declared strategy matches the stakeholder's power/interest quadrant.",
        fix: "Use the quadrant's strategy (quick fix), or revise power and interest if they are out of date.",
    },
    {
        code: Rule.MissingStrategy,
        severity: 'info',
        clause: '4.2',
        basis: 'C',
        summary: 'A stakeholder placed on the grid has an engagement strategy.',
        fix: "Add `strategy` with the quadrant's strategy; on a dividing line choose one of the candidates the message names (one quick fix each).",
    },
    {
        code: Rule.MissingLevel,
        severity: 'warning',
        clause: '4.2',
        basis: 'S 4.2',
        summary: 'Each stakeholder has a current engagement level.',
        fix: 'Add `engagement CURRENT -> DESIRED`, e.g. `engagement neutral -> supportive`.',
    },
    {
        code: Rule.Regression,
        severity: 'info',
        clause: '4.2',
        basis: 'C',
        summary: 'A desired engagement level below the current one is confirmed as intended.',
        fix: 'If a lower desired level is intended, keep it; otherwise raise the desired level to at least the current one.',
    },
    {
        code: Rule.PowerfulResistant,
        severity: 'warning',
        clause: '4.2',
        basis: 'C',
        summary:
            'A high-power stakeholder that is unaware or resistant has a recorded plan: a strategy, a higher desired level and, once the workspace has actions, an open action with it.',
        fix: 'Record the plan: a `strategy`, a desired level above the current one, and (when the workspace has actions) an open `action` with the stakeholder.',
    },
    {
        code: Rule.StaleLevel,
        severity: 'warning',
        clause: '4.2',
        basis: 'S 4.2',
        summary: 'The declared current level agrees with the latest assessment.',
        fix: "Update the declared current level to the latest assessment's, or record a newer assessment.",
    },
    {
        code: Rule.Dominance,
        severity: 'warning',
        clause: '4.2',
        basis: 'C (from S 4.2)',
        summary: 'High power is not concentrated in the private sector while citizens and NGOs have little.',
        fix: 'Check the power values of the private stakeholders, and consider giving citizens and NGOs a stronger voice (and recording it).',
    },
    {
        code: Rule.NoReview,
        severity: 'info',
        clause: '4.2',
        basis: 'S 4.2',
        summary: 'The programme states how often the stakeholder analysis is reviewed.',
        fix: 'Add `review every N months` to the programme.',
    },
    {
        code: Rule.ConsultationExclusive,
        severity: 'warning',
        clause: '4.2',
        basis: 'S 4.2',
        summary: 'A consultation includes citizens or an NGO.',
        fix: "Add a `citizens` or `ngo` stakeholder (or one of its units) to the consultation's `participants`.",
    },
    {
        code: Rule.ConsultationNarrowScale,
        severity: 'warning',
        clause: '4.2',
        basis: 'S 4.2 (principle 1)',
        summary: 'The consultation process as a whole reaches both local and supralocal stakeholders.',
        fix: 'Include local and supralocal participants across the consultations (`local-and-supralocal` counts as both).',
    },
    {
        code: Rule.ConsultationLateInformation,
        severity: 'warning',
        clause: '4.2',
        basis: 'S 4.2 (principle 2)',
        summary: 'Information is shared with participants before the consultation.',
        fix: "Add `information-shared` with a date before the consultation's `date`.",
    },
    {
        code: Rule.ConsultationNoGrievance,
        severity: 'error',
        clause: '4.2',
        basis: 'S 4.2 (principle 4)',
        summary: 'A grievance mechanism exists before the consultation takes place.',
        fix: 'Declare a `grievance` mechanism with an `established` date before the consultation, and name it in the consultation.',
    },
    {
        code: Rule.ConsultationNoFeedback,
        severity: 'warning',
        clause: '4.2.1',
        basis: 'S 4.2.1 (value 6)',
        summary: 'After a consultation, participants are told how their input was used.',
        fix: 'Add `feedback` saying how participants were told what became of their input.',
    },
    {
        code: Rule.KpiJudgeAndJudged,
        severity: 'error',
        clause: '5.1',
        basis: 'S 5.1',
        summary: 'A KPI is not examined by the stakeholder that provides it, nor by a unit of it.',
        fix: 'Name an `examiner` other than the provider and its units, usually the municipality.',
    },
    {
        code: Rule.KpiExaminerNotMunicipality,
        severity: 'warning',
        clause: '5.1',
        basis: 'S 5.1',
        summary:
            'The KPI of a service provider (city services, utility, ICT or private company) is examined by a municipality or one of its units.',
        fix: "Make a municipality stakeholder, or one of its units, the KPI's `examiner`.",
    },
    {
        code: Rule.UnitMisplaced,
        severity: 'error',
        clause: 'Tables 2, 3',
        basis: 'S Tables 2, 3',
        summary: 'Units belong to municipality stakeholders and ministries to government stakeholders.',
        fix: "Move the `unit` into a `municipality` stakeholder, or the `ministry` into a `government` stakeholder, or change the stakeholder's group.",
    },
    {
        code: Rule.RelationSelf,
        severity: 'warning',
        clause: '4.1 a',
        basis: null,
        summary: 'A relation connects two different stakeholders.',
        fix: 'Point the relation at another stakeholder, or remove it.',
    },
    {
        code: Rule.RelationDuplicate,
        severity: 'info',
        clause: '4.1 a',
        basis: null,
        summary: 'The same relation is not declared twice.',
        fix: 'Remove one of the two declarations (keep the one with the label you want).',
    },
    {
        code: Rule.InvalidDate,
        severity: 'error',
        clause: '—',
        basis: null,
        summary: 'A date is a real calendar date (YYYY-MM-DD).',
        fix: 'Write a real day as YYYY-MM-DD, e.g. `2026-02-28`.',
    },
    {
        code: Rule.OutOfRange,
        severity: 'error',
        clause: '—',
        basis: null,
        summary: "Grid values lie on the language's 1..5 scale; a review cadence is at least one month.",
        fix: 'Use a number from 1 to 5 (or `low`, `medium`, `high`); a review cadence needs at least 1 month.',
    },
    {
        code: Rule.RepeatedProperty,
        severity: 'warning',
        clause: '—',
        basis: null,
        summary: 'A single-valued property is given once; a repeated one overrides the earlier value.',
        fix: 'Remove the earlier occurrences; only the last one counts.',
    },
    {
        code: Rule.MultipleProgrammes,
        severity: 'error',
        clause: '—',
        basis: null,
        summary: 'A workspace has at most one programme.',
        fix: 'Keep one `programme` per workspace; move the other city into its own folder (workspace).',
    },
    {
        code: Rule.ActiveWithoutPower,
        severity: 'info',
        clause: '3.2 a',
        basis: 'S 3.2 a',
        summary: 'A stakeholder categorized as active has the power to influence the programme (power not below 3).',
        fix: 'Raise `power` if the stakeholder can influence the programme, or change its category to `beneficiary` or `affected`.',
    },
    {
        code: Rule.ReviewOverdue,
        severity: 'warning',
        clause: '4.2',
        basis: 'S 4.2',
        summary: 'With a review cadence, the latest assessment is not older than the cadence allows.',
        fix: 'Record an `assessment` dated within the cadence, or change the cadence if it no longer fits.',
    },
    {
        code: Rule.NeverAssessed,
        severity: 'info',
        clause: '4.2',
        basis: 'S 4.2',
        summary: 'With a review cadence, every stakeholder is named by at least one assessment.',
        fix: 'Name the stakeholder with its level in the next `assessment`.',
    },
    {
        code: Rule.GapWithoutAction,
        severity: 'info',
        clause: '4.2',
        basis: 'C',
        summary: 'A desired level above the current one has an open or done action with the stakeholder.',
        fix: 'Add an `action` `with` the stakeholder that works toward the desired level.',
    },
    {
        code: Rule.OverdueAction,
        severity: 'warning',
        clause: '4.2',
        basis: 'C',
        summary: 'No open action is past its due date.',
        fix: 'Mark the action `status done DATE` or `status dropped "reason"`, or move its `due` date.',
    },
    {
        code: Rule.ActionWithoutOwner,
        severity: 'warning',
        clause: '4.2',
        basis: 'C',
        summary: 'Every action has an owner.',
        fix: 'Add `owner` with the stakeholder, unit or ministry responsible.',
    },
    {
        code: Rule.ParticipationBelowStrategy,
        severity: 'info',
        clause: '4.2',
        basis: 'C (IAP2)',
        summary: 'The IAP2 level a stakeholder has reached is at least the one its strategy needs.',
        fix: 'Involve the stakeholder at the needed IAP2 level in a consultation or action, or revise the strategy.',
    },
    {
        code: Rule.EmpowerWithoutDecision,
        severity: 'info',
        clause: '4.2',
        basis: 'C (IAP2)',
        summary: 'An action or consultation at level empower includes a stakeholder with high power.',
        fix: 'Include a high-power stakeholder that can hand over the decision, or lower the level to `collaborate`.',
    },
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
