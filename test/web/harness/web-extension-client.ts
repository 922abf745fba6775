/**
 * A stand-in for the web extension's client side in a page: the worker bundle the extension ships
 * (`dist/browser/server-worker.js`), the JSON-RPC connection vscode-languageclient/browser builds on,
 * and the `ssc/fs/*` answers `client/web-file-system.ts` gives, here from an in-memory workspace shaped
 * like a GitHub repository in github.dev (`vscode-vfs://github/…`). Results land on `window.__harness`.
 */
import {
    BrowserMessageReader,
    BrowserMessageWriter,
    createProtocolConnection,
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/browser.js';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest, type FsEntry } from '../../../protocol/file-system-messages.js';
import { PreviewRequest } from '../../../protocol/server-messages.js';

declare const __FILES__: Record<string, string>;
// A page script checked under the root tsconfig (no DOM lib): name the page globals it uses.
declare const window: object;
declare const Worker: new (url: string) => ConstructorParameters<typeof BrowserMessageReader>[0];
const ROOT = 'vscode-vfs://github/acme/city';
const files = new Map(Object.entries(__FILES__).map(([p, text]) => [`${ROOT}/${p}`, text]));
const asked: string[] = [];

function entries(folder: string): FsEntry[] {
    const children = new Map<string, FsEntry>();
    for (const uri of files.keys()) {
        if (!uri.startsWith(folder + '/')) continue;
        const [first, ...rest] = uri.slice(folder.length + 1).split('/');
        const child = `${folder}/${first}`;
        children.set(child, { uri: child, isFile: rest.length === 0, isDirectory: rest.length > 0 });
    }
    return [...children.values()];
}

const harness = {
    diagnostics: {} as Record<string, PublishDiagnosticsParams['diagnostics']>,
    asked,
    preview: undefined as unknown,
    error: undefined as unknown,
};
(window as unknown as { __harness: typeof harness }).__harness = harness;

async function main(): Promise<void> {
    const worker = new Worker('server-worker.js');
    const connection = createProtocolConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
    connection.onRequest(ReadDirectoryRequest.type, p => {
        asked.push(`readDirectory ${p.uri}`);
        return { entries: entries(p.uri) };
    });
    connection.onRequest(ReadFileRequest.type, p => {
        asked.push(`readFile ${p.uri}`);
        const text = files.get(p.uri);
        return text === undefined ? { error: 'not found' } : { text };
    });
    connection.onRequest(StatRequest.type, p => {
        const isFile = files.has(p.uri);
        const isDirectory = entries(p.uri).length > 0;
        return isFile || isDirectory ? { entry: { uri: p.uri, isFile, isDirectory } } : {};
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification(PublishDiagnosticsNotification.type, p => {
        harness.diagnostics[p.uri] = p.diagnostics;
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
        processId: null,
        rootUri: ROOT,
        workspaceFolders: [{ uri: ROOT, name: 'city' }],
        initializationOptions: { workspaceTrusted: true },
        capabilities: {},
    });
    await connection.sendNotification(InitializedNotification.type, {});
    // Wait until every model file of the repository has been reported on, then ask for the preview.
    while (![...files.keys()].filter(u => u.endsWith('.ssc')).every(u => harness.diagnostics[u] !== undefined))
        await new Promise(r => setTimeout(r, 50));
    harness.preview = await connection.sendRequest(PreviewRequest.type, { uri: `${ROOT}/models/city.ssc` });
}

main().catch(error => {
    harness.error = String(error);
});
