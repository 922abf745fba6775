/**
 * Reads a CSV register: UTF-8 (a byte-order mark is dropped), the delimiter found from the first
 * lines (`,`, `;` as Excel writes it in many European locales, or a tab), quoted cells with line
 * breaks. Text in another encoding is refused, never guessed.
 */
import { parse } from 'csv-parse/sync';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, SpreadsheetError } from './limits.js';

function decodeUtf8(buffer: Buffer): string {
    if (buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) {
        throw new SpreadsheetError('the CSV file is UTF-16 text; save it as "CSV UTF-8" and import that');
    }
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
    } catch {
        throw new SpreadsheetError('the CSV file is not UTF-8 text (Windows-1252 or Latin-1?); save it as "CSV UTF-8" and import that');
    }
}

/** The delimiter that splits the first lines (outside quotes) most often and most evenly. */
function guessDelimiter(text: string): string {
    const lines = text
        .split(/\r\n|\n|\r/)
        .filter(l => l.trim() !== '')
        .slice(0, 20);
    let best = ',';
    let bestScore = -1;
    for (const candidate of [',', ';', '\t']) {
        const counts = lines.map(line => line.replace(/"[^"]*"/g, '').split(candidate).length - 1);
        const rowsWithIt = counts.filter(c => c > 0).length;
        const score = rowsWithIt * 1000 + Math.max(0, ...counts);
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

/** The rows of a CSV file as cell texts; throws a {@link SpreadsheetError} for text that is not UTF-8 CSV or is too large. */
export function readCsv(buffer: Buffer): string[][] {
    const utf16 = buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff));
    if (!utf16 && buffer.subarray(0, 8192).includes(0)) throw new SpreadsheetError('not a CSV file (it holds binary data)');
    const text = decodeUtf8(buffer);
    let rows: string[][];
    try {
        rows = parse(text, {
            delimiter: guessDelimiter(text),
            bom: true,
            relax_column_count: true,
            relax_quotes: true,
            skip_empty_lines: false,
            max_record_size: MAX_CELL_CHARS * 4,
            to_line: MAX_ROWS + 1,
        }) as string[][];
    } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        if (/max_record_size/i.test(message))
            throw new SpreadsheetError(`a CSV row is too long (more than ${(MAX_CELL_CHARS * 4).toLocaleString('en')} characters)`);
        throw new SpreadsheetError(`not a readable CSV file (${message})`);
    }
    if (rows.length > MAX_ROWS)
        throw new SpreadsheetError(`too many rows: the CSV file has more than ${MAX_ROWS.toLocaleString('en')} rows (the import limit)`);
    rows.forEach((row, r) => {
        if (row.length > MAX_COLUMNS)
            throw new SpreadsheetError(`too many columns: row ${r + 1} has ${row.length} (at most ${MAX_COLUMNS})`);
        row.forEach((cell, c) => {
            if (cell.length > MAX_CELL_CHARS) {
                throw new SpreadsheetError(
                    `a cell is too long: row ${r + 1}, column ${c + 1} holds ${cell.length.toLocaleString('en')} characters (at most ${MAX_CELL_CHARS.toLocaleString('en')})`,
                );
            }
        });
    });
    return rows;
}
