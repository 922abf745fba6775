import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver';
import { createSscServices } from '../../../language/ssc-module.js';
import { Rule } from '../../../language/validation/rule-codes.js';

const MODEL = 'stakeholder Lonely : ngo { power low }\n';
const folders: string[] = [];

function workspaceFolder(rc?: string): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'ssc-rules-'));
    folders.push(folder);
    writeFileSync(path.join(folder, 'model.ssc'), MODEL);
    if (rc !== undefined) writeFileSync(path.join(folder, '.sscrc.json'), rc);
    return folder;
}

/** Starts the language services as the server does, over a real folder, without a client connection. */
async function startServer(folder: string, initializationOptions?: object) {
    const services = createSscServices({ ...NodeFileSystem });
    // createSscServices creates the sync only when a connection exists; the test plays the client.
    void services.Ssc.ssc.RuleSettingsSync;
    const server = services.shared.lsp.LanguageServer;
    await server.initialize({
        processId: null,
        rootUri: null,
        capabilities: {},
        workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'w' }],
        initializationOptions,
    });
    server.initialized({});
    await services.shared.workspace.WorkspaceManager.ready;
    const severityOf = (code: string) => {
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file(path.join(folder, 'model.ssc')));
        return document?.diagnostics?.find(d => d.code === code)?.severity ?? (document?.diagnostics ? 'absent' : 'not validated');
    };
    return { services, severityOf };
}

const eventually = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 20 });

afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    vi.restoreAllMocks();
});

describe('rule severities in the language server', () => {
    test('.sscrc.json in the workspace root sets severities, and a change to it revalidates', async () => {
        const folder = workspaceFolder(JSON.stringify({ rules: { [Rule.Isolated]: 'off', [Rule.MissingCategory]: 'error' } }));
        const { services, severityOf } = await startServer(folder);
        await eventually(() => expect(severityOf(Rule.MissingCategory)).toBe(DiagnosticSeverity.Error));
        expect(severityOf(Rule.Isolated)).toBe('absent');

        writeFileSync(path.join(folder, '.sscrc.json'), '{ "rules": {} }');
        services.shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles!({
            changes: [{ uri: URI.file(path.join(folder, '.sscrc.json')).toString(), type: FileChangeType.Changed }],
        });
        await eventually(() => expect(severityOf(Rule.Isolated)).toBe(DiagnosticSeverity.Warning));
        expect(severityOf(Rule.MissingCategory)).toBe(DiagnosticSeverity.Warning);
    });

    test('the ssc.rules setting wins over .sscrc.json and revalidates on change', async () => {
        const folder = workspaceFolder(JSON.stringify({ rules: { [Rule.Isolated]: 'off' } }));
        const { services, severityOf } = await startServer(folder);
        await eventually(() => expect(severityOf(Rule.Isolated)).toBe('absent'));
        services.shared.workspace.ConfigurationProvider.updateConfiguration({
            settings: { ssc: { rules: { [Rule.Isolated]: 'hint', [Rule.Unplaced]: 'off' } } },
        });
        await eventually(() => expect(severityOf(Rule.Isolated)).toBe(DiagnosticSeverity.Hint));
        expect(severityOf(Rule.Unplaced)).toBe('absent');
    });

    test('a malformed .sscrc.json is reported in one line naming the file, and the defaults apply', async () => {
        const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const folder = workspaceFolder('{ "rules": ');
        const { severityOf } = await startServer(folder);
        await eventually(() => expect(severityOf(Rule.Isolated)).toBe(DiagnosticSeverity.Warning));
        await eventually(() =>
            expect(errors.mock.calls.map(c => String(c[0]))).toContainEqual(expect.stringMatching(/\.sscrc\.json: not valid JSON/)),
        );
    });

    test('an untrusted workspace ignores .sscrc.json', async () => {
        const folder = workspaceFolder(JSON.stringify({ rules: { [Rule.Isolated]: 'off' } }));
        const { severityOf } = await startServer(folder, { workspaceTrusted: false });
        await eventually(() => expect(severityOf(Rule.Isolated)).toBe(DiagnosticSeverity.Warning));
    });
});
