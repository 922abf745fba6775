import { isOperationCancelled, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck, type ValidationChecks } from 'langium';

/**
 * Langium's validation registry without its per-call overhead. The default wraps every check in two
 * `async` functions and builds a lazy stream of checks for every syntax node; on 10,000 stakeholders
 * that is over a million promises per build and a large share of the garbage collector's work. Here a
 * check that returns synchronously stays synchronous, and the checks per node type are listed once.
 * Errors are handled as Langium does: logged, and reported on the node.
 */
export class SscValidationRegistry extends ValidationRegistry {
    // Per categories array (the builder passes the same one for every node), then per node type.
    private checkLists = new WeakMap<object, Map<string, readonly ValidationCheck[]>>();
    private readonly allCategories = {};

    override register<T>(checksRecord: ValidationChecks<T>, thisObj?: ThisParameterType<unknown>, category?: ValidationCategory): void {
        this.checkLists = new WeakMap();
        super.register(checksRecord, thisObj, category);
    }

    /** The checks for a node type in the given categories (all when none are given), as a reused array. */
    checksFor(type: string, categories?: readonly ValidationCategory[]): readonly ValidationCheck[] {
        const key = categories ?? this.allCategories;
        let byType = this.checkLists.get(key);
        if (!byType) this.checkLists.set(key, byType = new Map());
        let list = byType.get(type);
        if (!list) {
            list = this.getChecks(type, categories as ValidationCategory[] | undefined).toArray();
            byType.set(type, list);
        }
        return list;
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                if (result && typeof (result as Promise<void>).then === 'function') {
                    return (result as Promise<void>).catch(error => this.reportFailure(error, accept, node));
                }
            } catch (error) {
                this.reportFailure(error, accept, node);
            }
            return undefined;
        };
    }

    private reportFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
        if (isOperationCancelled(error)) throw error;
        console.error('An error occurred during validation:', error instanceof Error ? error.stack ?? error.message : error);
        accept('error', `An error occurred during validation: ${error instanceof Error ? error.message : String(error)}`, { node });
    }
}
