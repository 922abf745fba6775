import { commands, window, type Disposable, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { registerExportReportHtml } from '../commands/export-report-html.js';
import { registerExportTablesCsv } from '../commands/export-tables-csv.js';
import { registerExportTablesMarkdown } from '../commands/export-tables-markdown.js';
import { registerExportTablesXlsx } from '../commands/export-tables-xlsx.js';
import { registerExportViewSvg } from '../commands/export-view-svg.js';
import { registerOpenPreview } from '../commands/open-preview.js';
import { registerOpenPreviewToSide } from '../commands/open-preview-to-side.js';
import { PREVIEW_VIEW_TYPE, PreviewManager } from './preview-manager.js';

/** Wires the live preview: its manager, its commands, export buttons and panel restoring. */
export function registerPreview(context: ExtensionContext, client: LanguageClient): Disposable[] {
    const preview = new PreviewManager(context, client);
    preview.onExport = message => {
        const command = {
            html: 'ssc.exportReportHtml',
            md: 'ssc.exportTablesMarkdown',
            csv: 'ssc.exportTablesCsv',
            xlsx: 'ssc.exportTablesXlsx',
            svg: 'ssc.exportViewSvg',
        }[message.format];
        void commands.executeCommand(command, preview.sourceUri, message.view);
    };
    return [
        preview,
        registerOpenPreview(preview),
        registerOpenPreviewToSide(preview),
        registerExportReportHtml(client, preview),
        registerExportViewSvg(client, preview),
        registerExportTablesMarkdown(client, preview),
        registerExportTablesCsv(client, preview),
        registerExportTablesXlsx(client, preview),
        window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel, state: { source?: string } | undefined) => preview.restore(panel, state),
        }),
    ];
}
