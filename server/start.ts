import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createSscServices } from '../language/ssc-module.js';
import { registerImportRequest } from './import-request.js';
import { registerPreviewRequests } from './preview-request.js';
import { renderXlsxWorkbook } from '../language/spreadsheet/xlsx-write.js';
import { registerRulesRequest } from './rules-request.js';
import { registerStatsRequest } from './stats-request.js';
import { publishDiagnosticsWithVersions } from './versioned-diagnostics.js';

/**
 * Starts the `.ssc` language server on the process's connection (stdio, IPC or socket, as given on
 * the command line: `--stdio`, `--node-ipc`, `--socket=N`).
 */
export function startSscServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Ssc } = createSscServices({ connection, ...NodeFileSystem });
    registerPreviewRequests(shared, Ssc, {
        workbook: async (sheets, title) => (await renderXlsxWorkbook(sheets, title)).toString('base64'),
    });
    registerImportRequest(shared, Ssc);
    registerRulesRequest(shared);
    registerStatsRequest(shared, Ssc);
    publishDiagnosticsWithVersions(connection, shared);
    startLanguageServer(shared);
    void shared.workspace.WorkspaceManager.ready.then(() => {
        const files = shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'file').count();
        connection.console.info(`SSC language server ready: ${files} .ssc file${files === 1 ? '' : 's'} in the workspace.`);
    });
}
