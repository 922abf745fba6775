import { commands, Uri, window, workspace } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ExportRequest, type ExportFormat, type ExportResult } from '../../protocol/server-messages.js';
import type { DiagramViewId } from '../../protocol/webview-messages.js';

const FILTERS: Record<ExportFormat, Record<string, string[]>> = {
    html: { 'HTML report': ['html'] },
    md: { Markdown: ['md'] },
    csv: { CSV: ['csv'] },
    xlsx: { 'Excel workbook': ['xlsx'] },
    svg: { 'SVG drawing': ['svg'] },
};

/**
 * Saves exports of the report: asks the language server for the content, the user for a place, and
 * writes through the workspace file system. CSV gives one file per table, so it asks for a folder.
 */
export async function exportReport(
    client: LanguageClient,
    source: Uri | undefined,
    format: ExportFormat,
    view?: DiagramViewId,
): Promise<void> {
    if (!source) {
        void window.showWarningMessage('Open a .ssc file first: the export covers its workspace.');
        return;
    }
    let result: ExportResult;
    try {
        result = await client.sendRequest(ExportRequest.type, { uri: source.toString(), format, view });
    } catch (error) {
        // E.g. a workbook asked of the server in a browser worker: one line saying why, not a failed-command report.
        const reason = (error instanceof Error ? error.message : String(error)).replace(/^Request \S+ failed with message: /, '');
        void window.showErrorMessage(`SSC: could not export: ${reason}`);
        return;
    }
    // The folder of the source, for any scheme (a file on disk, or a virtual one in VS Code for the Web).
    const folder = Uri.joinPath(source, '..');
    let written: Uri[];
    if (format === 'csv') {
        const picked = await window.showOpenDialog({
            canSelectFolders: true,
            canSelectFiles: false,
            defaultUri: folder,
            openLabel: 'Save CSV tables here',
        });
        if (!picked?.[0]) return;
        const targets = result.files.map(f => Uri.joinPath(picked[0], f.name));
        const existing = (
            await Promise.all(
                targets.map(t =>
                    workspace.fs.stat(t).then(
                        () => t,
                        () => undefined,
                    ),
                ),
            )
        ).filter(Boolean);
        if (existing.length > 0) {
            const answer = await window.showWarningMessage(
                `${existing.length} of the CSV files already exist in that folder. Replace them?`,
                { modal: true },
                'Replace',
            );
            if (answer !== 'Replace') return;
        }
        written = targets;
    } else {
        const target = await window.showSaveDialog({
            defaultUri: Uri.joinPath(folder, result.files[0].name),
            filters: FILTERS[format],
            saveLabel: 'Export',
        });
        if (!target) return;
        // Our own confirmation as well: not every save dialog asks before replacing a file.
        if (
            await workspace.fs.stat(target).then(
                () => true,
                () => false,
            )
        ) {
            const answer = await window.showWarningMessage(
                `${target.path.split('/').pop()} already exists. Replace it?`,
                { modal: true },
                'Replace',
            );
            if (answer !== 'Replace') return;
        }
        written = [target];
    }
    const encoder = new TextEncoder();
    // A workbook comes base64-encoded; atob works in the desktop and the web extension host alike.
    const bytes = (file: ExportResult['files'][number]) =>
        file.encoding === 'base64' ? Uint8Array.from(atob(file.content), c => c.charCodeAt(0)) : encoder.encode(file.content);
    await Promise.all(written.map((uri, i) => workspace.fs.writeFile(uri, bytes(result.files[i]))));
    // A workbook is opened by the spreadsheet application, not as text in the editor.
    const open = format === 'csv' ? undefined : format === 'xlsx' ? 'Reveal in file explorer' : 'Open';
    const answer = await window.showInformationMessage(
        `Saved ${written.length === 1 ? written[0].path.split('/').pop() : `${written.length} CSV tables`}.`,
        ...(open ? [open] : []),
    );
    if (answer === 'Open') await window.showTextDocument(written[0]);
    if (answer === 'Reveal in file explorer') await commands.executeCommand('revealFileInOS', written[0]);
}
