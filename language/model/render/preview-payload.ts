/**
 * What the live preview shows for one analysis: the heading, the rendered views and the
 * declaration place of every clickable element. Built by the language server, drawn by the webview.
 */
import type { ReportData } from '../views/report-data.js';
import { countsText, reportHeading } from './report-header.js';
import { renderViews, renderViewsStepwise, type RenderedView } from './report-views.js';

/** The preview's content. */
export interface PreviewPayload {
    title: string;
    meta: string;
    counts: string;
    /** Syntax errors in the workspace: the preview then shows only what parsed, under a banner. */
    syntaxErrors: number;
    views: RenderedView[];
    /** Declaration places by `data-ssc-ref` key; `file` is a document URI in the editor. */
    targets: Record<string, { file: string; line: number }>;
}

/** Builds the preview payload of a report. */
export function previewPayload(report: ReportData, syntaxErrors: number): PreviewPayload {
    const { title, meta } = reportHeading(report.analysis);
    return { title, meta, counts: countsText(report.analysis), syntaxErrors, views: renderViews(report), targets: report.targets };
}

/** {@link previewPayload} a step at a time, awaiting `between()` after each step (see {@link renderViewsStepwise}). */
export async function previewPayloadStepwise(
    report: ReportData,
    syntaxErrors: number,
    between: () => Promise<void>,
): Promise<PreviewPayload> {
    const { title, meta } = reportHeading(report.analysis);
    const views = await renderViewsStepwise(report, between);
    const targets = report.targets;
    return { title, meta, counts: countsText(report.analysis), syntaxErrors, views, targets };
}
