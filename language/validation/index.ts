import { isOperationCancelled, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { SscAstType } from '../generated/ast.js';
import type { SscServices } from '../ssc-module.js';
import { IdentificationChecks } from './identification-checks.js';
import { ValueChecks } from './value-checks.js';

type Check<T> = (node: T, accept: ValidationAcceptor) => void | Promise<void>;

/**
 * Wraps a check so that an exception in it is logged and skipped: one broken rule never hides the
 * findings of the others, and the user sees no internal error as a diagnostic.
 */
export function safe<T>(name: string, check: Check<T>): Check<T> {
    return async (node, accept) => {
        try {
            await check(node, accept);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            console.error(`ssc: rule check '${name}' failed and was skipped:`, error instanceof Error ? error.stack ?? error.message : error);
        }
    };
}

/** Registers every rule group's checks with Langium's validation registry. */
export function registerValidationChecks(services: SscServices): void {
    const registry = services.validation.ValidationRegistry;
    const identification = new IdentificationChecks(services);
    const values = new ValueChecks();
    const checks: ValidationChecks<SscAstType> = {
        Model: [safe('duplicate-name', (n, a) => identification.checkDuplicateNames(n, a))],
        Programme: [
            safe('multiple-programmes', (n, a) => identification.checkSingleProgramme(n, a)),
            safe('dates', (n, a) => values.checkDates(n, a)),
            safe('repeated-property', (n, a) => values.checkRepeated(n, a)),
        ],
        Stakeholder: [
            safe('duplicate-unit', (n, a) => identification.checkDuplicateUnits(n, a)),
            safe('repeated-property', (n, a) => values.checkRepeated(n, a)),
        ],
        GridValue: [safe('grid-range', (n, a) => values.checkGridValue(n, a))],
        Review: [safe('review-range', (n, a) => values.checkReview(n, a))],
        Kpi: [safe('repeated-property', (n, a) => values.checkRepeated(n, a))],
        Consultation: [
            safe('dates', (n, a) => values.checkDates(n, a)),
            safe('repeated-property', (n, a) => values.checkRepeated(n, a)),
        ],
        Grievance: [safe('dates', (n, a) => values.checkDates(n, a))],
        Assessment: [safe('dates', (n, a) => values.checkDates(n, a))],
    };
    registry.register(checks);
}
