import { URI, UriUtils, type FileSystemProvider, type LangiumDocuments } from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver-types';
import type { SscInitializationOptions } from '../../protocol/server-messages.js';
import type { SscServices, SscSharedServices } from '../ssc-module.js';
import { parseOverrides, type RuleOverrides, type RuleSettings } from '../validation/rule-settings.js';
import { RC_FILE_NAME, RcFileError, parseRcText } from '../validation/rc-file.js';

/**
 * Keeps the language server's rule severities in step with the editor: the client's `ssc.rules`
 * setting (layer 'client') and the `.sscrc.json` of each workspace folder root (layer 'file', watched
 * for changes). Every change re-validates all documents, without reparsing or relinking them.
 */
export class RuleSettingsSync {
    private readonly settings: RuleSettings;
    private readonly shared: SscSharedServices;
    private readonly fileSystem: FileSystemProvider;
    private readonly documents: LangiumDocuments;
    private folders: URI[] = [];
    private trusted = true;

    constructor(services: SscServices) {
        this.settings = services.ssc.RuleSettings;
        this.shared = services.shared;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        this.documents = services.shared.workspace.LangiumDocuments;
        const server = services.shared.lsp.LanguageServer;
        server.onInitialize(params => {
            this.canPull = params.capabilities.workspace?.configuration === true;
            const options: SscInitializationOptions | null | undefined = params.initializationOptions;
            this.trusted = options?.workspaceTrusted !== false;
            const folders: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
            this.folders = folders.map(f => URI.parse(f.uri));
        });
        server.onInitialized(() => void this.loadInitial());
        services.shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
            if (update.section !== 'ssc') return;
            void this.pullClientRules((update.configuration as { rules?: unknown } | undefined)?.rules).then(() => this.revalidateAll());
        });
        services.shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            const rcFiles = new Set(this.folders.map(f => UriUtils.joinPath(f, RC_FILE_NAME).toString()));
            if (params.changes.some(c => rcFiles.has(URI.parse(c.uri).toString()))) {
                void this.loadRcFiles().then(() => this.revalidateAll());
            }
        });
    }

    private async loadInitial(): Promise<void> {
        const rules = await this.shared.workspace.ConfigurationProvider.getConfiguration('ssc', 'rules');
        this.setClientRules(rules);
        await this.loadRcFiles();
        if (Object.keys(this.settings.overrides).length > 0) await this.revalidateAll();
    }

    /** Whether the client answers `workspace/configuration` (VS Code does, through the extension's middleware). */
    private canPull = false;

    /**
     * A change pushes the whole `ssc` section, defaults included (VS Code lists every rule with its
     * default); the server asks again through `workspace/configuration`, which the extension answers
     * with the values the user set only, so defaults never override `.sscrc.json`.
     */
    private async pullClientRules(pushed: unknown): Promise<void> {
        let rules = pushed;
        const connection = this.shared.lsp.Connection;
        if (this.canPull && connection) {
            try {
                const [section] = (await connection.workspace.getConfiguration([{ section: 'ssc' }])) as Array<{ rules?: unknown } | null>;
                rules = section?.rules;
            } catch {
                // Keep the pushed values.
            }
        }
        this.setClientRules(rules);
    }

    private setClientRules(raw: unknown): void {
        const { overrides, problems } = parseOverrides(raw ?? {});
        for (const problem of problems) this.warn(`ssc.rules: ${problem.message}`);
        this.settings.setLayer('client', overrides);
    }

    /** Reads `.sscrc.json` from the workspace folder roots (later folders win); a bad file is reported and skipped. */
    async loadRcFiles(): Promise<void> {
        const merged: Record<string, RuleOverrides[string]> = {};
        if (this.trusted) {
            for (const folder of this.folders) {
                const uri = UriUtils.joinPath(folder, RC_FILE_NAME);
                let text: string;
                try {
                    text = await this.fileSystem.readFile(uri);
                } catch {
                    continue;
                }
                try {
                    Object.assign(merged, parseRcText(text, uri.fsPath));
                } catch (error) {
                    this.warn(error instanceof RcFileError ? error.message : String(error));
                }
            }
        }
        this.settings.setLayer('file', merged);
    }

    /** Re-runs validation of every document under the workspace lock. */
    async revalidateAll(): Promise<void> {
        await this.shared.workspace.WorkspaceManager.ready;
        const builder = this.shared.workspace.DocumentBuilder;
        await this.shared.workspace.WorkspaceLock.write(token => builder.revalidate(this.documents.all.toArray(), undefined, token));
    }

    private warn(message: string): void {
        console.error(`ssc: ${message}`);
        void this.shared.lsp.Connection?.window.showWarningMessage(`SSC rule settings: ${message}`);
    }
}
