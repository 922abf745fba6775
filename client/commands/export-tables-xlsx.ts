import { commands, type Disposable } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { exportReport } from '../preview/exporter.js';
import type { PreviewManager } from '../preview/preview-manager.js';
import { toUri } from './open-preview.js';

/** `ssc.exportTablesXlsx`: every table and the coloured grid as one Excel workbook (the save dialog confirms a replacement). */
export function registerExportTablesXlsx(client: LanguageClient, preview: PreviewManager): Disposable {
    return commands.registerCommand('ssc.exportTablesXlsx', (uri?: unknown) =>
        exportReport(client, toUri(uri) ?? preview.sourceUri, 'xlsx'),
    );
}
