/**
 * Checks an `.xlsx` file's zip container before the spreadsheet library opens it: the parts must be
 * few, their uncompressed sizes bounded (a zip bomb is refused before it is inflated in full), the
 * data intact, and no worksheet may hold more rows than the import reads. Each part is inflated
 * once here as a stream, so the real sizes are checked, not only the ones the archive declares.
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { MAX_ROWS, MAX_UNCOMPRESSED_BYTES, MAX_ZIP_ENTRIES, SpreadsheetError } from './limits.js';

function openZip(buffer: Buffer): Promise<ZipFile> {
    return new Promise((resolve, reject) => {
        yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (error, zip) => {
            if (error || !zip)
                reject(new SpreadsheetError(`not a readable .xlsx file (the zip archive is corrupt or truncated: ${firstLine(error)})`));
            else resolve(zip);
        });
    });
}

function firstLine(error: unknown): string {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function readEntry(zip: ZipFile, entry: Entry, budget: { left: number }, worksheet: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (error, stream) => {
            if (error || !stream) {
                reject(new SpreadsheetError(`not a readable .xlsx file (part ${entry.fileName} is damaged: ${firstLine(error)})`));
                return;
            }
            let rows = 0;
            let failed = false;
            const sax = worksheet ? new SaxesParser({ xmlns: false }) : undefined;
            const decoder = new StringDecoder('utf8');
            const fail = (reason: SpreadsheetError) => {
                if (failed) return;
                failed = true;
                stream.destroy();
                reject(reason);
            };
            sax?.on('opentag', node => {
                if (node.name === 'row' && ++rows > MAX_ROWS)
                    fail(
                        new SpreadsheetError(
                            `too many rows: a sheet has more than ${MAX_ROWS.toLocaleString('en')} rows (the import limit)`,
                        ),
                    );
            });
            sax?.on('error', e =>
                fail(new SpreadsheetError(`not a readable .xlsx file (part ${entry.fileName} is not well-formed XML: ${firstLine(e)})`)),
            );
            stream.on('data', (chunk: Buffer) => {
                if (failed) return;
                budget.left -= chunk.length;
                if (budget.left < 0) {
                    fail(
                        new SpreadsheetError(
                            `refused: the .xlsx file unpacks to more than ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB (a zip bomb, or a workbook too large to import)`,
                        ),
                    );
                    return;
                }
                try {
                    sax?.write(decoder.write(chunk));
                } catch (e) {
                    fail(
                        e instanceof SpreadsheetError
                            ? e
                            : new SpreadsheetError(`not a readable .xlsx file (part ${entry.fileName}: ${firstLine(e)})`),
                    );
                }
            });
            stream.on('error', e =>
                fail(new SpreadsheetError(`not a readable .xlsx file (part ${entry.fileName} is damaged: ${firstLine(e)})`)),
            );
            stream.on('end', () => {
                if (!failed) resolve();
            });
        });
    });
}

/** Resolves when the archive is a sound, bounded `.xlsx` container; rejects with a {@link SpreadsheetError} otherwise. */
export async function checkXlsxContainer(buffer: Buffer): Promise<void> {
    const zip = await openZip(buffer);
    if (zip.entryCount > MAX_ZIP_ENTRIES) {
        zip.close();
        throw new SpreadsheetError(`refused: the .xlsx file has ${zip.entryCount} parts (at most ${MAX_ZIP_ENTRIES})`);
    }
    const budget = { left: MAX_UNCOMPRESSED_BYTES };
    let declared = 0;
    let sawWorkbook = false;
    try {
        await new Promise<void>((resolve, reject) => {
            zip.on('error', error =>
                reject(
                    error instanceof SpreadsheetError
                        ? error
                        : new SpreadsheetError(`not a readable .xlsx file (the zip archive is corrupt: ${firstLine(error)})`),
                ),
            );
            zip.on('end', () => resolve());
            zip.on('entry', (entry: Entry) => {
                declared += entry.uncompressedSize;
                if (declared > MAX_UNCOMPRESSED_BYTES) {
                    reject(
                        new SpreadsheetError(
                            `refused: the .xlsx file unpacks to more than ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB (a zip bomb, or a workbook too large to import)`,
                        ),
                    );
                    return;
                }
                if (entry.fileName === 'xl/workbook.xml') sawWorkbook = true;
                if (/\/$/.test(entry.fileName)) {
                    zip.readEntry();
                    return;
                }
                const worksheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName);
                readEntry(zip, entry, budget, worksheet).then(() => zip.readEntry(), reject);
            });
            zip.readEntry();
        });
    } finally {
        zip.close();
    }
    if (!sawWorkbook)
        throw new SpreadsheetError(
            'not an .xlsx workbook (a zip archive without a workbook part; is it a .docx, .odt or another document?)',
        );
}
