import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CompletionRequest,
    DefinitionRequest,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    DocumentFormattingRequest,
    ExitNotification,
    HoverRequest,
    InitializedNotification,
    InitializeRequest,
    LogMessageNotification,
    PrepareRenameRequest,
    PublishDiagnosticsNotification,
    RenameRequest,
    ShutdownRequest,
    MessageType,
    type Diagnostic,
    type ProtocolConnection,
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureServerBundle } from '../helpers/server-bundle.js';

const CATALOGUE = 'stakeholder Telco "National telecom" : ict-company\n';
const CITY = [
    'programme Pilot { city "X" }',
    'stakeholder Council : municipality {',
    'power high interest high }',
    'relation Telco -> Council : supplies',
    'relation Ghost -> Council : informs',
    'kpi K { provider Telco examiner Council }',
    'stakeholder Press : ',
].join('\n');

let folder: string;
let server: ChildProcess;
let connection: ProtocolConnection;
const diagnostics = new Map<string, Diagnostic[]>();
const versions = new Map<string, number | undefined>();
const logs: Array<{ type: number; message: string }> = [];
const uri = (name: string) => pathToFileURL(join(folder, name)).toString();
const at = (line: number, character: number) => ({ line, character });

async function diagnosticsFor(name: string, timeoutMs = 30_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const found = diagnostics.get(uri(name));
        if (found) return found;
        await new Promise(r => setTimeout(r, 50));
    }
    throw new Error(`no diagnostics for ${name} within ${timeoutMs} ms`);
}

describe('the bundled server over stdio, driven by a real LSP client', () => {
    beforeAll(async () => {
        const bundle = ensureServerBundle();
        folder = mkdtempSync(join(tmpdir(), 'ssc-lsp-'));
        writeFileSync(join(folder, 'catalogue.ssc'), CATALOGUE);
        writeFileSync(join(folder, 'city.ssc'), CITY);
        server = spawn(process.execPath, [bundle, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification(PublishDiagnosticsNotification.type, p => {
            diagnostics.set(p.uri, p.diagnostics);
            versions.set(p.uri, p.version);
        });
        connection.onNotification(LogMessageNotification.type, p => logs.push(p));
        connection.listen();
        const init = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(folder).toString(),
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }],
            capabilities: {
                textDocument: {
                    completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    rename: { prepareSupport: true },
                    publishDiagnostics: {},
                },
                workspace: { workspaceFolders: true },
            },
        });
        expect(init.capabilities.completionProvider).toBeDefined();
        expect(init.capabilities.documentFormattingProvider).toBeTruthy();
        expect(init.capabilities.renameProvider).toBeTruthy();
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uri('city.ssc'), languageId: 'ssc', version: 1, text: CITY },
        });
    });

    afterAll(async () => {
        try {
            await Promise.race([connection.sendRequest(ShutdownRequest.type), new Promise(r => setTimeout(r, 3000))]);
            await connection.sendNotification(ExitNotification.type);
        } finally {
            connection?.dispose();
            if (server.exitCode === null) server.kill();
            rmSync(folder, { recursive: true, force: true });
        }
    });

    test('publishes diagnostics: the unknown stakeholder and the syntax error', async () => {
        const found = await diagnosticsFor('city.ssc');
        expect(found).toContainEqual(
            expect.objectContaining({
                code: 'identification/unknown-reference',
                severity: 1,
                range: expect.objectContaining({ start: at(4, 9) }),
            }),
        );
        expect(found.some(d => d.severity === 1 && d.range.start.line === 6)).toBe(true);
    });

    test('tells which version of an open document its diagnostics belong to', async () => {
        await diagnosticsFor('city.ssc');
        expect(versions.get(uri('city.ssc'))).toBe(1);
        expect(versions.get(uri('catalogue.ssc'))).toBeUndefined();
        const fixed = CITY.replace('relation Ghost', 'relation Telco');
        diagnostics.delete(uri('city.ssc'));
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uri('city.ssc'), version: 2 },
            contentChanges: [{ text: fixed }],
        });
        const found = await diagnosticsFor('city.ssc');
        expect(versions.get(uri('city.ssc'))).toBe(2);
        expect(found.some(d => d.code === 'identification/unknown-reference')).toBe(false);
        diagnostics.delete(uri('city.ssc'));
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uri('city.ssc'), version: 3 },
            contentChanges: [{ text: CITY }],
        });
        await diagnosticsFor('city.ssc');
        expect(versions.get(uri('city.ssc'))).toBe(3);
    });

    test('completes the standard groups after `:`', async () => {
        const result = await connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: uri('city.ssc') },
            position: at(6, 20),
        });
        const items = Array.isArray(result) ? result : (result?.items ?? []);
        const labels = items.map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['municipality', 'government', 'citizens', 'standards-body']));
        expect(items.find(i => i.label === 'citizens')?.detail).toBe('Citizens and citizen organizations');
    });

    test('hovers a standard group with its clause', async () => {
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('city.ssc') }, position: at(1, 25) });
        expect(JSON.stringify(hover?.contents)).toMatch(/Municipalities, city councils[\s\S]*clause 5\.1/);
    });

    test('goes to a definition in another file of the workspace', async () => {
        const result = await connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: uri('city.ssc') },
            position: at(3, 11),
        });
        const links = (Array.isArray(result) ? result : result ? [result] : []) as Array<{ targetUri?: string; uri?: string }>;
        expect(links.map(l => l.targetUri ?? l.uri)).toEqual([uri('catalogue.ssc')]);
    });

    test('renames a stakeholder in every file, and refuses built-in names', async () => {
        const edit = await connection.sendRequest(RenameRequest.type, {
            textDocument: { uri: uri('city.ssc') },
            position: at(3, 11),
            newName: 'Operator',
        });
        const changes = edit?.changes ?? {};
        expect(Object.keys(changes).sort()).toEqual([uri('catalogue.ssc'), uri('city.ssc')].sort());
        expect(changes[uri('city.ssc')].map(e => e.range.start)).toEqual(expect.arrayContaining([at(3, 9), at(5, 17)]));
        expect(changes[uri('city.ssc')]).toHaveLength(2);
        await expect(
            connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uri('city.ssc') }, position: at(1, 25) }),
        ).rejects.toThrow(/built-in vocabulary/);
    });

    test('formats a document into the canonical layout', async () => {
        const text = 'stakeholder   Fmt : ngo {  power low   interest high }\n';
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uri('fmt.ssc'), languageId: 'ssc', version: 1, text },
        });
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri: uri('fmt.ssc') },
            options: { tabSize: 4, insertSpaces: true },
        });
        const formatted = TextDocument.applyEdits(TextDocument.create(uri('fmt.ssc'), 'ssc', 1, text), edits ?? []);
        expect(formatted).toBe('stakeholder Fmt : ngo {\n    power low\n    interest high\n}\n');
    });

    test('a normal editing session leaves the server log quiet (no reference resolution before scopes are ready)', async () => {
        // Typing a stakeholder's group letter by letter, while the editor asks about another, already built file.
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uri('catalogue.ssc'), languageId: 'ssc', version: 1, text: CATALOGUE },
        });
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uri('typing.ssc'), languageId: 'ssc', version: 1, text: '' },
        });
        const line = 'stakeholder Typist "Typed letter by letter" : municipality';
        for (let i = 1, version = 2; i <= line.length; i++, version++) {
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: uri('typing.ssc'), version },
                contentChanges: [{ text: line.slice(0, i) }],
            });
            const hover = connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('catalogue.ssc') }, position: at(0, 14) });
            const completion = connection.sendRequest(CompletionRequest.type, {
                textDocument: { uri: uri('typing.ssc') },
                position: at(0, i),
            });
            await Promise.all([hover, completion].map(p => p.catch(() => undefined)));
        }
        await diagnosticsFor('typing.ssc');
        await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('typing.ssc') }, position: at(0, 14) });
        const noise = logs.filter(
            l => (l.type !== MessageType.Info && l.type !== MessageType.Log) || /ComputedScopes|error|failed/i.test(l.message),
        );
        expect(noise).toEqual([]);
        expect(logs.map(l => l.message)).toContainEqual(expect.stringMatching(/^SSC language server ready/));
    });
});

describe('`ssc lsp --stdio`, the entry the README gives other editors', () => {
    test('answers initialize with the editing capabilities and shuts down cleanly', async () => {
        ensureServerBundle();
        const child = spawn(process.execPath, ['bin/ssc.cjs', 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        const client = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        client.listen();
        try {
            const init = await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
            const caps = init.capabilities;
            expect(caps.completionProvider?.triggerCharacters).toEqual(expect.arrayContaining([':']));
            for (const feature of [
                'hoverProvider',
                'definitionProvider',
                'referencesProvider',
                'renameProvider',
                'documentSymbolProvider',
                'workspaceSymbolProvider',
                'foldingRangeProvider',
                'documentHighlightProvider',
                'documentFormattingProvider',
                'documentRangeFormattingProvider',
                'semanticTokensProvider',
                'codeLensProvider',
            ] as const) {
                expect(caps[feature], feature).toBeTruthy();
            }
            await client.sendRequest(ShutdownRequest.type);
            const exited = new Promise(resolve => child.once('exit', resolve));
            await client.sendNotification(ExitNotification.type);
            await Promise.race([exited, new Promise(r => setTimeout(r, 5000))]);
        } finally {
            client.dispose();
            if (child.exitCode === null) child.kill();
        }
    });
});
