import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

let client: LanguageClient | undefined;

/** Activates the extension: starts the `.ssc` language server and connects it to VS Code. */
export async function activate(context: ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const { workspace } = await import('vscode');
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'ssc' }],
        synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.ssc') },
        outputChannelName: 'SSC Language Server',
    };
    client = new LanguageClient('ssc', 'SSC Stakeholder Studio', serverOptions, clientOptions);
    context.subscriptions.push({ dispose: () => void client?.stop() });
    await client.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
