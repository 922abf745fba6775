import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CancellationTokenSource,
    CompletionRequest,
    DidChangeTextDocumentNotification,
    DidChangeWatchedFilesNotification,
    DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification,
    DocumentSymbolRequest,
    FileChangeType,
    HoverRequest,
    LSPErrorCodes,
    type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LspSession } from '../../bench/lsp-session.js';
import { ensureBuilt, ROOT, tempDir } from '../helpers/cli.js';

/**
 * One real bundled server process over stdio, fed a scripted session of hostile input the way an editor
 * would send it (didOpen / didChange / didClose), must stay alive and keep answering correctly.
 */

const OK = 'stakeholder A : citizens\nrelation A -> Missing : informs\n';
const UNKNOWN = 'identification/unknown-reference';

let folder: string;
let session: LspSession;
const uri = (name: string) => pathToFileURL(path.join(folder, name)).toString();
const versions = new Map<string, number>();

/** Rejects after `ms` with a message naming what was awaited, so no step can hang the suite. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function serverProcess() {
    // `process` is private to LspSession in TypeScript only; bracket access is allowed for tests.
    return session['process'];
}

async function open(name: string, text: string): Promise<void> {
    versions.set(name, 1);
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: uri(name), languageId: 'ssc', version: 1, text },
    });
}

async function change(name: string, text: string): Promise<number> {
    const version = (versions.get(name) ?? 1) + 1;
    versions.set(name, version);
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: uri(name), version },
        contentChanges: [{ text }],
    });
    return version;
}

async function close(name: string): Promise<void> {
    await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri(name) } });
}

/** Opens (or changes) a document and waits for the diagnostics of that very version. */
async function openAndSettle(name: string, text: string, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const waiting = session.waitForDiagnostics(uri(name), p => p.version === undefined || p.version === 1, timeoutMs);
    await open(name, text);
    return waiting;
}

async function changeAndSettle(
    name: string,
    text: string,
    timeoutMs = 20_000,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
): Promise<PublishDiagnosticsParams> {
    const next = (versions.get(name) ?? 1) + 1;
    // The server publishes without a version, so callers that must see *this* text pass a content predicate.
    const waiting = session.waitForDiagnostics(uri(name), p => (p.version === undefined || p.version === next) && accept(p), timeoutMs);
    await change(name, text);
    return waiting;
}

/** The server process is running and answers a cheap request on the healthy model. */
async function expectAlive(): Promise<void> {
    expect(serverProcess().exitCode, 'server exit code').toBeNull();
    expect(serverProcess().signalCode, 'server signal').toBeNull();
    const symbols = await within(
        session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri('ok.ssc') } }),
        15_000,
        'documentSymbol on ok.ssc',
    );
    expect(JSON.stringify(symbols)).toContain('"A"');
}

/** Random bytes (including NUL and high code points) as a JS string. */
function garbage(length: number, seed = 42): string {
    let state = seed;
    const random = () => {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        return state;
    };
    let out = '';
    for (let i = 0; i < length; i++) out += String.fromCharCode(i % 97 === 0 ? 0 : random() % 0x100);
    return out;
}

describe('the bundled server survives a session of hostile input', () => {
    beforeAll(async () => {
        ensureBuilt();
        folder = tempDir('ssc-survival-');
        writeFileSync(path.join(folder, 'ok.ssc'), OK);
        session = new LspSession(path.join(ROOT, 'dist', 'server.cjs'));
        await within(session.initialize(folder), 30_000, 'initialize');
        const first = await openAndSettle('ok.ssc', OK);
        expect(first.diagnostics.map(d => d.code)).toContain(UNKNOWN);
    });

    afterAll(async () => {
        await session?.dispose();
        if (folder) rmSync(folder, { recursive: true, force: true });
    });

    test('1. binary garbage with NUL bytes', async () => {
        const result = await openAndSettle('garbage.ssc', garbage(64 * 1024));
        expect(result.diagnostics.length).toBeGreaterThan(0);
        await changeAndSettle('garbage.ssc', garbage(4096, 7) + '\0\0\0');
        await close('garbage.ssc');
        await expectAlive();
    });

    test('2. a 20 MB document', async () => {
        const block = 'stakeholder S : ngo { power low interest high }\n';
        // ~20 MB in one string literal plus a comment: the lexer must walk it all.
        const huge = 'stakeholder Big "' + 'x'.repeat(10 * 1024 * 1024) + '" : ngo\n// ' + 'y'.repeat(10 * 1024 * 1024) + '\n' + block;
        expect(huge.length).toBeGreaterThan(20 * 1024 * 1024);
        const result = await openAndSettle('huge.ssc', huge, 100_000);
        expect(Array.isArray(result.diagnostics)).toBe(true);
        await close('huge.ssc');
        await expectAlive();
    }, 120_000);

    test('3. 10,000 nested braces', async () => {
        await openAndSettle('braces.ssc', 'stakeholder B : ngo ' + '{'.repeat(10_000) + '\n', 30_000);
        await changeAndSettle('braces.ssc', '{'.repeat(10_000) + '}'.repeat(10_000), 30_000);
        await close('braces.ssc');
        await expectAlive();
    });

    test('4. unterminated strings and comments, CRLF + BOM, lone surrogates', async () => {
        const unterminatedString = await openAndSettle('strings.ssc', 'stakeholder S "never closed : ngo\nstakeholder T : ngo\n');
        expect(unterminatedString.diagnostics.length).toBeGreaterThan(0);
        await changeAndSettle('strings.ssc', 'stakeholder S : ngo\n/* never closed\nstakeholder T : ngo\n');
        await changeAndSettle('strings.ssc', 'stakeholder S "a\\');
        await close('strings.ssc');

        const crlf = await openAndSettle('crlf.ssc', '\uFEFFstakeholder C : ngo\r\nrelation C -> Nope : informs\r\n');
        expect(crlf.diagnostics.find(d => d.code === UNKNOWN)?.range.start.line).toBe(1);
        await close('crlf.ssc');

        await openAndSettle('surrogates.ssc', 'stakeholder U "\uD800 lone \uDFFF" : ngo\n\uD800\uD800 \uDC00stakeholder V : ngo\n');
        await changeAndSettle('surrogates.ssc', '\uDBFF');
        await close('surrogates.ssc');
        await expectAlive();
    });

    test('5. a file deleted from disk while open, then edited further', async () => {
        const file = path.join(folder, 'doomed.ssc');
        const text = 'stakeholder D : ngo\nrelation D -> A : informs\n';
        writeFileSync(file, text);
        await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: uri('doomed.ssc'), type: FileChangeType.Created }],
        });
        const opened = await openAndSettle('doomed.ssc', text);
        expect(opened.diagnostics.filter(d => d.code === UNKNOWN)).toEqual([]);
        unlinkSync(file);
        await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: uri('doomed.ssc'), type: FileChangeType.Deleted }],
        });
        const edited = await changeAndSettle('doomed.ssc', 'stakeholder D : ngo\nrelation D -> Gone : informs\n', 20_000, p =>
            p.diagnostics.some(d => d.message.includes('Gone')),
        );
        expect(edited.diagnostics.map(d => d.code)).toContain(UNKNOWN);
        await changeAndSettle('doomed.ssc', 'stakeholder D : ngo\n');
        await close('doomed.ssc');
        await expectAlive();
    });

    test('6. 50 rapid edits interleaved with cancelled completion and hover requests', async () => {
        await openAndSettle('rapid.ssc', 'stakeholder R0 : ngo\n');
        const pending: Promise<unknown>[] = [];
        const settled = session.waitForDiagnostics(uri('rapid.ssc'), p => p.diagnostics.some(d => d.message.includes('Final50')), 30_000);
        let text = 'stakeholder R0 : ngo\n';
        for (let i = 1; i <= 50; i++) {
            text += `stakeholder R${i} : ${i % 2 ? 'citizens' : 'ngo'}\nrelation R${i} -> R${i - 1} : informs\n`;
            await change('rapid.ssc', i === 50 ? text + 'relation R50 -> Final50 : informs\n' : text);
            const line = 2 * i - 1;
            const source = new CancellationTokenSource();
            const request =
                i % 2
                    ? session.connection.sendRequest(
                          CompletionRequest.type,
                          { textDocument: { uri: uri('rapid.ssc') }, position: { line, character: 16 } },
                          source.token,
                      )
                    : session.connection.sendRequest(
                          HoverRequest.type,
                          { textDocument: { uri: uri('rapid.ssc') }, position: { line, character: 13 } },
                          source.token,
                      );
            // Cancelled requests either answer (already done) or fail with RequestCancelled; nothing else is acceptable.
            pending.push(
                request.then(
                    () => 'answered',
                    (e: { code?: number }) => {
                        if (e?.code === LSPErrorCodes.RequestCancelled || e?.code === -32800) return 'cancelled';
                        throw e;
                    },
                ),
            );
            if (i % 3 !== 0) source.cancel();
            else setTimeout(() => source.cancel(), 1);
        }
        const outcomes = await within(Promise.all(pending), 20_000, 'cancelled requests');
        expect(outcomes).toHaveLength(50);
        // The last edit (and only it) references the unknown `Final50`: the server must end on that text, with no other errors.
        const final = await settled;
        expect(final.diagnostics.filter(d => d.severity === 1).map(d => d.code)).toEqual([UNKNOWN]);
        await close('rapid.ssc');
        await expectAlive();
    });

    test('afterwards: the same process answers hover and completion, and re-validates an edit', async () => {
        expect(serverProcess().exitCode).toBeNull();
        const hover = await within(
            session.connection.sendRequest(HoverRequest.type, {
                textDocument: { uri: uri('ok.ssc') },
                position: { line: 0, character: 19 },
            }),
            15_000,
            'hover',
        );
        expect(JSON.stringify(hover?.contents)).toMatch(/[Cc]itizen/);
        const completion = await within(
            session.connection.sendRequest(CompletionRequest.type, {
                textDocument: { uri: uri('ok.ssc') },
                position: { line: 0, character: 16 },
            }),
            15_000,
            'completion',
        );
        const labels = (Array.isArray(completion) ? completion : (completion?.items ?? [])).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['citizens', 'municipality', 'ngo']));
        const fixed = await changeAndSettle('ok.ssc', OK + 'stakeholder Missing : ngo\n');
        expect(fixed.diagnostics.filter(d => d.code === UNKNOWN)).toEqual([]);
        expect(fixed.diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });

    test('stderr shows no uncaught exception', () => {
        expect(session.stderr).not.toMatch(/Uncaught|TypeError|RangeError: Maximum call stack/);
    });
});
