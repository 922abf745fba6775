/**
 * The playground's end of the language server connection: JSON-RPC over the worker's
 * `postMessage`, typed with the LSP protocol package. It keeps the documents in sync and the
 * latest diagnostics per document; the Monaco providers and the page read from it.
 */
import {
    BrowserMessageReader,
    BrowserMessageWriter,
    createProtocolConnection,
    DidChangeTextDocumentNotification,
    DidChangeWatchedFilesNotification,
    DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification,
    FileChangeType,
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    type Diagnostic,
    type ProtocolConnection,
    type ServerCapabilities,
    type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/browser.js';

/** Diagnostics of one document, as last published. */
export interface DocumentDiagnostics {
    uri: string;
    version?: number;
    diagnostics: Diagnostic[];
}

/** A started language server in a worker. */
export class LspClient {
    readonly connection: ProtocolConnection;
    capabilities: ServerCapabilities = {};
    private readonly diagnostics = new Map<string, DocumentDiagnostics>();
    private readonly listeners: Array<(uri: string) => void> = [];

    constructor(readonly worker: Worker) {
        this.connection = createProtocolConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.diagnostics.set(params.uri, { uri: params.uri, version: params.version, diagnostics: params.diagnostics });
            // A copy: a listener may remove itself (settled).
            for (const listener of [...this.listeners]) listener(params.uri);
        });
        // The server logs and may show messages; the page has its own notices, so keep them in the console.
        this.connection.onNotification('window/logMessage', (p: { message: string }) => console.debug(p.message));
        this.connection.onNotification('window/showMessage', (p: { message: string }) => console.warn(p.message));
        this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    /** Initializes the server: no workspace folder, every document comes as an open one. */
    async start(): Promise<void> {
        const result = await this.connection.sendRequest(InitializeRequest.type, {
            processId: null,
            rootUri: null,
            workspaceFolders: null,
            initializationOptions: { workspaceTrusted: true },
            capabilities: {
                textDocument: {
                    synchronization: { dynamicRegistration: false },
                    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
                    completion: {
                        completionItem: {
                            snippetSupport: true,
                            documentationFormat: ['markdown', 'plaintext'],
                            insertReplaceSupport: true,
                            labelDetailsSupport: true,
                        },
                        contextSupport: true,
                    },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    definition: { linkSupport: true },
                    references: {},
                    documentHighlight: {},
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                    formatting: {},
                    rangeFormatting: {},
                    rename: { prepareSupport: true },
                    codeAction: {
                        codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
                        isPreferredSupport: true,
                    },
                    foldingRange: {},
                },
                workspace: { workspaceEdit: { documentChanges: true }, configuration: false, applyEdit: false },
            },
        });
        this.capabilities = result.capabilities;
        await this.connection.sendNotification(InitializedNotification.type, {});
    }

    /** Called with the URI of every document whose diagnostics change. */
    onDiagnostics(listener: (uri: string) => void): void {
        this.listeners.push(listener);
    }

    /**
     * Resolves once the diagnostics of `uri` at `version` (or a later one) are in, or after `limitMs`:
     * requests that can wait (outline, folding) are sent after the build of an edit, not during it,
     * where the worker would compute them before the diagnostics the user waits for.
     */
    settled(uri: string, version: number, limitMs: number): Promise<void> {
        const done = () => (this.diagnostics.get(uri)?.version ?? -1) >= version;
        if (done()) return Promise.resolve();
        return new Promise(resolve => {
            const listeners = this.listeners;
            const finish = () => {
                clearTimeout(timer);
                const index = listeners.indexOf(listener);
                if (index >= 0) listeners.splice(index, 1);
                resolve();
            };
            const listener = (changed: string) => {
                if (changed === uri && done()) finish();
            };
            const timer = setTimeout(finish, limitMs);
            listeners.push(listener);
        });
    }

    /** The latest diagnostics of a document. */
    diagnosticsOf(uri: string): Diagnostic[] {
        return this.diagnostics.get(uri)?.diagnostics ?? [];
    }

    /** All documents that have diagnostics. */
    allDiagnostics(): DocumentDiagnostics[] {
        return [...this.diagnostics.values()];
    }

    open(uri: string, text: string, version: number): void {
        void this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'ssc', version, text },
        });
    }

    change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): void {
        void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    }

    /** Closes a document and tells the server it is gone (a closed document would otherwise stay in its workspace). */
    remove(uri: string): void {
        this.diagnostics.delete(uri);
        void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        void this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
        for (const listener of this.listeners) listener(uri);
    }
}
