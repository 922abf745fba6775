import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type { Corpus } from './corpus.js';
import { LspSession } from './lsp-session.js';
import { stats, type Stats } from './stats.js';

/** Latencies measured through the real server over stdio. */
export interface LspResult {
    startupMs: number;
    editToDiagnosticsMs: Stats;
    completionMs: Stats;
    /** Other files re-published after each edit (median): relinked or revalidated needlessly. */
    otherFilesRepublished: number;
}

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

/** Opens the workspace in the bundled server, then edits a string in the middle of the largest file. */
export async function benchLsp(serverModule: string, corpus: Corpus, edits = 30): Promise<LspResult> {
    const session = new LspSession(serverModule);
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
        const at = middleString(text);
        const latencies: number[] = [];
        const republished: number[] = [];
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
            await new Promise(r => setTimeout(r, 150));
            republished.push([...session.publishCount].filter(([u, n]) => u !== uri && n !== (before.get(u) ?? 0)).length);
        }
        const position = relationTarget(text);
        const completions: number[] = [];
        for (let i = 0; i < 30; i++) {
            const sent = performance.now();
            await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
            completions.push(performance.now() - sent);
        }
        return {
            startupMs,
            editToDiagnosticsMs: stats(latencies),
            completionMs: stats(completions),
            otherFilesRepublished: stats(republished).median,
        };
    } finally {
        await session.dispose();
    }
}
