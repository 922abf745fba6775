import { DefaultLangiumDocuments, type LangiumDocument, type URI } from 'langium';

/**
 * Langium's document store, remembering each document found by its URI's text. Langium's lookup
 * parses and prints the URI again to normalise it, then walks a trie by its segments; the checks look
 * up the same few files for hundreds of findings per build (a stale level finds the assessment it
 * points at). What is remembered is forgotten whenever a document is added or removed.
 */
export class SscLangiumDocuments extends DefaultLangiumDocuments {
    private readonly found = new Map<string, LangiumDocument>();

    override getDocument(uri: URI): LangiumDocument | undefined {
        const key = uri.toString();
        const known = this.found.get(key);
        if (known) return known;
        const document = super.getDocument(uri);
        if (document) this.found.set(key, document);
        return document;
    }

    override addDocument(document: LangiumDocument): void {
        this.found.clear();
        super.addDocument(document);
    }

    override deleteDocument(uri: URI): LangiumDocument | undefined {
        this.found.clear();
        return super.deleteDocument(uri);
    }

    override deleteDocuments(folder: URI): LangiumDocument[] {
        this.found.clear();
        return super.deleteDocuments(folder);
    }
}
