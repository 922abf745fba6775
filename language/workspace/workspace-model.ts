import { DocumentState, WorkspaceCache, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { documentModelData, mergeModelData, type DocumentReadings, type ElementDataCache } from '../builder/model-builder.js';
import { analyse, type Analysis, type AnalyseOptions } from '../model/analysis.js';
import { AnalysisMemo } from '../model/memo.js';
import type { ModelData } from '../model/types.js';
import type { SscServices } from '../ssc-module.js';

/** Until a document's scopes are computed its references cannot be resolved. */
function hasScopes(document: LangiumDocument): boolean {
    return document.state >= DocumentState.ComputedScopes;
}

const EMPTY_DATA: ModelData = mergeModelData([]);

/** The workspace as plain data and its analysis; `file` fields hold document URI strings. */
export interface WorkspaceSnapshot {
    readonly model: ModelData;
    readonly analysis: Analysis;
    /** The user documents it was built from, sorted by URI. */
    readonly documents: readonly LangiumDocument[];
}

/**
 * The language server's one view of the whole workspace as plain model data and analysis, rebuilt
 * lazily after any document change. Whole-model rules and the preview read it instead of walking
 * syntax trees themselves.
 */
export class WorkspaceModel {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'snapshot', WorkspaceSnapshot>;
    /** What the last analyses computed, reused for the records an edit kept (the model index uses it too). */
    readonly memo = new AnalysisMemo();

    constructor(services: SscServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(services.shared);
    }

    /** The current snapshot (diagnostic counts are not filled in; see {@link analyseWith}). */
    snapshot(): WorkspaceSnapshot {
        let provisional = false;
        const snapshot = this.cache.get('snapshot', () => {
            const documents = this.documents.all
                .filter(d => !isBuiltinUri(d.uri.toString()))
                .toArray()
                .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
            provisional = documents.some(d => !hasScopes(d));
            const model = mergeModelData(documents.map(d => this.documentData(d)));
            if (!provisional) {
                const live = new Set(documents.map(d => d.uri.toString()));
                for (const uri of this.parts.keys()) if (!live.has(uri)) this.parts.delete(uri);
            }
            return { model, analysis: analyse(model, { memo: this.memo }), documents };
        });
        // Asked for between an edit and the build that follows it (a request about another, already
        // built document): the edited document shows its last built state, and the answer is not kept.
        if (provisional) this.cache.delete('snapshot');
        return snapshot;
    }

    /**
     * Model data of each document, kept while its syntax tree and its links are unchanged: an edit in
     * one file of a big workspace re-reads that file only. Relinking replaces `document.references`
     * (Linker.unlink), and the data depends on links only through which groups are standard.
     */
    private readonly parts = new Map<string, { root: AstNode; links: unknown[]; data: ModelData }>();
    /** Model data of each top-level element, kept while the element lives (block re-parses keep most). */
    private readonly elements: ElementDataCache = new WeakMap();
    /** The last reading of each document, so that a keystroke reads only the elements it replaced. */
    private readonly readings: DocumentReadings = new WeakMap();

    private documentData(document: LangiumDocument): ModelData {
        const uri = document.uri.toString();
        const root = document.parseResult.value;
        const links: unknown[] = document.references;
        const cached = this.parts.get(uri);
        if (cached && cached.root === root && cached.links === links) return cached.data;
        // Resolving references before the scopes are computed fails (and makes Langium log a warning
        // for every one of them): use what the document held at its last build, or nothing yet.
        if (!hasScopes(document)) return cached?.data ?? EMPTY_DATA;
        const data = documentModelData(document, uri, this.elements, this.readings);
        this.parts.set(uri, { root, links, data });
        return data;
    }

    /** A fresh analysis of the current model with extra options (e.g. diagnostic counts). */
    analyseWith(options: AnalyseOptions): Analysis {
        return analyse(this.snapshot().model, { memo: this.memo, ...options });
    }
}
