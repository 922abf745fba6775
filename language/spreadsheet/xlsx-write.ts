/**
 * Writes the report's sheets as an `.xlsx` workbook with exceljs: a bold, frozen header row with an
 * auto-filter, column widths to fit, and the grid sheet's rows filled with their quadrant's colour.
 * Every text is written as a text cell: a model string that starts with `=` stays text and is
 * never turned into a formula.
 */
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs-load.js';
import type { WorkbookSheet } from '../model/render/workbook-sheets.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

/** Excel allows 31 characters and no `[]:*?/\` in a sheet name. */
function sheetName(name: string): string {
    return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'sheet';
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: WorkbookSheet): void {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    worksheet.columns = sheet.widths.map(width => ({ width }));
    // exceljs gives every cell a style object of its own and then renders each one to XML to find its style id, unless
    // it has seen that very object before: cells share one style object per look (~5 s of a 10,000-stakeholder workbook).
    const plain: Partial<ExcelJS.Style> = {};
    const fills = new Map<string, Partial<ExcelJS.Style>>();
    const header = worksheet.addRow([...sheet.headers]);
    header.font = { bold: true };
    const headerStyle: Partial<ExcelJS.Style> = { font: { bold: true }, fill: HEADER_FILL };
    header.eachCell(cell => {
        cell.style = headerStyle;
    });
    header.commit();
    sheet.rows.forEach((values, i) => {
        const row = worksheet.addRow([]);
        const fill = sheet.fills?.[i];
        const style = fill
            ? (fills.get(fill) ??
              fills.set(fill, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + fill } } }).get(fill)!)
            : plain;
        values.forEach((value, c) => {
            if (value === null || value === '') return;
            const cell = row.getCell(c + 1);
            // Assigned one by one as plain strings or numbers: exceljs makes a formula only from a { formula } object.
            cell.value = typeof value === 'number' ? value : String(value);
            cell.style = style;
        });
        if (fill) for (let c = 1; c <= sheet.headers.length; c++) row.getCell(c).style = style;
        row.commit();
    });
    if (sheet.headers.length > 0)
        worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.headers.length } };
    worksheet.commit();
}

/** The workbook as the bytes of an `.xlsx` file. */
export async function renderXlsxWorkbook(sheets: readonly WorkbookSheet[], title: string): Promise<Buffer> {
    // The streaming writer: rows are serialised as they are added, several times faster than the
    // in-memory workbook on large models.
    const excel = await loadExcelJs();
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    // Shared strings keep every text a plain text cell (t="s"); the fastest deflate level costs ~30 % in size and saves ~30 % of the time.
    const workbook = new excel.stream.xlsx.WorkbookWriter({
        stream,
        useStyles: true,
        useSharedStrings: true,
        zip: { zlib: { level: 1 } },
    });
    workbook.creator = 'SSC Stakeholder Studio';
    workbook.title = title;
    // exceljs's zip writer still calls the deprecated `Buffer()`; keep Node's warning about it off the user's terminal.
    const quiet = process.noDeprecation;
    process.noDeprecation = true;
    try {
        for (const sheet of sheets) addSheet(workbook, sheet);
        await workbook.commit();
    } finally {
        process.noDeprecation = quiet;
    }
    return Buffer.concat(chunks);
}
