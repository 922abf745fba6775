/**
 * Writes the report's sheets as an `.xlsx` workbook with exceljs: a bold, frozen header row with an
 * auto-filter, column widths to fit, and the grid sheet's rows filled with their quadrant's colour.
 * Every text is written as a text cell: a model string that starts with `=` stays text and is
 * never turned into a formula.
 */
import ExcelJS from 'exceljs';
import type { WorkbookSheet } from '../model/render/workbook-sheets.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

/** Excel allows 31 characters and no `[]:*?/\` in a sheet name. */
function sheetName(name: string): string {
    return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'sheet';
}

function addSheet(workbook: ExcelJS.Workbook, sheet: WorkbookSheet): void {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    worksheet.columns = sheet.widths.map(width => ({ width }));
    const header = worksheet.addRow([...sheet.headers]);
    header.font = { bold: true };
    header.eachCell(cell => { cell.fill = HEADER_FILL; });
    sheet.rows.forEach((values, i) => {
        const row = worksheet.addRow([]);
        values.forEach((value, c) => {
            // Assigned one by one as plain strings or numbers: exceljs makes a formula only from a { formula } object.
            if (value !== null && value !== '') row.getCell(c + 1).value = typeof value === 'number' ? value : String(value);
        });
        const fill = sheet.fills?.[i];
        if (fill) {
            for (let c = 1; c <= sheet.headers.length; c++) row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + fill } };
        }
    });
    if (sheet.headers.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.headers.length } };
}

/** The workbook as the bytes of an `.xlsx` file. */
export async function renderXlsxWorkbook(sheets: readonly WorkbookSheet[], title: string): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'SSC Stakeholder Studio';
    workbook.title = title;
    for (const sheet of sheets) addSheet(workbook, sheet);
    const data = await workbook.xlsx.writeBuffer();
    return Buffer.from(data as unknown as ArrayBuffer);
}
