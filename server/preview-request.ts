import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, ResponseError } from 'vscode-languageserver';
import { ExportRequest, ModelChangedNotification, PreviewRequest } from '../protocol/server-messages.js';
import type { Analysis } from '../language/model/analysis.js';
import { renderCsvFiles } from '../language/model/render/render-csv.js';
import { workbookSheets, type WorkbookSheet } from '../language/model/render/workbook-sheets.js';
import { renderHtmlReport } from '../language/model/render/render-html.js';
import { renderMarkdownReport } from '../language/model/render/render-markdown.js';
import { previewPayloadStepwise } from '../language/model/render/preview-payload.js';
import { DIAGRAM_VIEWS, renderDiagramSvg } from '../language/model/render/report-views.js';
import { MapLayoutCache } from '../language/model/views/map-elk.js';
import type { Finding } from '../language/model/views/findings.js';
import { prepareReport, prepareViews } from '../language/model/views/report-data.js';
import type { SscServices } from '../language/ssc-module.js';

const SEVERITY: Record<number, Finding['severity']> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint',
};

function findingsOf(documents: readonly LangiumDocument[]): Finding[] {
    return documents.flatMap(d =>
        (d.diagnostics ?? []).map(x => ({
            code: x.code === undefined ? 'syntax' : String(x.code),
            message: x.message,
            severity: SEVERITY[x.severity ?? DiagnosticSeverity.Error] ?? 'error',
            file: d.uri.toString(),
            line: x.range.start.line + 1,
        })),
    );
}

/** The analysis of the current workspace, read under the workspace lock so it sees one consistent build. */
async function currentAnalysis(
    shared: LangiumSharedServices,
    ssc: SscServices,
): Promise<{ analysis: Analysis; findings: Finding[]; syntaxErrors: number }> {
    await shared.workspace.WorkspaceManager.ready;
    return shared.workspace.WorkspaceLock.read(() => {
        const { documents } = ssc.ssc.WorkspaceModel.snapshot();
        const findings = findingsOf(documents);
        const count = (s: Finding['severity']) => findings.filter(f => f.severity === s).length;
        return {
            analysis: ssc.ssc.WorkspaceModel.analyseWith({
                diagnostics: { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') },
            }),
            findings,
            syntaxErrors: documents.reduce((sum, d) => sum + d.parseResult.lexerErrors.length + d.parseResult.parserErrors.length, 0),
        };
    });
}

/** The programme's id as a file name part (letters, digits, `-`, `_`), or `ssc` when the workspace has no programme. */
export function exportBaseName(programmeId: string | null | undefined): string {
    const safe = (programmeId ?? '').replace(/[^\w-]+/g, '').slice(0, 80);
    return safe || 'ssc';
}

/**
 * Answers the preview's requests (`ssc/preview`, `ssc/export`) and tells the client after every
 * build that the model changed. The views are computed here, so the webview never parses `.ssc`.
 */
/** What only some servers can do: the Node server writes Excel workbooks, the browser worker does not. */
export interface PreviewRequestOptions {
    /** The sheets as an `.xlsx` workbook, base64-encoded. */
    readonly workbook?: (sheets: readonly WorkbookSheet[], title: string) => Promise<string>;
}

export function registerPreviewRequests(shared: LangiumSharedServices, ssc: SscServices, options: PreviewRequestOptions = {}): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    // One layout cache for the session: a refresh after an edit that leaves the map alone reuses its layout.
    const layouts = new MapLayoutCache();
    // Every text change counts: a preview being computed when one arrives is abandoned, so the new text's
    // diagnostics never wait for the views of the old one (a 1,000-stakeholder preview takes a second or more in a browser).
    let edits = 0;
    shared.workspace.TextDocuments?.onDidChangeContent(() => edits++);
    connection.onRequest(PreviewRequest.type, async (params, token) => {
        const { analysis, findings, syntaxErrors } = await currentAnalysis(shared, ssc);
        const start = edits;
        const between = async () => {
            // A macrotask, so that messages waiting in the queue (a didChange) are read before the next step.
            await new Promise(resolve => setTimeout(resolve, 0));
            if (edits !== start || token.isCancellationRequested)
                throw new ResponseError(PreviewRequest.staleCode, 'the model changed while the preview was computed');
        };
        await between();
        const width = typeof params?.width === 'number' && Number.isFinite(params.width) ? params.width : undefined;
        return previewPayloadStepwise(await prepareReport(analysis, findings, layouts, { width }), syntaxErrors, between);
    });
    connection.onRequest(ExportRequest.type, async params => {
        const { analysis, findings } = await currentAnalysis(shared, ssc);
        // Files are named after the programme (`Valencia2030-report.html`), so exports of two programmes never collide.
        const base = exportBaseName(analysis.programme.id);
        // Only the HTML report and the map drawing show the map, so only they wait for its layout.
        switch (params.format) {
            case 'html':
                return {
                    files: [{ name: `${base}-report.html`, content: renderHtmlReport(await prepareReport(analysis, findings, layouts)) }],
                };
            case 'md':
                return { files: [{ name: `${base}-report.md`, content: renderMarkdownReport(prepareViews(analysis, findings)) }] };
            case 'csv':
                return {
                    files: renderCsvFiles(prepareViews(analysis, findings)).map(f => ({ name: `${base}-${f.name}`, content: f.content })),
                };
            case 'xlsx': {
                if (!options.workbook)
                    throw new Error('Excel workbooks are exported by the desktop extension and the ssc command, not in the browser');
                const title = analysis.programme.name ?? analysis.programme.id ?? 'Stakeholder analysis';
                const content = await options.workbook(workbookSheets(prepareViews(analysis, findings)), title);
                return { files: [{ name: `${base}-tables.xlsx`, content, encoding: 'base64' as const }] };
            }
            case 'svg': {
                const view = params.view && DIAGRAM_VIEWS.includes(params.view) ? params.view : 'grid';
                const report = view === 'map' ? await prepareReport(analysis, findings, layouts) : prepareViews(analysis, findings);
                return { files: [{ name: `${base}-${view}.svg`, content: renderDiagramSvg(report, view) }] };
            }
            default:
                throw new Error(`unknown export format ${String(params.format)}`);
        }
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(ModelChangedNotification.type, {});
    });
}
