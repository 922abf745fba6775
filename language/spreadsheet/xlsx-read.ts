/**
 * Reads the sheets of an `.xlsx` workbook as rows of cell texts, the way a person sees them:
 * a formula gives its cached value (never evaluated), a date gives `YYYY-MM-DD`, rich text its
 * plain text, and a cell covered by a vertical merge the value of the merged block.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs-load.js';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, SpreadsheetError } from './limits.js';
import { checkXlsxContainer } from './zip-guard.js';

/** One sheet of a workbook as text. */
export interface SheetText {
    readonly name: string;
    readonly hidden: boolean;
    readonly rows: string[][];
}

function isoDate(date: Date): string {
    if (Number.isNaN(date.getTime())) return '';
    const iso = date.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

function numberText(value: number): string {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/** The text a cell value shows. */
export function cellText(value: ExcelJS.CellValue): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return numberText(value);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (value instanceof Date) return isoDate(value);
    if (typeof value === 'object') {
        if ('richText' in value && Array.isArray(value.richText)) return value.richText.map(r => r.text ?? '').join('');
        if ('formula' in value || 'sharedFormula' in value) {
            const result = (value as { result?: unknown }).result;
            return result === undefined || (typeof result === 'object' && result !== null && 'error' in result)
                ? ''
                : cellText(result as ExcelJS.CellValue);
        }
        if ('hyperlink' in value) return cellText((value as { text?: ExcelJS.CellValue }).text ?? '');
        if ('error' in value) return '';
    }
    return '';
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        if (rowNumber > MAX_ROWS)
            throw new SpreadsheetError(
                `too many rows: sheet "${sheet.name}" goes past row ${MAX_ROWS.toLocaleString('en')} (the import limit)`,
            );
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
            if (column > MAX_COLUMNS)
                throw new SpreadsheetError(`too many columns: sheet "${sheet.name}" goes past column ${MAX_COLUMNS} (the import limit)`);
            // A vertical merge (a group written once for several rows) counts for every row it covers;
            // a horizontal one only in its first column, so that it does not fill neighbouring fields.
            const master = cell.isMerged ? cell.master : cell;
            const text = master === cell || master.col === cell.col ? cellText(master.value) : '';
            if (text.length > MAX_CELL_CHARS) {
                throw new SpreadsheetError(
                    `a cell is too long: ${cell.address} of sheet "${sheet.name}" holds ${text.length.toLocaleString('en')} characters (at most ${MAX_CELL_CHARS.toLocaleString('en')})`,
                );
            }
            cells[column - 1] = text;
        });
        for (let i = 0; i < cells.length; i++) cells[i] ??= '';
        rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    // Cells covered by a vertical merge are often absent from the file: fill them from the merge.
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    for (const range of merges) {
        const [from, to] = range.split(':');
        if (!to) continue;
        const a = sheet.getCell(from),
            b = sheet.getCell(to);
        if (a.col !== b.col && Number(a.row) === Number(b.row)) continue;
        const text = rows[Number(a.row) - 1]?.[Number(a.col) - 1] ?? '';
        for (let r = Number(a.row) + 1; r <= Math.min(Number(b.row), rows.length, MAX_ROWS); r++) {
            const cells = rows[r - 1];
            while (cells.length < Number(a.col)) cells.push('');
            if (cells[Number(a.col) - 1] === '') cells[Number(a.col) - 1] = text;
        }
    }
    return rows;
}

/** Every worksheet of an `.xlsx` file as text; throws a {@link SpreadsheetError} for a damaged, hostile or oversized file. */
export async function readXlsx(buffer: Buffer): Promise<SheetText[]> {
    await checkXlsxContainer(buffer);
    const excel = await loadExcelJs();
    const workbook = new excel.Workbook();
    try {
        await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    } catch (error) {
        throw new SpreadsheetError(
            `not a readable .xlsx file (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`,
        );
    }
    return workbook.worksheets.map(sheet => ({
        name: sheet.name,
        hidden: sheet.state !== 'visible' && sheet.state !== undefined,
        rows: sheetRows(sheet),
    }));
}
