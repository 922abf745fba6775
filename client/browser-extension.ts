import { commands, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser.js';
import { BUILTIN_SCHEME } from '../language/builtin/builtin-library.js';
import { registerBuiltinLibraryProvider } from './builtin-library-provider.js';
import { registerExplainRule } from './commands/explain-rule.js';
import { registerNewModel } from './commands/new-model.js';
import { registerOpenExample } from './commands/open-example.js';
import { registerPreview } from './preview/register-preview.js';
import { ruleSettingsMiddleware } from './rule-settings.js';
import { serveFileSystem } from './web-file-system.js';

let client: LanguageClient | undefined;

// The extension host of VS Code for the Web is a Web Worker; the root tsconfig has no DOM lib, so name its Worker here.
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

/**
 * The language server's worker. VS Code's web extension host refuses `new Worker` on a
 * `vscode-remote:` URL, which is where an extension installed on a remote server lives (code-server,
 * Codespaces, a remote window in the browser); its `fetch` does resolve such URLs, so the script is
 * fetched and started from a same-origin blob. Extensions served over https (vscode.dev) start directly.
 */
async function startServerWorker(extensionUri: Uri): Promise<ConstructorParameters<typeof LanguageClient>[3]> {
    const script = Uri.joinPath(extensionUri, 'dist', 'browser', 'server-worker.js');
    if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
    const response = await fetch(script.toString(true));
    if (!response.ok) throw new Error(`SSC: could not load the language server (${response.status} ${response.statusText})`);
    const blob = new Blob([await response.text()], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob));
}

/**
 * Activates the extension in VS Code for the Web (vscode.dev, github.dev): the same language server
 * runs in a Web Worker and reads the workspace through VS Code's file system API. The desktop
 * extension (`extension.ts`) is unchanged.
 */
export async function activate(context: ExtensionContext): Promise<void> {
    const outputChannel = window.createOutputChannel('SSC Language Server');
    context.subscriptions.push(outputChannel);
    const clientOptions: LanguageClientOptions = {
        // Any file system the workbench offers (vscode-vfs, memfs, file…); the built-in vocabulary is already known to the server.
        documentSelector: [{ language: 'ssc' }],
        synchronize: { fileEvents: [workspace.createFileSystemWatcher('**/*.ssc'), workspace.createFileSystemWatcher('**/.sscrc.json')] },
        initializationOptions: { workspaceTrusted: workspace.isTrusted },
        outputChannel,
        middleware: {
            workspace: ruleSettingsMiddleware,
            didOpen: (document, next) => (document.uri.scheme === BUILTIN_SCHEME ? Promise.resolve() : next(document)),
            didChange: (event, next) => (event.document.uri.scheme === BUILTIN_SCHEME ? Promise.resolve() : next(event)),
            didClose: (document, next) => (document.uri.scheme === BUILTIN_SCHEME ? Promise.resolve() : next(document)),
        },
    };
    const worker = await startServerWorker(context.extensionUri);
    client = new LanguageClient('ssc', 'SSC Stakeholder Studio', clientOptions, worker);
    context.subscriptions.push(...serveFileSystem(client));
    context.subscriptions.push({ dispose: () => void client?.stop() });
    // A browser client cannot restart its worker; trust changes what the server reads at start-up.
    context.subscriptions.push(
        workspace.onDidGrantWorkspaceTrust(() => {
            void window.showInformationMessage("SSC: reload the window to apply the workspace's .sscrc.json now that it is trusted.");
        }),
    );
    context.subscriptions.push(...registerPreview(context, client));
    // The getting-started commands of the walkthrough; importing a register (a spreadsheet reader) is desktop-only.
    context.subscriptions.push(registerExplainRule(client), registerNewModel(client), registerOpenExample(context));
    context.subscriptions.push(
        commands.registerCommand('ssc.importRegister', () =>
            window.showInformationMessage(
                'SSC: importing a stakeholder register needs VS Code on the desktop or the ssc command (npx ssc import FILE).',
            ),
        ),
    );
    context.subscriptions.push(registerBuiltinLibraryProvider());
    await client.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
