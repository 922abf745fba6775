/**
 * `ssc import` minus the command line: recognises the file (an `.xlsx` workbook or CSV text, and
 * says what else it is), picks the sheet, maps the register and formats the model with the
 * language's own formatter. The CLI and the language server (for the editor's import command)
 * both call {@link importRegisterFile}.
 */
import { AstUtils, GrammarAST, type Grammar } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { formatParsedSscText, layoutTokens } from '../lsp/formatting/ssc-formatter.js';
import {
    importRegister,
    RegisterError,
    hasNameColumn,
    type ImportMap,
    type ImportResult,
    type RegisterSheet,
} from '../model/import/register-import.js';
import { readCsv } from './csv-read.js';
import { MAX_FILE_BYTES, SpreadsheetError } from './limits.js';
import { readXlsx, type SheetText } from './xlsx-read.js';

export { SpreadsheetError };

/** What else a file that is not a spreadsheet is, by its first bytes. */
const SIGNATURES: ReadonlyArray<readonly [RegExp, string]> = [
    [/^\x89PNG/, 'a PNG image'],
    [/^\xff\xd8\xff/, 'a JPEG image'],
    [/^GIF8/, 'a GIF image'],
    [/^%PDF/, 'a PDF document'],
    [/^\xd0\xcf\x11\xe0/, 'an old Excel 97-2003 (.xls) or other OLE file; save it as .xlsx'],
    [/^RIFF....WEBP/s, 'a WebP image'],
    [/^\x1f\x8b/, 'a gzip archive'],
    [/^7z\xbc\xaf/, 'a 7-Zip archive'],
    [/^Rar!/, 'a RAR archive'],
    [/^BM/, 'a BMP image'],
];

function identify(buffer: Buffer): string | undefined {
    const head = buffer.subarray(0, 16).toString('latin1');
    return SIGNATURES.find(([pattern]) => pattern.test(head))?.[1];
}

function isZip(buffer: Buffer): boolean {
    return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && (buffer[2] === 0x03 || buffer[2] === 0x05);
}

/** The keywords of the language, which an imported identifier must not be. */
export function languageKeywords(grammar: Grammar): Set<string> {
    const words = new Set<string>();
    for (const node of AstUtils.streamAllContents(grammar))
        if (GrammarAST.isKeyword(node) && /^[a-z][a-z-]*$/.test(node.value)) words.add(node.value);
    return words;
}

function chooseSheet(sheets: readonly SheetText[], wanted: string | undefined, map: ImportMap | undefined): SheetText {
    if (sheets.length === 0) throw new SpreadsheetError('the workbook has no sheets');
    if (wanted !== undefined) {
        const found = sheets.find(s => s.name === wanted) ?? sheets.find(s => s.name.toLowerCase() === wanted.toLowerCase());
        if (!found) throw new SpreadsheetError(`no sheet named "${wanted}" (sheets: ${sheets.map(s => `"${s.name}"`).join(', ')})`);
        return found;
    }
    const visible = sheets.filter(s => !s.hidden);
    return visible.find(s => hasNameColumn(s.rows, map)) ?? visible[0] ?? sheets[0];
}

/** Options of {@link importRegisterFile}. */
export interface ImportFileOptions {
    /** The file's name as shown in the report and the model's header comment. */
    readonly source: string;
    readonly sheet?: string;
    readonly map?: ImportMap;
}

/** The formatted model, the report, and the sheet names of a workbook. */
export interface ImportFileResult extends ImportResult {
    readonly sheets: readonly string[];
}

/**
 * Imports a register from the bytes of a file. Throws a {@link SpreadsheetError} when the file
 * cannot be imported (not a spreadsheet, damaged, hostile, over a limit, no name column).
 */
export async function importRegisterFile(services: LangiumServices, buffer: Buffer, options: ImportFileOptions): Promise<ImportFileResult> {
    if (buffer.length > MAX_FILE_BYTES)
        throw new SpreadsheetError(
            `refused: the file is ${(buffer.length / 1024 / 1024).toFixed(1)} MB (at most ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
        );
    if (buffer.length === 0) throw new SpreadsheetError('the file is empty');
    const other = identify(buffer);
    if (other) throw new SpreadsheetError(`not a spreadsheet: it is ${other}`);
    const looksXlsx = /\.(xlsx|xlsm)$/i.test(options.source);
    let sheet: RegisterSheet;
    let names: string[] = [];
    if (isZip(buffer)) {
        const sheets = await readXlsx(buffer);
        names = sheets.map(s => s.name);
        const chosen = chooseSheet(sheets, options.sheet, options.map);
        sheet = { name: chosen.name, rows: chosen.rows };
    } else if (looksXlsx) {
        throw new SpreadsheetError('not a readable .xlsx file (it is not a zip archive; is it damaged, or another format renamed?)');
    } else {
        if (options.sheet !== undefined) throw new SpreadsheetError('--sheet applies to .xlsx workbooks, not to CSV');
        sheet = { name: null, rows: readCsv(buffer) };
    }
    let result: ImportResult;
    try {
        result = importRegister(sheet, { source: options.source, map: options.map, reserved: languageKeywords(services.Grammar) });
    } catch (error) {
        if (error instanceof RegisterError) throw new SpreadsheetError(error.message);
        throw error;
    }
    // The writer puts only keywords, checked identifiers, escaped strings and one-line comments where the grammar
    // expects them, so the cells cannot change the structure (the tests parse every import); what the data could
    // break is the tokens, and those are checked here. A second full parse would double the time of a large import.
    const tokens = layoutTokens(services, result.text);
    if (!tokens) throw new Error('the imported model does not lex; please report this with the file');
    return { text: formatParsedSscText(services, result.text, undefined, tokens), report: result.report, sheets: names };
}
