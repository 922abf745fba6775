import { Cancellation, DefaultDocumentBuilder, DocumentState, type BuildOptions, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { SscAddedServices } from '../ssc-module.js';

/**
 * Langium's document builder, extended so that diagnostics which depend on other files stay current.
 * Langium re-validates only the documents a change affects by linking; coverage, balance, isolation,
 * stale levels and the like also depend on files a document never references. After each build, every
 * other validated document whose recorded workspace facts now read differently is validated again —
 * without reparsing or relinking it — and nothing else is.
 */
export class SscDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedServices) {
        super(services);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        await super.buildDocuments(documents, options, cancelToken);
        if (!options.validation) return;
        const built = new Set(documents.map(d => d.uri.toString()));
        const stale = this.langiumDocuments.all
            .filter(d => d.state === DocumentState.Validated && !built.has(d.uri.toString()) && this.factsChanged(d))
            .toArray();
        if (stale.length > 0) await this.revalidate(stale, options, cancelToken);
    }

    /**
     * Runs validation again for the given documents (after a settings change, or when their workspace
     * facts changed); parsing, indexing and linking results are kept.
     */
    async revalidate(documents: LangiumDocument[], options: BuildOptions = this.updateBuildOptions, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        for (const document of documents) {
            if (document.state >= DocumentState.IndexedReferences) this.resetToState(document, DocumentState.IndexedReferences);
        }
        await super.buildDocuments(documents, options, cancelToken);
    }

    private factsChanged(document: LangiumDocument): boolean {
        if (!this.serviceRegistry.hasServices(document.uri)) return false;
        const services = this.serviceRegistry.getServices(document.uri) as Partial<SscAddedServices>;
        return services.ssc?.WorkspaceFacts.changed(document.uri.toString()) ?? false;
    }
}
