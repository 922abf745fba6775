import {
    DefaultLangiumDocumentFactory,
    type AstNode,
    type Cancellation,
    type LangiumDocument,
    type Mutable,
    type ParseResult,
    type URI,
} from 'langium';
import { sscServicesOf } from './ssc-services-of.js';

/**
 * Langium's document factory, re-parsing an edited `.ssc` document block by block where it can
 * (`IncrementalParser`) and whole where it cannot.
 */
export class SscDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The previous parse results of the documents being updated, by URI. */
    private readonly previous = new Map<string, ParseResult>();

    override async update<T extends AstNode = AstNode>(
        document: Mutable<LangiumDocument<T>>,
        cancellationToken: Cancellation.CancellationToken,
    ): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(key);
        }
    }

    protected override async parseAsync<T extends AstNode>(
        uri: URI,
        text: string,
        cancellationToken: Cancellation.CancellationToken,
    ): Promise<ParseResult<T>> {
        const previous = this.previous.get(uri.toString());
        const services = previous && sscServicesOf(this.serviceRegistry, uri);
        if (previous && services) {
            const result = services.ssc.IncrementalParser.reparse(previous, text);
            if (result) return result as ParseResult<T>;
        }
        return super.parseAsync(uri, text, cancellationToken);
    }
}
