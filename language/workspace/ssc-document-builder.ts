import {
    Cancellation,
    DefaultDocumentBuilder,
    DocumentState,
    URI,
    delayNextTick,
    interruptAndCheck,
    type AstNode,
    type AstNodeDescription,
    type BuildOptions,
    type LangiumDocument,
} from 'langium';
import { changedNames, exportsByKey } from '../references/exported-names.js';
import type { SscServices, SscSharedServices } from '../ssc-module.js';
import { SscLinker } from '../references/ssc-linker.js';
import type { SscIndexManager } from './ssc-index-manager.js';
import { sscServicesOf } from './ssc-services-of.js';

/**
 * Langium's document builder, made incremental for big workspaces and extended so that diagnostics
 * which depend on other files stay current.
 *
 * - **Links follow exported names only.** Langium relinks and revalidates every document that refers
 *   to a changed one. Here, once a changed document is re-indexed, its exported names (type and name)
 *   are compared with those other documents were linked against: when they are the same, the
 *   references into it are just pointed at its new syntax tree (no relinking, no revalidation);
 *   when names were renamed, removed or added, every document that refers to one of those names is
 *   relinked and validated again. Deleted documents count as removing all their names.
 * - **Workspace facts.** Coverage, balance, isolation, stale levels and the like also depend on files a
 *   document never references. After each build, every other validated document whose recorded
 *   workspace facts now read differently is validated again — without reparsing or relinking it. In the
 *   language server this check comes after the edited document's diagnostics are out, and the next
 *   keystroke interrupts it.
 */
export class SscDocumentBuilder extends DefaultDocumentBuilder {
    /** For documents re-indexed since: the exports other documents are still linked against. */
    private readonly linkedExports = new Map<string, readonly AstNodeDescription[]>();
    /** Documents a change of names unlinked, with the build options they had. */
    private readonly relinkQueue = new Map<string, BuildOptions>();
    private readonly sscIndex: SscIndexManager;

    constructor(services: SscSharedServices) {
        super(services);
        this.sscIndex = services.workspace.IndexManager;
    }

    override resetToState<T extends AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
        if (state < DocumentState.IndexedContent) this.rememberExports(document.uri);
        super.resetToState(document, state);
    }

    protected override cleanUpDeleted<T extends AstNode>(document: LangiumDocument<T>): void {
        this.rememberExports(document.uri);
        // Drop the deleted tree's own links; documents linked into it are relinked once it is gone.
        if (this.serviceRegistry.hasServices(document.uri))
            this.serviceRegistry.getServices(document.uri).references.Linker.unlink(document);
        super.cleanUpDeleted(document);
    }

    /** Relinking is decided after re-indexing, by exported names (see {@link reconcileExports}). */
    protected override shouldRelink(): boolean {
        return false;
    }

    protected override async runCancelable(
        documents: LangiumDocument[],
        targetState: DocumentState,
        cancelToken: Cancellation.CancellationToken,
        callback: (document: LangiumDocument) => unknown,
    ): Promise<void> {
        // Every changed document is indexed by now, so its new exports are known.
        if (targetState === DocumentState.Linked) this.reconcileExports();
        await super.runCancelable(documents, targetState, cancelToken, callback);
    }

    protected override async buildDocuments(
        documents: LangiumDocument[],
        options: BuildOptions,
        cancelToken: Cancellation.CancellationToken,
    ): Promise<void> {
        await super.buildDocuments(documents, options, cancelToken);
        const relinked = await this.buildRelinked(cancelToken);
        if (!options.validation) return;
        const built = new Set([...documents, ...relinked].map(d => d.uri.toString()));
        const others = this.langiumDocuments.all.filter(d => d.state === DocumentState.Validated && !built.has(d.uri.toString())).toArray();
        const stale = await this.withChangedFacts(others, cancelToken);
        if (stale.length > 0) await this.revalidate(stale, options, cancelToken);
    }

    /**
     * The documents whose workspace facts read differently now. In the language server this yields
     * first, so that the diagnostics of the documents just built reach the editor before other files are
     * looked at, and then lets the next keystroke interrupt it: a cancelled check is not lost, since
     * facts are compared with those recorded when each document was last validated, and the build of
     * that keystroke compares them again.
     */
    private async withChangedFacts(documents: LangiumDocument[], cancelToken: Cancellation.CancellationToken): Promise<LangiumDocument[]> {
        if (documents.length === 0) return [];
        const interruptible = cancelToken !== Cancellation.CancellationToken.None;
        if (interruptible) await delayNextTick();
        const stale: LangiumDocument[] = [];
        for (const document of documents) {
            if (interruptible) await interruptAndCheck(cancelToken);
            if (document.state === DocumentState.Validated && this.factsChanged(document)) stale.push(document);
        }
        return stale;
    }

    /**
     * Runs validation again for the given documents (after a settings change, or when their workspace
     * facts changed); parsing, indexing and linking results are kept.
     */
    async revalidate(
        documents: LangiumDocument[],
        options: BuildOptions = this.updateBuildOptions,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
    ): Promise<void> {
        for (const document of documents) {
            if (document.state >= DocumentState.IndexedReferences) this.resetToState(document, DocumentState.IndexedReferences);
        }
        await super.buildDocuments(documents, options, cancelToken);
    }

    private rememberExports(uri: URI): void {
        const key = uri.toString();
        if (!this.linkedExports.has(key)) this.linkedExports.set(key, [...this.sscIndex.exportsOf(key)]);
    }

    /**
     * Compares the exports of every re-indexed (or deleted) document with those other documents were
     * linked against, and either moves their references over to the new tree or unlinks them.
     */
    private reconcileExports(): void {
        const reconciled: Array<{ uri: string; named: boolean }> = [];
        for (const [uri, before] of this.linkedExports) {
            const document = this.langiumDocuments.getDocument(URI.parse(uri));
            if (document && document.state < DocumentState.IndexedContent) continue;
            this.linkedExports.delete(uri);
            const after = document ? this.sscIndex.exportsOf(uri) : [];
            reconciled.push({ uri, named: this.propagate(uri, before, after) && document !== undefined });
        }
        // One document re-parsed without a change of names (a keystroke): every name resolves as
        // before, so the links of the elements its re-parse kept can stay. Decided anew by every build
        // that links: a decision of a cancelled build must not outlive a later change of names.
        const [only] = reconciled;
        const keep = reconciled.length === 1 && only.named ? only.uri : undefined;
        for (const services of this.serviceRegistry.all) {
            const linker = services.references.Linker;
            if (linker instanceof SscLinker) linker.keepLinksOf(keep);
        }
    }

    /** Moves or unlinks other documents' references into `uri`; true when no name changed. */
    private propagate(uri: string, before: readonly AstNodeDescription[], after: readonly AstNodeDescription[]): boolean {
        const names = changedNames(before, after);
        let exports: Map<string, AstNodeDescription> | undefined;
        const byKey = () => (exports ??= exportsByKey(after));
        for (const other of this.langiumDocuments.all) {
            const otherUri = other.uri.toString();
            // Documents not linked yet will link against the current index anyway.
            if (otherUri === uri || other.state < DocumentState.Linked) continue;
            const moved =
                names.size > 0 && other.references.some(r => names.has(r.$refText))
                    ? undefined
                    : this.sscServices(other.uri)?.references.Linker.retarget(other, uri, byKey);
            if (moved) {
                this.sscIndex.moveReferenceTargets(otherUri, uri, moved);
            } else {
                if (!this.relinkQueue.has(otherUri)) this.relinkQueue.set(otherUri, this.getBuildOptions(other));
                this.resetToState(other, DocumentState.ComputedScopes);
            }
        }
        return names.size === 0;
    }

    /** Builds the documents a change of names unlinked, each with the options it was built with. */
    private async buildRelinked(cancelToken: Cancellation.CancellationToken): Promise<LangiumDocument[]> {
        const groups = new Map<BuildOptions, LangiumDocument[]>();
        for (const [uri, options] of this.relinkQueue) {
            const document = this.langiumDocuments.getDocument(URI.parse(uri));
            if (!document || document.state >= DocumentState.Validated) continue;
            const group = groups.get(options);
            if (group) group.push(document);
            else groups.set(options, [document]);
        }
        this.relinkQueue.clear();
        const built: LangiumDocument[] = [];
        for (const [options, documents] of groups) {
            await super.buildDocuments(documents, options, cancelToken);
            built.push(...documents);
        }
        return built;
    }

    private factsChanged(document: LangiumDocument): boolean {
        return this.sscServices(document.uri)?.ssc.WorkspaceFacts.changed(document.uri.toString()) ?? false;
    }

    private sscServices(uri: URI): SscServices | undefined {
        return sscServicesOf(this.serviceRegistry, uri);
    }
}
