import type { Analysis } from '../language/model/analysis.js';
import { renderCsvFiles } from '../language/model/render/render-csv.js';
import { renderHtmlReport } from '../language/model/render/render-html.js';
import { renderMarkdownReport } from '../language/model/render/render-markdown.js';
import { DIAGRAM_VIEWS, renderDiagramSvg, type DiagramViewId } from '../language/model/render/report-views.js';
import { TABLE_IDS } from '../language/model/render/table-rows.js';
import { workbookSheets } from '../language/model/render/workbook-sheets.js';
import { renderJson } from '../language/model/render-json.js';
import { renderXlsxWorkbook } from '../language/spreadsheet/xlsx-write.js';
import type { Finding } from '../language/model/views/findings.js';
import type { MapLayoutCache } from '../language/model/views/map-elk.js';
import { prepareReport, prepareViews } from '../language/model/views/report-data.js';
import { UsageError } from './errors.js';
import type { OutputFile } from './write-output.js';

/** What a renderer is told besides the analysis. */
export interface RenderOptions {
    /** `--view`, when given. */
    readonly view?: string;
    /** `--out`, when given (stdout otherwise). */
    readonly out?: string;
    /** Rule findings of the workspace, for the register and coverage views. */
    readonly findings: readonly Finding[];
    /** A map layout cache to reuse across renders of the same analysis (one run of the CLI needs none). */
    readonly layouts?: MapLayoutCache;
}

/** Renders the analysis in one format into one or more output files. */
export type AnalysisRenderer = (analysis: Analysis, options: RenderOptions) => Promise<OutputFile[]>;

function noView(format: string, view: string | undefined): void {
    if (view !== undefined) throw new UsageError(`--view applies to svg and csv, not to --format ${format}`);
}

/**
 * CSV writes one table to stdout or to a `.csv` file (the engagement table unless `--view` names
 * another), and every table, one file each, into a folder.
 */
const csv: AnalysisRenderer = async (analysis, { view, out, findings }) => {
    if (view !== undefined && !TABLE_IDS.includes(view as never))
        throw new UsageError(`--view ${view}: csv tables are ${TABLE_IDS.join(', ')}`);
    const files = renderCsvFiles(prepareViews(analysis, findings));
    const single = out === undefined || view !== undefined || /\.csv$/i.test(out);
    return single ? files.filter(f => f.table === (view ?? 'engagement')) : files;
};

/** An `.xlsx` workbook: every table as a sheet (from the same list as CSV), plus the coloured grid. Binary, so never on stdout. */
const xlsx: AnalysisRenderer = async (analysis, { view, out, findings }) => {
    noView('xlsx', view);
    if (out === undefined) throw new UsageError('--format xlsx writes a binary workbook: give --out FILE.xlsx');
    const title = analysis.programme.name ?? analysis.programme.id ?? 'Stakeholder analysis';
    return [{ name: 'ssc-tables.xlsx', content: await renderXlsxWorkbook(workbookSheets(prepareViews(analysis, findings)), title) }];
};

/** The output formats of `ssc generate`, by name; each format plugs in here. */
export const RENDERERS: Record<string, AnalysisRenderer> = {
    json: async analysis => [{ name: 'ssc-analysis.json', content: renderJson(analysis) }],
    html: async (analysis, { view, findings, layouts }) => {
        noView('html', view);
        return [{ name: 'ssc-report.html', content: renderHtmlReport(await prepareReport(analysis, findings, layouts)) }];
    },
    md: async (analysis, { view, findings }) => {
        noView('md', view);
        return [{ name: 'ssc-report.md', content: renderMarkdownReport(prepareViews(analysis, findings)) }];
    },
    csv,
    xlsx,
    svg: async (analysis, { view, findings, layouts }) => {
        const chosen = view ?? 'grid';
        if (!DIAGRAM_VIEWS.includes(chosen as never)) throw new UsageError(`--view ${chosen}: svg views are ${DIAGRAM_VIEWS.join(', ')}`);
        // Only the map view needs the (asynchronous, costly) map layout.
        const report = chosen === 'map' ? await prepareReport(analysis, findings, layouts) : prepareViews(analysis, findings);
        return [{ name: `ssc-${chosen}.svg`, content: renderDiagramSvg(report, chosen as DiagramViewId) }];
    },
};
