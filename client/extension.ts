import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { SERVER_NODE_ARGS } from '../protocol/server-launch.js';
import type { SscInitializationOptions } from '../protocol/server-messages.js';
import { ruleSettingsMiddleware } from './rule-settings.js';

let client: LanguageClient | undefined;

/** Activates the extension: starts the `.ssc` language server and connects it to VS Code. */
export async function activate(context: ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS] } },
        debug: {
            module: serverModule,
            transport: TransportKind.ipc,
            options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6009'] },
        },
    };
    const { workspace, window } = await import('vscode');
    // Created up front so the channel is there (and inspectable) even before the server logs anything.
    const outputChannel = window.createOutputChannel('SSC Language Server');
    context.subscriptions.push(outputChannel);
    const clientOptions: LanguageClientOptions = {
        // Real files only: the built-in vocabulary (`ssc-builtin:`) is shown read-only and already known to the server.
        documentSelector: [
            { scheme: 'file', language: 'ssc' },
            { scheme: 'untitled', language: 'ssc' },
        ],
        synchronize: { fileEvents: [workspace.createFileSystemWatcher('**/*.ssc'), workspace.createFileSystemWatcher('**/.sscrc.json')] },
        // The server reads `.sscrc.json` only in a trusted workspace (see package.json capabilities).
        initializationOptions: { workspaceTrusted: workspace.isTrusted } satisfies SscInitializationOptions,
        outputChannel,
        middleware: { workspace: ruleSettingsMiddleware },
    };
    client = new LanguageClient('ssc', 'SSC Stakeholder Studio', serverOptions, clientOptions);
    context.subscriptions.push({ dispose: () => void client?.stop() });
    context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
    const { registerPreview } = await import('./preview/register-preview.js');
    context.subscriptions.push(...registerPreview(context, client));
    const { registerImportRegister } = await import('./commands/import-register.js');
    context.subscriptions.push(...registerImportRegister(client));
    const { registerExplainRule } = await import('./commands/explain-rule.js');
    const { registerNewModel } = await import('./commands/new-model.js');
    const { registerOpenExample } = await import('./commands/open-example.js');
    context.subscriptions.push(registerExplainRule(client), registerNewModel(client), registerOpenExample(context));
    const { registerBuiltinLibraryProvider } = await import('./builtin-library-provider.js');
    context.subscriptions.push(registerBuiltinLibraryProvider());
    await client.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
