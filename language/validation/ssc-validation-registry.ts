import { ValidationRegistry, type ValidationCategory, type ValidationCheck, type ValidationChecks } from 'langium';
import { isGuarded } from './index.js';

/**
 * Langium's validation registry without its per-call overhead. The default wraps every check in two
 * `async` functions and builds a lazy stream of checks for every syntax node; on 10,000 stakeholders
 * that is over a million promises per build and a large share of the garbage collector's work. Here a
 * check that returns synchronously stays synchronous, and the checks per node type are listed once.
 * Failures are handled by `safe()` (validation/index.ts), with which every check is registered.
 */
export class SscValidationRegistry extends ValidationRegistry {
    // Per set of categories, then per node type. Keyed by the categories' names, not the array: the
    // builder makes a new array for every document, and listing the checks again per document and node
    // type (Langium's lazy streams) took ~3 of the ~30 ms a build of 100 one-stakeholder files spends
    // after parsing.
    private checkLists = new Map<string, Map<string, readonly ValidationCheck[]>>();

    override register<T>(checksRecord: ValidationChecks<T>, thisObj?: ThisParameterType<unknown>, category?: ValidationCategory): void {
        this.checkLists = new Map();
        super.register(checksRecord, thisObj, category);
    }

    /** The checks for a node type in the given categories (all when none are given), as a reused array. */
    checksFor(type: string, categories?: readonly ValidationCategory[]): readonly ValidationCheck[] {
        const key = categories === undefined ? '*' : categories.length === 1 ? categories[0] : categories.join(' ');
        let byType = this.checkLists.get(key);
        if (!byType) this.checkLists.set(key, (byType = new Map()));
        let list = byType.get(type);
        if (!list) {
            list = this.getChecks(type, categories as ValidationCategory[] | undefined).toArray();
            byType.set(type, list);
        }
        return list;
    }

    /**
     * No wrapper: every check is registered through `safe()` (validation/index.ts), the one guard
     * policy, which logs a failure under its rule code. Langium's default wrapper would add two
     * `async` functions per check and node, and its catch could never fire.
     */
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        // Guarded checks are arrow functions: binding them would only hide them from the guard test.
        return isGuarded(check) || thisObj === undefined ? check : check.bind(thisObj);
    }
}
