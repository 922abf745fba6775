/**
 * The language server in a browser Web Worker: the playground's and VS Code for the Web's. The
 * same services as the Node server; files come from the client (`ssc/fs/*`), messages travel over
 * the worker's `postMessage`.
 */
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { createSscServices } from '../language/ssc-module.js';
import { ClientFileSystemProvider } from './client-file-system.js';
import { registerPreviewRequests } from './preview-request.js';
import { registerRulesRequest } from './rules-request.js';
import { publishDiagnosticsWithVersions } from './versioned-diagnostics.js';

// A dedicated worker's global scope; the root tsconfig has no WebWorker lib, so name what is used.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
// The reader listens through `onmessage`. ELK's bundled layout engine, loaded at the first map layout,
// assigns `self.onmessage` whenever it finds itself in a worker (it expects to be an ELK worker) and
// would take every later LSP message: keep the reader's handler.
const handler = (self as unknown as { onmessage: unknown }).onmessage;
Object.defineProperty(self, 'onmessage', { configurable: true, get: () => handler, set: () => undefined });
const { shared, Ssc } = createSscServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
registerPreviewRequests(shared, Ssc);
registerRulesRequest(shared);
publishDiagnosticsWithVersions(connection, shared);
startLanguageServer(shared);
