/**
 * The limits of `ssc import`, stated in the README. A file past any of them is refused with one
 * line (exit status 2) before it can take much time or memory.
 */

/** Largest spreadsheet or CSV file read, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest total uncompressed size of an `.xlsx` file's parts, in bytes (a zip bomb stops here). */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** Most parts in an `.xlsx` file. */
export const MAX_ZIP_ENTRIES = 2_000;
/** Most rows in the sheet read (the header and title rows included). */
export const MAX_ROWS = 50_000;
/** Most columns in the sheet read. */
export const MAX_COLUMNS = 500;
/** Longest cell, in characters (Excel's own limit for a cell). */
export const MAX_CELL_CHARS = 32_767;

/** A file that cannot be imported: the reason, in a few words, for a one-line message. */
export class SpreadsheetError extends Error {}
