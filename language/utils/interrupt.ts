import { Cancellation, interruptAndCheck } from 'langium';

/**
 * How many syntax nodes a build step handles between two cancellation checks. Langium checks at every
 * node, which costs a promise and a microtask each: over a million per build at 10,000 stakeholders.
 * Every 256 nodes still yields to the event loop within a few milliseconds.
 */
export const NODES_PER_CHECK = 256;

/**
 * A counter that awaits Langium's `interruptAndCheck` once every {@link NODES_PER_CHECK} calls; the
 * other calls return undefined at once (callers write `await tick()` only when a promise comes back).
 */
export function cancellationTicker(token: Cancellation.CancellationToken): () => Promise<void> | undefined {
    let count = 0;
    return () => (++count % NODES_PER_CHECK === 0 ? interruptAndCheck(token) : undefined);
}
