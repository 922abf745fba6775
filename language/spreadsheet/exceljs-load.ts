/**
 * exceljs, loaded the first time a workbook is read or written. With its zip and stream libraries it
 * is about a sixth of the bundles, and most `ssc` runs and language-server sessions never touch a
 * spreadsheet: loading it up front cost every one of them its parse and start-up (scripts/build.mjs
 * puts it in a file of its own beside the bundles).
 */
import type ExcelJS from 'exceljs';

type ExcelJs = typeof ExcelJS;

/** The exceljs module. */
export async function loadExcelJs(): Promise<ExcelJs> {
    const loaded = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
    // A CommonJS package: its exports are the default export under Node's ESM loader and esbuild alike.
    return loaded.default ?? loaded;
}
