import type { LangiumSharedServices } from 'langium/lsp';
import { ImportRegisterRequest, type ImportRegisterResult } from '../protocol/server-messages.js';
import { formatImportReport } from '../language/model/import/import-report.js';
import { importRegisterFile, SpreadsheetError } from '../language/spreadsheet/import-file.js';
import { MAX_FILE_BYTES } from '../language/spreadsheet/limits.js';
import type { SscServices } from '../language/ssc-module.js';

/**
 * Answers the editor's *Import stakeholder register* command: the same import as `ssc import`, on
 * the bytes the extension read. A file that cannot be imported gives its one-line reason.
 */
export function registerImportRequest(shared: LangiumSharedServices, ssc: SscServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(ImportRegisterRequest.type, async (params): Promise<ImportRegisterResult> => {
        // base64 is 4/3 of the bytes: refuse before decoding what would be over the limit anyway.
        if (typeof params.data !== 'string' || params.data.length > Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4) {
            return { ok: false, error: `${params.name}: refused: the file is over ${MAX_FILE_BYTES / 1024 / 1024} MB` };
        }
        try {
            const result = await importRegisterFile(ssc, Buffer.from(params.data, 'base64'), { source: params.name, sheet: params.sheet });
            return {
                ok: true,
                text: result.text,
                report: formatImportReport(result.report),
                imported: result.report.imported,
                skipped: result.report.skipped.length,
                sheets: [...result.sheets],
            };
        } catch (error) {
            if (error instanceof SpreadsheetError) return { ok: false, error: `${params.name}: ${error.message}` };
            throw error;
        }
    });
}
