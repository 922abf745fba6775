/**
 * The thin LSP bridge: each Monaco language feature asks the language server in the worker. Only
 * what `.ssc` needs: completion, hover, definition, references, highlights, rename, formatting,
 * quick fixes, outline and folding; diagnostics arrive as notifications (see the page).
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import {
    CodeActionRequest,
    CompletionRequest,
    DefinitionRequest,
    DocumentFormattingRequest,
    DocumentHighlightRequest,
    DocumentRangeFormattingRequest,
    DocumentSymbolRequest,
    FoldingRangeRequest,
    HoverRequest,
    PrepareRenameRequest,
    ReferencesRequest,
    RenameRequest,
    LSPErrorCodes,
    ResponseError,
    type Diagnostic,
    type RequestType,
    type DocumentSymbol,
    type SymbolInformation,
} from 'vscode-languageserver-protocol/browser.js';
import type { LspClient } from './lsp-client.js';
import { toCompletion, toHover, toLocations, toLspRange, toPosition, toRange, toTextEdit, toWorkspaceEdit } from './monaco-convert.js';

/** The language id the playground registers. */
export const LANGUAGE_ID = 'ssc';

const doc = (model: monaco.editor.ITextModel) => ({ uri: model.uri.toString() });

function sameRange(a: Diagnostic['range'], m: monaco.editor.IMarkerData): boolean {
    return (
        a.start.line + 1 === m.startLineNumber &&
        a.start.character + 1 === m.startColumn &&
        a.end.line + 1 === m.endLineNumber &&
        a.end.character + 1 === m.endColumn
    );
}

function symbolsOf(list: DocumentSymbol[] | SymbolInformation[] | null): monaco.languages.DocumentSymbol[] {
    const convert = (s: DocumentSymbol): monaco.languages.DocumentSymbol => ({
        name: s.name,
        detail: s.detail ?? '',
        kind: (s.kind - 1) as monaco.languages.SymbolKind,
        tags: [],
        range: toRange(s.range),
        selectionRange: toRange(s.selectionRange),
        children: s.children?.map(convert),
    });
    return (list ?? []).filter((s): s is DocumentSymbol => 'range' in s).map(convert);
}

/** How long the outline and folding wait for the diagnostics of the version they are asked for (see {@link LspClient.settled}). */
const CAN_WAIT_MS = 3000;

/** Error codes of a request the server gave up (LSP): the client may treat it as unanswered. */
const GIVEN_UP: readonly number[] = [LSPErrorCodes.ServerCancelled, LSPErrorCodes.RequestCancelled, LSPErrorCodes.ContentModified];

/** Registers every provider on the `ssc` language; returns what to dispose. */
export function registerProviders(client: LspClient): monaco.IDisposable[] {
    // A request the server gave up (a document it does not know yet, a text that changed since) answers nothing;
    // Monaco asks again, where a rejection would surface as an error on the page.
    const rpc = {
        sendRequest: <P, R>(type: RequestType<P, R, unknown>, params: P): Promise<R | null> =>
            client.connection.sendRequest(type, params).catch((error: unknown) => {
                if (error instanceof ResponseError && GIVEN_UP.includes(error.code)) return null;
                throw error;
            }),
    };
    const languages = monaco.languages;
    const triggerCharacters = client.capabilities.completionProvider?.triggerCharacters ?? [];
    return [
        languages.registerCompletionItemProvider(LANGUAGE_ID, {
            triggerCharacters,
            async provideCompletionItems(model, position, context) {
                const result = await rpc.sendRequest(CompletionRequest.type, {
                    textDocument: doc(model),
                    position: toPosition(position),
                    context: { triggerKind: context.triggerKind + 1, triggerCharacter: context.triggerCharacter } as never,
                });
                const word = model.getWordUntilPosition(position);
                const fallback = {
                    startLineNumber: position.lineNumber,
                    endLineNumber: position.lineNumber,
                    startColumn: word.startColumn,
                    endColumn: word.endColumn,
                };
                const items = Array.isArray(result) ? result : (result?.items ?? []);
                return {
                    suggestions: items.map(i => toCompletion(i, fallback)),
                    incomplete: !Array.isArray(result) && result?.isIncomplete,
                };
            },
        }),
        languages.registerHoverProvider(LANGUAGE_ID, {
            async provideHover(model, position) {
                return toHover(await rpc.sendRequest(HoverRequest.type, { textDocument: doc(model), position: toPosition(position) }));
            },
        }),
        languages.registerDefinitionProvider(LANGUAGE_ID, {
            async provideDefinition(model, position) {
                return toLocations(
                    await rpc.sendRequest(DefinitionRequest.type, { textDocument: doc(model), position: toPosition(position) }),
                );
            },
        }),
        languages.registerReferenceProvider(LANGUAGE_ID, {
            async provideReferences(model, position, context) {
                return toLocations(
                    await rpc.sendRequest(ReferencesRequest.type, { textDocument: doc(model), position: toPosition(position), context }),
                );
            },
        }),
        languages.registerDocumentHighlightProvider(LANGUAGE_ID, {
            async provideDocumentHighlights(model, position) {
                const result = await rpc.sendRequest(DocumentHighlightRequest.type, {
                    textDocument: doc(model),
                    position: toPosition(position),
                });
                return (result ?? []).map(h => ({
                    range: toRange(h.range),
                    kind: ((h.kind ?? 1) - 1) as monaco.languages.DocumentHighlightKind,
                }));
            },
        }),
        languages.registerRenameProvider(LANGUAGE_ID, {
            async provideRenameEdits(model, position, newName) {
                const edit = await rpc.sendRequest(RenameRequest.type, {
                    textDocument: doc(model),
                    position: toPosition(position),
                    newName,
                });
                return toWorkspaceEdit(edit);
            },
            async resolveRenameLocation(model, position) {
                const result = await rpc.sendRequest(PrepareRenameRequest.type, {
                    textDocument: doc(model),
                    position: toPosition(position),
                });
                if (!result)
                    return {
                        range: { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 },
                        text: '',
                        rejectReason: 'This name cannot be renamed here.',
                    };
                if ('placeholder' in result) return { range: toRange(result.range), text: result.placeholder };
                if ('start' in result) return { range: toRange(result), text: model.getValueInRange(toRange(result)) };
                // `{ defaultBehavior: true }`: the word at the cursor.
                const word = model.getWordAtPosition(position);
                if (!word)
                    return {
                        range: {
                            startLineNumber: position.lineNumber,
                            endLineNumber: position.lineNumber,
                            startColumn: position.column,
                            endColumn: position.column,
                        },
                        text: '',
                        rejectReason: 'Nothing to rename here.',
                    };
                return {
                    range: {
                        startLineNumber: position.lineNumber,
                        endLineNumber: position.lineNumber,
                        startColumn: word.startColumn,
                        endColumn: word.endColumn,
                    },
                    text: word.word,
                };
            },
        }),
        languages.registerDocumentFormattingEditProvider(LANGUAGE_ID, {
            async provideDocumentFormattingEdits(model, options) {
                const edits = await rpc.sendRequest(DocumentFormattingRequest.type, {
                    textDocument: doc(model),
                    options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces },
                });
                return (edits ?? []).map(toTextEdit);
            },
        }),
        languages.registerDocumentRangeFormattingEditProvider(LANGUAGE_ID, {
            async provideDocumentRangeFormattingEdits(model, range, options) {
                const edits = await rpc.sendRequest(DocumentRangeFormattingRequest.type, {
                    textDocument: doc(model),
                    range: toLspRange(range),
                    options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces },
                });
                return (edits ?? []).map(toTextEdit);
            },
        }),
        languages.registerCodeActionProvider(
            LANGUAGE_ID,
            {
                async provideCodeActions(model, range, context) {
                    // The built-in vocabulary is read-only: nothing to fix there.
                    if (model.uri.scheme === 'ssc-builtin')
                        return {
                            actions: [],
                            dispose() {
                                /* nothing held */
                            },
                        };
                    // Give the server its own diagnostics back (with code and data) for the markers in the range, at
                    // the markers' ranges: Monaco moves markers with each edit, a report may be a version behind.
                    const published = client.diagnosticsOf(model.uri.toString());
                    const diagnostics = context.markers.flatMap(m => {
                        const d =
                            published.find(p => sameRange(p.range, m) && p.message === m.message) ??
                            published.find(p => p.message === m.message && String(p.code) === m.code);
                        return d ? [{ ...d, range: toLspRange(m) }] : [];
                    });
                    const result = await rpc.sendRequest(CodeActionRequest.type, {
                        textDocument: doc(model),
                        range: toLspRange(range),
                        context: {
                            diagnostics,
                            only: context.only ? [context.only] : undefined,
                            triggerKind: context.trigger === monaco.languages.CodeActionTriggerType.Invoke ? 1 : 2,
                        },
                    });
                    const actions: monaco.languages.CodeAction[] = [];
                    for (const action of result ?? []) {
                        if (!('edit' in action) || !action.edit) continue; // commands: the server offers none the playground can run
                        actions.push({
                            title: action.title,
                            kind: action.kind,
                            isPreferred: action.isPreferred,
                            edit: toWorkspaceEdit(action.edit),
                            diagnostics: context.markers.filter(m => action.diagnostics?.some(d => d.message === m.message)),
                        });
                    }
                    return {
                        actions,
                        dispose() {
                            /* nothing held */
                        },
                    };
                },
            },
            { providedCodeActionKinds: ['quickfix', 'refactor', 'source'] },
        ),
        languages.registerDocumentSymbolProvider(LANGUAGE_ID, {
            async provideDocumentSymbols(model, token) {
                await client.settled(model.uri.toString(), model.getVersionId(), CAN_WAIT_MS);
                if (token.isCancellationRequested) return undefined;
                return symbolsOf(await rpc.sendRequest(DocumentSymbolRequest.type, { textDocument: doc(model) }));
            },
        }),
        languages.registerFoldingRangeProvider(LANGUAGE_ID, {
            async provideFoldingRanges(model, _context, token) {
                await client.settled(model.uri.toString(), model.getVersionId(), CAN_WAIT_MS);
                if (token.isCancellationRequested) return undefined;
                const ranges = await rpc.sendRequest(FoldingRangeRequest.type, { textDocument: doc(model) });
                return (ranges ?? []).map(r => ({ start: r.startLine + 1, end: r.endLine + 1 }));
            },
        }),
    ];
}
