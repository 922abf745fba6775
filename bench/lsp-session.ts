import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection,
    StreamMessageReader,
    StreamMessageWriter,
    type ProtocolConnection,
    type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';
import { SERVER_NODE_ARGS } from '../protocol/server-launch.js';

/** A real language-server process driven over stdio, as an editor would. */
export class LspSession {
    readonly connection: ProtocolConnection;
    private readonly process: ChildProcess;
    private readonly listeners = new Set<(p: PublishDiagnosticsParams) => void>();
    /** Latest diagnostics per URI. */
    readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
    /** Count of publishDiagnostics notifications per URI. */
    readonly publishCount = new Map<string, number>();
    stderr = '';

    constructor(serverModule: string, extraNodeArgs: readonly string[] = []) {
        // SSC_BENCH_NODE_ARGS lets a profiling run pass e.g. `--cpu-prof` to the server process.
        const nodeArgs = [...extraNodeArgs, ...(process.env.SSC_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)];
        // Started the way the extension and `ssc lsp` start it.
        this.process = spawn(process.execPath, [...SERVER_NODE_ARGS, ...nodeArgs, serverModule, '--stdio'], {
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.process.stderr!.on('data', chunk => {
            this.stderr += String(chunk);
        });
        this.connection = createProtocolConnection(
            new StreamMessageReader(this.process.stdout!),
            new StreamMessageWriter(this.process.stdin!),
        );
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params);
            this.publishCount.set(params.uri, (this.publishCount.get(params.uri) ?? 0) + 1);
            for (const listener of this.listeners) listener(params);
        });
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    /** Sends initialize/initialized for a workspace folder. */
    async initialize(folder: string | null): Promise<void> {
        const uri = folder ? pathToFileURL(folder).toString() : null;
        await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: uri,
            workspaceFolders: folder ? [{ uri, name: path.basename(folder) }] : null,
            capabilities: {
                textDocument: {
                    publishDiagnostics: { versionSupport: true },
                    completion: { completionItem: { snippetSupport: true } },
                    synchronization: { didSave: true },
                },
                workspace: { workspaceFolders: true },
            },
        });
        await this.connection.sendNotification('initialized', {});
    }

    /** Resolves with the first publishDiagnostics for `uri` that satisfies `accept`, or rejects after `timeoutMs`. */
    waitForDiagnostics(
        uri: string,
        accept: (p: PublishDiagnosticsParams) => boolean = () => true,
        timeoutMs = 120_000,
    ): Promise<PublishDiagnosticsParams> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.listeners.delete(listener);
                reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`));
            }, timeoutMs);
            const listener = (p: PublishDiagnosticsParams) => {
                if (p.uri === uri && accept(p)) {
                    clearTimeout(timer);
                    this.listeners.delete(listener);
                    resolve(p);
                }
            };
            this.listeners.add(listener);
        });
    }

    /** Resolves once every URI has had at least one publishDiagnostics. */
    async waitForAll(uris: readonly string[], timeoutMs = 300_000): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        while (uris.some(u => !this.diagnostics.has(u))) {
            if (Date.now() > deadline)
                throw new Error(`diagnostics missing for ${uris.filter(u => !this.diagnostics.has(u)).length} files`);
            await new Promise(r => setTimeout(r, 20));
        }
    }

    /** Shuts the server down and ends the process. */
    async dispose(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
            await this.connection.sendNotification('exit');
        } catch {
            // the process may already be gone
        }
        // Give the process a moment to exit by itself (a profiling run writes its profile then).
        await Promise.race([new Promise(r => this.process.once('exit', r)), new Promise(r => setTimeout(r, 3000))]);
        this.connection.dispose();
        this.process.kill();
    }
}
