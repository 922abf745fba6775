import { isOperationCancelled, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { SscAstType } from '../generated/ast.js';
import type { SscServices } from '../ssc-module.js';
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
 * Wraps a check so that an exception in it is logged and skipped: one broken rule never hides the
 * findings of the others, and the user sees no internal error as a diagnostic.
 */
export function safe<T>(name: string, check: Check<T>): Check<T> {
    const skip = (error: unknown): void => {
        if (isOperationCancelled(error)) throw error;
        console.error(`ssc: rule check '${name}' failed and was skipped:`, error instanceof Error ? error.stack ?? error.message : error);
    };
    // Synchronous checks stay synchronous: a promise per check and node is measurable on big models.
    return (node, accept) => {
        try {
            const result = check(node, accept);
            if (result) return result.catch(skip);
        } catch (error) {
            skip(error);
        }
        return undefined;
    };
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
        Model: [
            safe('duplicate-name', (n, a) => identification.checkDuplicateNames(n, a)),
            safe('whole-model', (n, a) => workspace.checkWholeModel(n, a)),
        ],
        Programme: [
            safe('multiple-programmes', (n, a) => identification.checkSingleProgramme(n, a)),
            safe('dates', (n, a) => values.checkDates(n, a)),
            safe('repeated-property', (n, a) => values.checkRepeated(n, a)),
            safe('review-overdue', (n, a) => process.checkReviewOverdue(n, a)),
        ],
        Stakeholder: [
            safe('duplicate-unit', (n, a) => identification.checkDuplicateUnits(n, a)),
            safe('repeated-property', (n, a) => values.checkRepeated(n, a)),
            safe('missing-category', (n, a) => categorization.checkCategory(n, a)),
            safe('affected-without-attitude', (n, a) => categorization.checkAttitude(n, a)),
            safe('missing-technology-role', (n, a) => categorization.checkTechnologyRole(n, a)),
            safe('isolated', (n, a) => categorization.checkIsolated(n, a)),
            safe('incomplete-profile', (n, a) => analysis.checkProfile(n, a)),
            safe('unplaced', (n, a) => analysis.checkPlaced(n, a)),
            safe('strategy', (n, a) => analysis.checkStrategy(n, a)),
            safe('missing-level', (n, a) => engagement.checkLevel(n, a)),
            safe('regression', (n, a) => engagement.checkRegression(n, a)),
            safe('powerful-resistant', (n, a) => engagement.checkPowerfulResistant(n, a)),
            safe('stale-level', (n, a) => engagement.checkStaleLevel(n, a)),
            safe('unit-misplaced', (n, a) => roles.checkUnitPlacement(n, a)),
            safe('never-assessed', (n, a) => process.checkNeverAssessed(n, a)),
            safe('gap-without-action', (n, a) => plan.checkGap(n, a)),
            safe('participation-below-strategy', (n, a) => plan.checkParticipation(n, a)),
        ],
        Relation: [
            safe('relation-self', (n, a) => relations.checkSelf(n, a)),
            safe('relation-duplicate', (n, a) => relations.checkDuplicate(n, a)),
        ],
        GridValue: [safe('grid-range', (n, a) => values.checkGridValue(n, a))],
        Review: [safe('review-range', (n, a) => values.checkReview(n, a))],
        Kpi: [
            safe('repeated-property', (n, a) => values.checkRepeated(n, a)),
            safe('judge-and-judged', (n, a) => roles.checkJudgeAndJudged(n, a)),
            safe('examiner-not-municipality', (n, a) => roles.checkExaminerIsMunicipality(n, a)),
        ],
        Consultation: [
            safe('dates', (n, a) => values.checkDates(n, a)),
            safe('repeated-property', (n, a) => values.checkRepeated(n, a)),
            safe('consultation-exclusive', (n, a) => consultations.checkInclusive(n, a)),
            safe('consultation-narrow-scale', (n, a) => consultations.checkScale(n, a)),
            safe('consultation-late-information', (n, a) => consultations.checkInformation(n, a)),
            safe('consultation-no-grievance', (n, a) => consultations.checkGrievance(n, a)),
            safe('consultation-no-feedback', (n, a) => consultations.checkFeedback(n, a)),
            safe('empower-without-decision', (n, a) => plan.checkConsultationEmpower(n, a)),
        ],
        Action: [
            safe('dates', (n, a) => values.checkDates(n, a)),
            safe('repeated-property', (n, a) => values.checkRepeated(n, a)),
            safe('action-without-owner', (n, a) => plan.checkOwner(n, a)),
            safe('overdue-action', (n, a) => plan.checkOverdue(n, a)),
            safe('empower-without-decision', (n, a) => plan.checkActionEmpower(n, a)),
        ],
        ActionStatus: [safe('dates', (n, a) => values.checkDates(n, a))],
        AssessmentEntry: [safe('repeated-property', (n, a) => values.checkRepeated(n, a))],
        Grievance: [safe('dates', (n, a) => values.checkDates(n, a))],
        Assessment: [safe('dates', (n, a) => values.checkDates(n, a))],
    };
    registry.register(checks);
}
