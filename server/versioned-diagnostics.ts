import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';

/**
 * Makes every diagnostics report of an open document carry the version of the text it was computed
 * from (Langium sends none), so that a client can tell a stale report from a fresh one.
 */
export function publishDiagnosticsWithVersions(connection: Connection, shared: LangiumSharedCoreServices): void {
    const parsedVersions = new Map<string, number>();
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Parsed, document => {
        const open = shared.workspace.TextDocuments?.get(document.uri.toString());
        if (open) parsedVersions.set(document.uri.toString(), open.version);
        else parsedVersions.delete(document.uri.toString());
    });
    shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
        for (const uri of deleted) parsedVersions.delete(uri.toString());
    });
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => {
        const version = params.version ?? parsedVersions.get(params.uri);
        return send(version === undefined ? params : { ...params, version });
    };
}
