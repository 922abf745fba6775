import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createSscServices } from '../language/ssc-module.js';

/**
 * Starts the `.ssc` language server on the process's connection (stdio, IPC or socket, as given on
 * the command line: `--stdio`, `--node-ipc`, `--socket=N`).
 */
export function startSscServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createSscServices({ connection, ...NodeFileSystem });
    startLanguageServer(shared);
}
