import type { SscServices, SscSharedServices } from '../language/ssc-module.js';
import { ServerStatsRequest } from '../protocol/server-messages.js';

/**
 * Answers `ssc/serverStats` (used by `npm run bench`): how many edits were re-parsed block by block or
 * whole, and the heap in use, measured after a collection when the process was started with `--expose-gc`.
 */
export function registerStatsRequest(shared: SscSharedServices, ssc: SscServices): void {
    shared.lsp.Connection?.onRequest(ServerStatsRequest.type, () => {
        (globalThis as { gc?: () => void }).gc?.();
        const { incremental, fallbacks } = ssc.ssc.IncrementalParser.stats();
        return { incremental, fallbacks, heapUsedBytes: process.memoryUsage().heapUsed };
    });
}
