/**
 * The report as the sheets of a workbook (`ssc generate --format xlsx`): every table of the CSV
 * export, from the same list, plus a `grid` sheet with each stakeholder's quadrant and the
 * quadrant's colour. Plain data: the spreadsheet library only lays these out.
 */
import { axisLabel, groupLabel, strategyLabel } from '../views/labels.js';
import type { ReportViews } from '../views/report-data.js';
import { reportTables } from './table-rows.js';

/** One sheet: a name, a header row, body rows, column widths (in characters) and, per row, a fill colour. */
export interface WorkbookSheet {
    readonly name: string;
    readonly title: string;
    readonly headers: readonly string[];
    readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
    readonly widths: readonly number[];
    /** An `RRGGBB` fill per body row (the grid sheet), or none. */
    readonly fills?: ReadonlyArray<string>;
}

/** Light tints of the report's quadrant colours; a neutral grey on a line or unplaced. */
export const QUADRANT_FILLS: Readonly<Record<string, string>> = {
    'manage-closely': 'F7D4BF',
    'keep-satisfied': 'F2DDE9',
    'keep-informed': 'BFDCEC',
    monitor: 'DDE1E5',
    borderline: 'F2F2F2',
    unplaced: 'F2F2F2',
};

const QUADRANT_LABELS: Readonly<Record<string, string>> = {
    'manage-closely': 'Manage closely (high power, high interest)',
    'keep-satisfied': 'Keep satisfied (high power, low interest)',
    'keep-informed': 'Keep informed (low power, high interest)',
    monitor: 'Monitor (low power, low interest)',
    borderline: 'On a line (power or interest exactly 3)',
    unplaced: 'Unplaced (power or interest missing)',
};

// At least 10: exceljs leaves a column of exactly its default width (9) out of the file.
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/** Column widths that fit the header and most of the cells, within bounds. */
function widths(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): number[] {
    return headers.map((header, i) => {
        let widest = header.length;
        for (const row of rows) {
            const cell = row[i];
            const length = cell === null || cell === undefined ? 0 : String(cell).length;
            if (length > widest) widest = length;
            if (widest >= MAX_WIDTH) break;
        }
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
    });
}

function gridSheet(report: ReportViews): WorkbookSheet {
    const stakeholders = report.analysis.stakeholders;
    const headers = ['Stakeholder', 'Id', 'Group', 'Power', 'Interest', 'Quadrant', 'Strategy'];
    const rows = stakeholders.map(s => [
        s.name ?? s.id,
        s.id,
        s.group === null ? '' : groupLabel(s.group),
        axisLabel(s.power),
        axisLabel(s.interest),
        QUADRANT_LABELS[s.quadrant] ?? s.quadrant,
        strategyLabel(s.strategy ?? s.suggestedStrategy),
    ]);
    return {
        name: 'grid',
        title: 'Power/interest grid (Figure 4)',
        headers,
        rows,
        widths: widths(headers, rows),
        fills: stakeholders.map(s => QUADRANT_FILLS[s.quadrant] ?? QUADRANT_FILLS.unplaced),
    };
}

/** Every sheet of the workbook: the tables in report order, then the grid. */
export function workbookSheets(report: ReportViews): WorkbookSheet[] {
    const tables = reportTables(report).map((t): WorkbookSheet => ({
        name: t.id,
        title: t.title,
        headers: t.headers,
        rows: t.rows,
        widths: widths(t.headers, t.rows),
    }));
    return [...tables, gridSheet(report)];
}
