import { DefaultWorkspaceManager, URI, type LangiumDocument, type LangiumDocumentFactory } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceFolder } from 'vscode-languageserver-types';
import { BUILTIN_URI, builtinLibraryText } from '../builtin/builtin-library.js';

/**
 * Loads the built-in vocabulary library beside the user's `.ssc` files, and validates every file of
 * the workspace on start-up (Langium only validates opened ones by default), so the Problems panel
 * lists the findings of closed files too, as `ssc validate` would.
 */
export class SscWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
        this.initialBuildOptions = { validation: true };
    }

    protected override async loadAdditionalDocuments(
        _folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void,
    ): Promise<void> {
        const uri = URI.parse(BUILTIN_URI);
        if (!this.langiumDocuments.hasDocument(uri)) {
            collector(this.documentFactory.fromString(builtinLibraryText(), uri));
        }
    }
}
