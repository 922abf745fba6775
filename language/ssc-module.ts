import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { SscGeneratedModule, SscGeneratedSharedModule } from './generated/module.js';
import { createSscParser } from './parser/ssc-parser.js';
import { SscScopeComputation } from './references/ssc-scope-computation.js';
import { registerValidationChecks } from './validation/index.js';
import { NameIndex } from './validation/name-index.js';
import { RuleSettings } from './validation/rule-settings.js';
import { SscDocumentValidator } from './validation/ssc-document-validator.js';
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
    };
}

/** All services of the `.ssc` language. */
export type SscServices = LangiumServices & SscAddedServices;

/** The module that plugs our services into Langium's dependency injection. */
export const SscModule: Module<SscServices, PartialLangiumServices & SscAddedServices> = {
    ssc: {
        RuleSettings: () => new RuleSettings(),
        NameIndex: (services) => new NameIndex(services.shared),
        WorkspaceModel: (services) => new WorkspaceModel(services),
    },
    parser: {
        LangiumParser: (services) => createSscParser(services),
    },
    references: {
        ScopeComputation: (services) => new SscScopeComputation(services),
    },
    validation: {
        DocumentValidator: (services) => new SscDocumentValidator(services),
    },
};

/** Shared (cross-language) service overrides. */
export const SscSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: (services) => new SscWorkspaceManager(services),
    },
};

/**
 * Creates the shared and language services. The only place that instantiates services: the
 * language server, the CLI and the tests all start here.
 */
export function createSscServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Ssc: SscServices } {
    const shared = inject(createDefaultSharedModule(context), SscGeneratedSharedModule, SscSharedModule);
    const Ssc = inject(createDefaultModule({ shared }), SscGeneratedModule, SscModule);
    shared.ServiceRegistry.register(Ssc);
    registerValidationChecks(Ssc);
    return { shared, Ssc };
}
