import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { SYNTAX_CODE } from '../language/validation/rule-codes.js';
import { messageFields, type CliDiagnostic } from './diagnostic-formats.js';
import type { LoadedWorkspace } from './workspace-loader.js';

const SEVERITY: Record<number, CliDiagnostic['severity']> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint',
};

function toCli(file: string, d: Diagnostic): CliDiagnostic {
    const code = typeof d.code === 'string' || typeof d.code === 'number' ? String(d.code) : SYNTAX_CODE;
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITY[d.severity ?? DiagnosticSeverity.Error] ?? 'error',
        code,
        ...messageFields(code, d.message),
    };
}

/** All diagnostics of a loaded workspace, sorted by file, position and code. */
export function collectDiagnostics(workspace: LoadedWorkspace): CliDiagnostic[] {
    const result: CliDiagnostic[] = [];
    workspace.diagnostics.forEach((list, document: LangiumDocument) => {
        const file = workspace.displayPath(document);
        for (const d of list) result.push(toCli(file, d));
    });
    result.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
    return result;
}
