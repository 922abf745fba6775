import { commands, type Disposable } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { exportReport } from '../preview/exporter.js';
import type { PreviewManager } from '../preview/preview-manager.js';
import { toUri } from './open-preview.js';

/** `ssc.exportTablesMarkdown`: the tables and the grid (as a Mermaid chart) in Markdown. */
export function registerExportTablesMarkdown(client: LanguageClient, preview: PreviewManager): Disposable {
    return commands.registerCommand('ssc.exportTablesMarkdown', (uri?: unknown) =>
        exportReport(client, toUri(uri) ?? preview.sourceUri, 'md'),
    );
}
