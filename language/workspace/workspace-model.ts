import { WorkspaceCache, type LangiumDocument, type LangiumDocuments } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { buildModelData } from '../builder/model-builder.js';
import { analyse, type Analysis, type AnalyseOptions } from '../model/analysis.js';
import type { ModelData } from '../model/types.js';
import type { SscServices } from '../ssc-module.js';

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

    constructor(services: SscServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(services.shared);
    }

    /** The current snapshot (diagnostic counts are not filled in; see {@link analyseWith}). */
    snapshot(): WorkspaceSnapshot {
        return this.cache.get('snapshot', () => {
            const documents = this.documents.all.filter(d => !isBuiltinUri(d.uri.toString())).toArray()
                .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
            const model = buildModelData(documents, d => d.uri.toString());
            return { model, analysis: analyse(model), documents };
        });
    }

    /** A fresh analysis of the current model with extra options (e.g. diagnostic counts). */
    analyseWith(options: AnalyseOptions): Analysis {
        return analyse(this.snapshot().model, options);
    }
}
