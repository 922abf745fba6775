import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    ExitNotification,
    InitializedNotification,
    InitializeRequest,
    ShutdownRequest,
    type ProtocolConnection,
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ExportRequest, ModelChangedNotification, PreviewRequest } from '../../protocol/server-messages.js';
import { ensureBuilt, ROOT } from '../helpers/cli.js';

let folder: string;
let server: ChildProcess;
let connection: ProtocolConnection;
let changes = 0;
const fileUri = (name: string) => pathToFileURL(path.join(folder, name)).toString();

describe('the preview requests of the language server', () => {
    beforeAll(async () => {
        ensureBuilt();
        folder = mkdtempSync(path.join(tmpdir(), 'ssc-preview-server-'));
        cpSync(path.join(ROOT, 'examples', 'valencia'), folder, { recursive: true });
        server = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.cjs'), '--stdio'], {
            cwd: folder,
            stdio: ['pipe', 'pipe', 'inherit'],
        });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification(ModelChangedNotification.type, () => {
            changes++;
        });
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(folder).toString(),
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }],
            capabilities: {},
        });
        await connection.sendNotification(InitializedNotification.type, {});
    });

    afterAll(async () => {
        try {
            await Promise.race([connection.sendRequest(ShutdownRequest.type), new Promise(r => setTimeout(r, 3000))]);
            await connection.sendNotification(ExitNotification.type);
        } finally {
            server.kill();
            rmSync(folder, { recursive: true, force: true });
        }
    });

    test('ssc/preview answers with every view, and targets pointing into the workspace files', async () => {
        const payload = await connection.sendRequest(PreviewRequest.type, { uri: fileUri('city.ssc') });
        expect(payload.title).toBe('Smart Valencia 2030');
        expect(payload.views.map(v => v.id)).toEqual([
            'grid',
            'engagement',
            'plan',
            'review',
            'salience',
            'summary',
            'classification',
            'map',
            'onion',
            'coverage',
        ]);
        expect(payload.targets['stakeholder:CityCouncil']).toEqual({ file: fileUri('city.ssc'), line: 9 });
        expect(payload.syntaxErrors).toBe(0);
        // The bundled server loads ELK from dist/vendor/ for the map (scripts/build.mjs).
        expect(payload.views.find(v => v.id === 'map')!.html).toMatch(/<svg[^>]*ssc-map[\s\S]*data-ssc-ref="stakeholder:CityCouncil"/);
    });

    test('after an edit with a syntax error the preview still shows what parsed', async () => {
        const text = readFileSync(path.join(folder, 'city.ssc'), 'utf8');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: fileUri('city.ssc'), languageId: 'ssc', version: 1, text },
        });
        const before = changes;
        const broken = text.replace('stakeholder Press "Levante daily"', 'stakeholder Press "Levante daily" : : {{');
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: fileUri('city.ssc'), version: 2 },
            contentChanges: [{ text: broken }],
        });
        const deadline = Date.now() + 20_000;
        while (changes === before && Date.now() < deadline) await new Promise(r => setTimeout(r, 50));
        expect(changes).toBeGreaterThan(before);
        const payload = await connection.sendRequest(PreviewRequest.type, { uri: fileUri('city.ssc') });
        expect(payload.syntaxErrors).toBeGreaterThan(0);
        expect(payload.targets['stakeholder:CityCouncil']).toBeDefined();
    });

    test('ssc/export gives the HTML report, the CSV tables and one SVG', async () => {
        const html = await connection.sendRequest(ExportRequest.type, { uri: fileUri('city.ssc'), format: 'html' });
        // Named after the programme, so the save dialog proposes a name the user recognises.
        expect(html.files[0].name).toBe('Valencia2030-report.html');
        expect(html.files[0].content).toContain('<!DOCTYPE html>');
        const csv = await connection.sendRequest(ExportRequest.type, { uri: fileUri('city.ssc'), format: 'csv' });
        expect(csv.files.map(f => f.name)).toContain('Valencia2030-engagement.csv');
        const svg = await connection.sendRequest(ExportRequest.type, { uri: fileUri('city.ssc'), format: 'svg', view: 'onion' });
        expect(svg.files[0]).toMatchObject({ name: 'Valencia2030-onion.svg' });
    });
});
