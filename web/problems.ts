/**
 * The problems list under the editor: every diagnostic of every file with its severity, code,
 * file, line and message, sorted by file and line; a click (or Enter) jumps to it.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol/browser.js';
import { nameOf } from './file-names.js';
import type { DocumentDiagnostics } from './lsp-client.js';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'] as const;

/** One row: where the diagnostic is and what it says. */
export interface ProblemRow {
    uri: string;
    file: string;
    line: number;
    column: number;
    severity: string;
    code: string;
    message: string;
}

/** The rows of the list, errors first within a file, then by line. */
export function problemRows(all: readonly DocumentDiagnostics[], fileName: (uri: string) => string | undefined = nameOf): ProblemRow[] {
    const rows: ProblemRow[] = [];
    for (const { uri, diagnostics } of all) {
        const file = fileName(uri);
        if (file === undefined) continue; // a document no longer in the playground
        for (const d of diagnostics as Diagnostic[]) {
            rows.push({
                uri,
                file,
                line: d.range.start.line + 1,
                column: d.range.start.character + 1,
                severity: SEVERITY[d.severity ?? 1] || 'error',
                code: d.code === undefined ? 'syntax' : String(d.code),
                message: d.message,
            });
        }
    }
    return rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Draws the list into `table` (a `<tbody>` is replaced) and the counts into `summary`. */
export function renderProblems(rows: readonly ProblemRow[], body: HTMLElement, summary: HTMLElement): void {
    const count = (s: string) => rows.filter(r => r.severity === s).length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    summary.textContent = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info') + count('hint'), 'info')}`;
    body.replaceChildren(
        ...rows.map(row => {
            const tr = document.createElement('tr');
            tr.className = `problem ${row.severity}`;
            tr.tabIndex = 0;
            tr.dataset.uri = row.uri;
            tr.dataset.line = String(row.line);
            tr.dataset.column = String(row.column);
            for (const [cls, text] of [
                ['severity', row.severity],
                ['code', row.code],
                ['file', row.file],
                ['line', String(row.line)],
                ['message', row.message],
            ]) {
                const td = document.createElement('td');
                td.className = cls;
                td.textContent = text;
                tr.append(td);
            }
            return tr;
        }),
    );
}
