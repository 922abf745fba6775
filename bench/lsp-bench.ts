import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type { Corpus } from './corpus.js';
import { ServerStatsRequest, type ServerStats } from '../protocol/server-messages.js';
import { LspSession } from './lsp-session.js';
import { stats, type Stats } from './stats.js';

/** Latencies measured through the real server over stdio. */
export interface LspResult {
    startupMs: number;
    editToDiagnosticsMs: Stats;
    completionMs: Stats;
    /** Other files re-published after each edit (median): relinked or revalidated needlessly. */
    otherFilesRepublished: number;
    /** Edits sent (all timed; the first {@link PAUSED_EDITS} with a pause after each to count re-published files). */
    edits?: number;
    /** Edits the server parsed block by block, and those it parsed whole (by reason). */
    incremental?: number;
    fallbacks?: Record<string, number>;
    /** Server heap in use after a collection, after the first edit and after the last. */
    heapAfterFirstMb?: number;
    heapAfterLastMb?: number;
}

/** Edits followed by a pause, during which other files' re-published diagnostics are counted. */
const PAUSED_EDITS = 30;

function middleString(text: string): { line: number; character: number } {
    const lines = text.split('\n');
    for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
        const col = lines[i].indexOf('aims "');
        if (col >= 0) return { line: i, character: col + 'aims "'.length + 1 };
    }
    throw new Error('no string to edit');
}

function relationTarget(text: string): { line: number; character: number } {
    const lines = text.split('\n');
    for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
        const match = /^relation \w+ (->|<->) /.exec(lines[i]);
        if (match) return { line: i, character: match[0].length };
    }
    throw new Error('no relation to complete in');
}

/**
 * Opens the workspace in the bundled server, then types `edits` characters into a string in the middle of
 * the middle file, one `didChange` at a time, waiting for that version's diagnostics each time.
 */
export async function benchLsp(serverModule: string, corpus: Corpus, edits = 30): Promise<LspResult> {
    // `--expose-gc` lets the server collect garbage before reporting its heap (ssc/serverStats).
    const session = new LspSession(serverModule, ['--expose-gc']);
    const serverStats = () => session.connection.sendRequest(ServerStatsRequest.type, {}) as Promise<ServerStats>;
    try {
        const start = performance.now();
        await session.initialize(corpus.dir);
        const uris = [...corpus.texts.keys()].map(f => pathToFileURL(path.join(corpus.dir, f)).toString());
        await session.waitForAll(uris);
        const startupMs = performance.now() - start;

        const file = [...corpus.texts.keys()][Math.floor(corpus.texts.size / 2)];
        const uri = pathToFileURL(path.join(corpus.dir, file)).toString();
        const text = corpus.texts.get(file)!;
        await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ssc', version: 1, text } });
        await session.waitForDiagnostics(uri);
        // One completion before the first heap report: the requests timed after the typing compile the
        // completion provider, and the heap after the last edit would count that code as growth (~0.7 MB
        // at 200 stakeholders, with a 24 MB heap). Untimed.
        const position = relationTarget(text);
        await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
        const at = middleString(text);
        const latencies: number[] = [];
        const republished: number[] = [];
        let first: ServerStats | undefined;
        for (let i = 0; i < edits; i++) {
            const version = i + 2;
            const before = new Map(session.publishCount);
            const waiting = session.waitForDiagnostics(uri, p => p.version === undefined || p.version === null || p.version >= version);
            const sent = performance.now();
            await session.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version },
                contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
            });
            await waiting;
            latencies.push(performance.now() - sent);
            if (i === 0) first = await serverStats();
            if (i >= PAUSED_EDITS) continue;
            await new Promise(r => setTimeout(r, 150));
            republished.push([...session.publishCount].filter(([u, n]) => u !== uri && n !== (before.get(u) ?? 0)).length);
        }
        // Completion right after the typing, as an editor asks for it; before the heap report, whose forced
        // collection would throw optimised code away and make the first requests measure recompilation.
        const completions: number[] = [];
        for (let i = 0; i < 30; i++) {
            const sent = performance.now();
            await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
            completions.push(performance.now() - sent);
        }
        const last = await serverStats();
        return {
            startupMs,
            editToDiagnosticsMs: stats(latencies),
            completionMs: stats(completions),
            otherFilesRepublished: stats(republished).median,
            edits,
            incremental: last.incremental,
            fallbacks: last.fallbacks,
            heapAfterFirstMb: (first?.heapUsedBytes ?? 0) / 2 ** 20,
            heapAfterLastMb: last.heapUsedBytes / 2 ** 20,
        };
    } finally {
        await session.dispose();
    }
}
