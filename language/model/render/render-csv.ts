/**
 * The report's tables as CSV (`ssc generate --format csv`), one file per table. Cells that a
 * spreadsheet would run as a formula are neutralised (see {@link csvCell}).
 */
import type { ReportViews } from '../views/report-data.js';
import { csvRow } from './escape.js';
import { reportTables, type PlainTable } from './table-rows.js';

/** One table as CSV text with a header row. */
export function renderCsvTable(table: PlainTable): string {
    return csvRow(table.headers) + table.rows.map(csvRow).join('');
}

/** Every table as a CSV file named after it (`engagement.csv`, `summary.csv`, …). */
export function renderCsvFiles(report: ReportViews): Array<{ name: string; table: PlainTable['id']; content: string }> {
    return reportTables(report).map(t => ({ name: `${t.id}.csv`, table: t.id, content: renderCsvTable(t) }));
}
