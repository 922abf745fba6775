import { commands, type Disposable } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { exportReport } from '../preview/exporter.js';
import type { PreviewManager } from '../preview/preview-manager.js';
import { toUri } from './open-preview.js';

/** `ssc.exportTablesCsv`: one CSV file per table, into a folder. */
export function registerExportTablesCsv(client: LanguageClient, preview: PreviewManager): Disposable {
    return commands.registerCommand('ssc.exportTablesCsv', (uri?: unknown) => exportReport(client, toUri(uri) ?? preview.sourceUri, 'csv'));
}
