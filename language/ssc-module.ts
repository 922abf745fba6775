import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
    type PartialLangiumSharedServices,
} from 'langium/lsp';
import { SscGeneratedModule, SscGeneratedSharedModule } from './generated/module.js';
import { createSscParser } from './parser/ssc-parser.js';
import { SscValueConverter } from './parser/ssc-value-converter.js';
import { IncrementalParser } from './parser/incremental-parser.js';
import { SscCodeActionProvider } from './lsp/code-actions/index.js';
import { SscCompletionProvider } from './lsp/completion/ssc-completion-provider.js';
import { SscFormatter } from './lsp/formatting/ssc-formatter.js';
import { SscCodeLensProvider } from './lsp/ssc-code-lens-provider.js';
import { SscDocumentSymbolProvider } from './lsp/ssc-document-symbol-provider.js';
import { SscFoldingRangeProvider } from './lsp/ssc-folding-range-provider.js';
import { SscHoverProvider } from './lsp/ssc-hover-provider.js';
import { SscNodeKindProvider } from './lsp/ssc-node-kind-provider.js';
import { SscRenameProvider } from './lsp/ssc-rename-provider.js';
import { SscSemanticTokenProvider } from './lsp/ssc-semantic-token-provider.js';
import { SscWorkspaceSymbolProvider } from './lsp/ssc-workspace-symbol-provider.js';
import { sscGrammarConfig } from './parser/ssc-grammar-config.js';
import { GrammarVocabulary } from './parser/grammar-vocabulary.js';
import { widenTokenFields } from './parser/token-shape.js';
import { SscParserErrorMessageProvider } from './parser/syntax-error-provider.js';
import { SscLinker } from './references/ssc-linker.js';
import { SscReferences } from './references/ssc-references.js';
import { SscScopeComputation } from './references/ssc-scope-computation.js';
import { registerValidationChecks } from './validation/index.js';
import { NameIndex } from './validation/name-index.js';
import { RuleSettings } from './validation/rule-settings.js';
import { SscDocumentValidator } from './validation/ssc-document-validator.js';
import { SscValidationRegistry } from './validation/ssc-validation-registry.js';
import { SscAstNodeDescriptionProvider } from './references/ssc-node-description.js';
import { SscReferenceDescriptionProvider } from './references/ssc-reference-descriptions.js';
import { WorkspaceFacts } from './validation/workspace-facts.js';
import { SscDocumentBuilder } from './workspace/ssc-document-builder.js';
import { SscDocumentFactory } from './workspace/ssc-document-factory.js';
import { SscLangiumDocuments } from './workspace/ssc-langium-documents.js';
import { SscServiceRegistry } from './workspace/ssc-service-registry.js';
import { SscIndexManager } from './workspace/ssc-index-manager.js';
import { RuleSettingsSync } from './workspace/rule-settings-sync.js';
import { SscWorkspaceManager } from './workspace/ssc-workspace-manager.js';
import { WorkspaceModel } from './workspace/workspace-model.js';

/** Services SSC Stakeholder Studio adds beside Langium's own groups. */
export interface SscAddedServices {
    ssc: {
        /** Severity overrides in force for the rule catalogue. */
        RuleSettings: RuleSettings;
        /** Workspace-wide name table for duplicate checks. */
        NameIndex: NameIndex;
        /** The whole workspace as plain model data and analysis. */
        WorkspaceModel: WorkspaceModel;
        /** Workspace facts each document's diagnostics depend on, for cross-file revalidation. */
        WorkspaceFacts: WorkspaceFacts;
        /** Language server only: reads `ssc.rules` and `.sscrc.json` into the rule settings. */
        RuleSettingsSync: RuleSettingsSync;
        /** The grammar's words (element keywords, block entries, values) for syntax messages. */
        Vocabulary: GrammarVocabulary;
        /** Re-parses an edited document one top-level element at a time where that is safe. */
        IncrementalParser: IncrementalParser;
    };
}

/**
 * Langium services we replace with our own subclasses, re-typed so their callers use the added
 * methods without downcasts. A provider below must return the subclass named here.
 */
export interface SscOverriddenServices {
    references: {
        Linker: SscLinker;
    };
    validation: {
        DocumentValidator: SscDocumentValidator;
        ValidationRegistry: SscValidationRegistry;
    };
    workspace: {
        ReferenceDescriptionProvider: SscReferenceDescriptionProvider;
    };
}

/** Shared (cross-language) services we replace, re-typed like {@link SscOverriddenServices}. */
export interface SscSharedOverriddenServices {
    ServiceRegistry: SscServiceRegistry;
    workspace: {
        DocumentBuilder: SscDocumentBuilder;
        LangiumDocumentFactory: SscDocumentFactory;
        IndexManager: SscIndexManager;
        WorkspaceManager: SscWorkspaceManager;
        LangiumDocuments: SscLangiumDocuments;
    };
}

/** The shared services of SSC Stakeholder Studio: Langium's, with our overrides typed. */
export type SscSharedServices = LangiumSharedServices & SscSharedOverriddenServices;

/** All services of the `.ssc` language. */
export type SscServices = LangiumServices & SscAddedServices & SscOverriddenServices & { shared: SscSharedServices };

/** The module that plugs our services into Langium's dependency injection. */
export const SscModule: Module<SscServices, PartialLangiumServices & SscAddedServices & SscOverriddenServices> = {
    ssc: {
        RuleSettings: () => new RuleSettings(),
        NameIndex: services => new NameIndex(services.shared),
        WorkspaceModel: services => new WorkspaceModel(services),
        WorkspaceFacts: services => new WorkspaceFacts(services),
        RuleSettingsSync: services => new RuleSettingsSync(services),
        Vocabulary: services => new GrammarVocabulary(services.Grammar),
        IncrementalParser: services => new IncrementalParser(services),
    },
    parser: {
        LangiumParser: services => createSscParser(services, () => services.ssc.Vocabulary),
        ParserErrorMessageProvider: services => new SscParserErrorMessageProvider(() => services.ssc.Vocabulary),
        GrammarConfig: services => sscGrammarConfig(services),
        ValueConverter: () => new SscValueConverter(),
    },
    references: {
        ScopeComputation: services => new SscScopeComputation(services),
        Linker: services => new SscLinker(services),
        References: services => new SscReferences(services),
    },
    workspace: {
        AstNodeDescriptionProvider: services => new SscAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new SscReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: services => new SscDocumentValidator(services),
        ValidationRegistry: services => new SscValidationRegistry(services),
    },
    lsp: {
        CodeActionProvider: services => new SscCodeActionProvider(services),
        CompletionProvider: services => new SscCompletionProvider(services),
        HoverProvider: services => new SscHoverProvider(services),
        Formatter: services => new SscFormatter(services),
        RenameProvider: services => new SscRenameProvider(services),
        DocumentSymbolProvider: services => new SscDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new SscFoldingRangeProvider(services),
        SemanticTokenProvider: services => new SscSemanticTokenProvider(services),
        CodeLensProvider: () => new SscCodeLensProvider(),
    },
};

/** Shared (cross-language) service overrides. */
export const SscSharedModule: Module<SscSharedServices, PartialLangiumSharedServices & SscSharedOverriddenServices> = {
    ServiceRegistry: services => new SscServiceRegistry(services),
    workspace: {
        WorkspaceManager: services => new SscWorkspaceManager(services),
        DocumentBuilder: services => new SscDocumentBuilder(services),
        LangiumDocumentFactory: services => new SscDocumentFactory(services),
        IndexManager: services => new SscIndexManager(services),
        LangiumDocuments: services => new SscLangiumDocuments(services),
    },
    lsp: {
        NodeKindProvider: () => new SscNodeKindProvider(),
        WorkspaceSymbolProvider: services => new SscWorkspaceSymbolProvider(services),
    },
};

/** How the services will be used. */
export interface SscServicesOptions {
    /**
     * False where no document is edited after it is built (the `ssc` commands): the validator then
     * keeps no per-element diagnostics for reuse after an edit, and no index of references is built
     * (it serves finding references, renaming and working out what an edit affects).
     */
    readonly edits?: boolean;
}

/**
 * Creates the shared and language services. The only place that instantiates services: the
 * language server, the CLI and the tests all start here.
 */
export function createSscServices(
    context: DefaultSharedModuleContext,
    options: SscServicesOptions = {},
): { shared: SscSharedServices; Ssc: SscServices } {
    // Before anything is lexed: the parser, the block re-parse and completion all tokenize.
    widenTokenFields();
    const shared = inject(createDefaultSharedModule(context), SscGeneratedSharedModule, SscSharedModule);
    const Ssc = inject(createDefaultModule({ shared }), SscGeneratedModule, SscModule);
    shared.ServiceRegistry.register(Ssc);
    registerValidationChecks(Ssc);
    if (options.edits === false) {
        Ssc.validation.DocumentValidator.keepForEdits = false;
        Ssc.workspace.ReferenceDescriptionProvider.indexReferences = false;
    }
    // With a client connection, rule severities follow the editor settings and `.sscrc.json`.
    if (context.connection) void Ssc.ssc.RuleSettingsSync;
    return { shared, Ssc };
}
