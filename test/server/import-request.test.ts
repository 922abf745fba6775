import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import {
    ExitNotification,
    InitializedNotification,
    InitializeRequest,
    ShutdownRequest,
    type ProtocolConnection,
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ExportRequest, ImportRegisterRequest, type ImportRegisterParams } from '../../protocol/server-messages.js';
import { TABLE_IDS } from '../../language/model/render/table-rows.js';
import { ensureBuilt, ROOT } from '../helpers/cli.js';

let folder: string;
let server: ChildProcess;
let connection: ProtocolConnection;

describe('the spreadsheet requests of the language server (editor export and import commands)', () => {
    beforeAll(async () => {
        ensureBuilt();
        folder = mkdtempSync(path.join(tmpdir(), 'ssc-import-server-'));
        cpSync(path.join(ROOT, 'examples', 'valencia'), folder, { recursive: true });
        server = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.cjs'), '--stdio'], {
            cwd: folder,
            stdio: ['pipe', 'pipe', 'inherit'],
        });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
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

    test('ssc/export in xlsx gives the workbook, base64-encoded, with every table and the grid', async () => {
        const uri = pathToFileURL(path.join(folder, 'city.ssc')).toString();
        const result = await connection.sendRequest(ExportRequest.type, { uri, format: 'xlsx' });
        expect(result.files).toHaveLength(1);
        expect(result.files[0]).toMatchObject({ name: expect.stringMatching(/-tables\.xlsx$/), encoding: 'base64' });
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(result.files[0].content, 'base64') as unknown as ExcelJS.Buffer);
        expect(book.worksheets.map(s => s.name)).toEqual([...TABLE_IDS, 'grid']);
        expect(book.getWorksheet('engagement')!.getRow(2).getCell(2).value).toBe('CityCouncil');
    });

    test('ssc/importRegister turns a register into formatted .ssc text and the report', async () => {
        const data = Buffer.from('Name;Group;Influence\nRiverside Water;Utility provider;High\n;NGO;Low\n').toString('base64');
        const result = await connection.sendRequest(ImportRegisterRequest.type, {
            name: 'register.csv',
            data,
        } satisfies ImportRegisterParams);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.text).toContain('stakeholder RiversideWater "Riverside Water" : utility-provider {\n    power high\n}');
        expect(result.report).toContain('row 3: no name');
        expect(result).toMatchObject({ imported: 1, skipped: 1 });
    });

    test('a file that cannot be imported gives its one-line reason', async () => {
        const data = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]).toString('base64');
        const result = await connection.sendRequest(ImportRegisterRequest.type, { name: 'photo.xlsx', data });
        expect(result).toEqual({ ok: false, error: 'photo.xlsx: not a spreadsheet: it is a PNG image' });
    });
});
