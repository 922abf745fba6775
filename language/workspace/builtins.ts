import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { BUILTIN_URI, builtinLibraryText } from '../builtin/builtin-library.js';

/**
 * Makes sure the built-in library document exists and returns it (unbuilt if new). The language
 * server gets it through the workspace manager; the CLI and tests, which build documents directly,
 * call this first and include the result in their build.
 */
export function ensureBuiltins(shared: LangiumSharedServices): LangiumDocument {
    const uri = URI.parse(BUILTIN_URI);
    const documents = shared.workspace.LangiumDocuments;
    const existing = documents.getDocument(uri);
    if (existing) return existing;
    const document = shared.workspace.LangiumDocumentFactory.fromString(builtinLibraryText(), uri);
    documents.addDocument(document);
    return document;
}
