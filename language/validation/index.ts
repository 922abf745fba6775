import { isOperationCancelled, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { SscAstType } from '../generated/ast.js';
import type { SscServices } from '../ssc-module.js';
import { Rule, type RuleCode } from './rule-codes.js';
import { AnalysisChecks } from './analysis-checks.js';
import { CategorizationChecks } from './categorization-checks.js';
import { ConsultationChecks } from './consultation-checks.js';
import { EngagementChecks } from './engagement-checks.js';
import { IdentificationChecks } from './identification-checks.js';
import { PlanChecks } from './plan-checks.js';
import { ProcessChecks } from './process-checks.js';
import { RelationChecks } from './relation-checks.js';
import { RoleChecks } from './role-checks.js';
import { ValueChecks } from './value-checks.js';
import { WorkspaceChecks } from './workspace-checks.js';

type Check<T> = (node: T, accept: ValidationAcceptor) => void | Promise<void>;

/**
 * The one guard policy for checks: an exception in a check is logged under the rule code(s) it
 * reports and skipped, so one broken rule never hides the findings of the others, and the user sees
 * no internal error as a diagnostic. Every check is registered through it (the registry adds no
 * wrapper of its own, see SscValidationRegistry).
 */
export function safe<T>(codes: RuleCode | readonly RuleCode[], check: Check<T>): Check<T> {
    const label = typeof codes === 'string' ? codes : codes.join(', ');
    const skip = (error: unknown): void => {
        if (isOperationCancelled(error)) throw error;
        console.error(
            `ssc: rule check '${label}' failed and was skipped:`,
            error instanceof Error ? (error.stack ?? error.message) : error,
        );
    };
    // Synchronous checks stay synchronous: a promise per check and node is measurable on big models.
    const guarded: Check<T> = (node, accept) => {
        try {
            const result = check(node, accept);
            if (result) return result.catch(skip);
        } catch (error) {
            skip(error);
        }
        return undefined;
    };
    GUARDED.add(guarded);
    return guarded;
}

// Functions made by safe(); a test checks that every registered check is one of them.
const GUARDED = new WeakSet<object>();

/** True when the check was made by {@link safe}. */
export function isGuarded(check: object): boolean {
    return GUARDED.has(check);
}

/** Registers every rule group's checks with Langium's validation registry. */
export function registerValidationChecks(services: SscServices): void {
    const registry = services.validation.ValidationRegistry;
    const identification = new IdentificationChecks(services);
    const values = new ValueChecks();
    const categorization = new CategorizationChecks(services);
    const analysis = new AnalysisChecks();
    const engagement = new EngagementChecks(services);
    const consultations = new ConsultationChecks(services);
    const roles = new RoleChecks(services);
    const relations = new RelationChecks(services);
    const workspace = new WorkspaceChecks(services);
    const plan = new PlanChecks(services);
    const process = new ProcessChecks(services);
    const checks: ValidationChecks<SscAstType> = {
        Model: [safe([Rule.MissingStandardGroup, Rule.Dominance, Rule.NoReview], (n, a) => workspace.checkWholeModel(n, a))],
        Element: [safe(Rule.DuplicateName, (n, a) => identification.checkDuplicateName(n, a))],
        Programme: [
            safe(Rule.MultipleProgrammes, (n, a) => identification.checkSingleProgramme(n, a)),
            safe(Rule.InvalidDate, (n, a) => values.checkDates(n, a)),
            safe(Rule.RepeatedProperty, (n, a) => values.checkRepeated(n, a)),
            safe(Rule.ReviewOverdue, (n, a) => process.checkReviewOverdue(n, a)),
        ],
        Stakeholder: [
            safe(Rule.DuplicateName, (n, a) => identification.checkDuplicateUnits(n, a)),
            safe(Rule.RepeatedProperty, (n, a) => values.checkRepeated(n, a)),
            safe(Rule.MissingCategory, (n, a) => categorization.checkCategory(n, a)),
            safe(Rule.AffectedWithoutAttitude, (n, a) => categorization.checkAttitude(n, a)),
            safe(Rule.ActiveWithoutPower, (n, a) => categorization.checkActivePower(n, a)),
            safe(Rule.MissingTechnologyRole, (n, a) => categorization.checkTechnologyRole(n, a)),
            safe(Rule.Isolated, (n, a) => categorization.checkIsolated(n, a)),
            safe(Rule.IncompleteProfile, (n, a) => analysis.checkProfile(n, a)),
            safe(Rule.Unplaced, (n, a) => analysis.checkPlaced(n, a)),
            safe([Rule.StrategyMismatch, Rule.MissingStrategy], (n, a) => analysis.checkStrategy(n, a)),
            safe(Rule.MissingLevel, (n, a) => engagement.checkLevel(n, a)),
            safe(Rule.Regression, (n, a) => engagement.checkRegression(n, a)),
            safe(Rule.PowerfulResistant, (n, a) => engagement.checkPowerfulResistant(n, a)),
            safe(Rule.StaleLevel, (n, a) => engagement.checkStaleLevel(n, a)),
            safe(Rule.UnitMisplaced, (n, a) => roles.checkUnitPlacement(n, a)),
            safe(Rule.NeverAssessed, (n, a) => process.checkNeverAssessed(n, a)),
            safe(Rule.GapWithoutAction, (n, a) => plan.checkGap(n, a)),
            safe(Rule.ParticipationBelowStrategy, (n, a) => plan.checkParticipation(n, a)),
        ],
        Relation: [
            safe(Rule.RelationSelf, (n, a) => relations.checkSelf(n, a)),
            safe(Rule.RelationDuplicate, (n, a) => relations.checkDuplicate(n, a)),
        ],
        GridValue: [safe(Rule.OutOfRange, (n, a) => values.checkGridValue(n, a))],
        Review: [safe(Rule.OutOfRange, (n, a) => values.checkReview(n, a))],
        Kpi: [
            safe(Rule.RepeatedProperty, (n, a) => values.checkRepeated(n, a)),
            safe(Rule.KpiJudgeAndJudged, (n, a) => roles.checkJudgeAndJudged(n, a)),
            safe(Rule.KpiExaminerNotMunicipality, (n, a) => roles.checkExaminerIsMunicipality(n, a)),
        ],
        Consultation: [
            safe(Rule.InvalidDate, (n, a) => values.checkDates(n, a)),
            safe(Rule.RepeatedProperty, (n, a) => values.checkRepeated(n, a)),
            safe(Rule.ConsultationExclusive, (n, a) => consultations.checkInclusive(n, a)),
            safe(Rule.ConsultationNarrowScale, (n, a) => consultations.checkScale(n, a)),
            safe(Rule.ConsultationLateInformation, (n, a) => consultations.checkInformation(n, a)),
            safe(Rule.ConsultationNoGrievance, (n, a) => consultations.checkGrievance(n, a)),
            safe(Rule.ConsultationNoFeedback, (n, a) => consultations.checkFeedback(n, a)),
            safe(Rule.EmpowerWithoutDecision, (n, a) => plan.checkConsultationEmpower(n, a)),
        ],
        Action: [
            safe(Rule.InvalidDate, (n, a) => values.checkDates(n, a)),
            safe(Rule.RepeatedProperty, (n, a) => values.checkRepeated(n, a)),
            safe(Rule.ActionWithoutOwner, (n, a) => plan.checkOwner(n, a)),
            safe(Rule.OverdueAction, (n, a) => plan.checkOverdue(n, a)),
            safe(Rule.EmpowerWithoutDecision, (n, a) => plan.checkActionEmpower(n, a)),
        ],
        ActionStatus: [safe(Rule.InvalidDate, (n, a) => values.checkDates(n, a))],
        AssessmentEntry: [safe(Rule.RepeatedProperty, (n, a) => values.checkRepeated(n, a))],
        Grievance: [safe(Rule.InvalidDate, (n, a) => values.checkDates(n, a))],
        Assessment: [safe(Rule.InvalidDate, (n, a) => values.checkDates(n, a))],
    };
    registry.register(checks);
}
