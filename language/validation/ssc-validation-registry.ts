import { isOperationCancelled, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck, type ValidationChecks } from 'langium';

/**
 * Langium's validation registry without its per-call overhead. The default wraps every check in two
 * `async` functions and builds a lazy stream of checks for every syntax node; on 10,000 stakeholders
 * that is over a million promises per build and a large share of the garbage collector's work. Here a
 * check that returns synchronously stays synchronous, and the checks per node type are listed once.
 * Errors are handled as Langium does: logged, and reported on the node.
 */
export class SscValidationRegistry extends ValidationRegistry {
    private readonly checkLists = new Map<string, readonly ValidationCheck[]>();

    override register<T>(checksRecord: ValidationChecks<T>, thisObj?: ThisParameterType<unknown>, category?: ValidationCategory): void {
        this.checkLists.clear();
        super.register(checksRecord, thisObj, category);
    }

    /** The checks for a node type in the given categories (all when none are given), as a reused array. */
    checksFor(type: string, categories?: readonly ValidationCategory[]): readonly ValidationCheck[] {
        const key = categories ? `${type}\u0000${categories.join(',')}` : type;
        let list = this.checkLists.get(key);
        if (!list) {
            list = this.getChecks(type, categories as ValidationCategory[] | undefined).toArray();
            this.checkLists.set(key, list);
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
