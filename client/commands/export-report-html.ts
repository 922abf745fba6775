import { commands, type Disposable } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { exportReport } from '../preview/exporter.js';
import type { PreviewManager } from '../preview/preview-manager.js';
import { toUri } from './open-preview.js';

/** `ssc.exportReportHtml`: every view as one offline HTML page. */
export function registerExportReportHtml(client: LanguageClient, preview: PreviewManager): Disposable {
    return commands.registerCommand('ssc.exportReportHtml', (uri?: unknown) =>
        exportReport(client, toUri(uri) ?? preview.sourceUri, 'html'),
    );
}
