import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { SyntaxDiagnosticData } from '../../validation/syntax-diagnostics.js';
import { quickFix } from './edit-utils.js';

function fixesOf(diagnostic: Diagnostic): SyntaxDiagnosticData['fixes'] {
    const data = diagnostic.data as Partial<SyntaxDiagnosticData> | undefined;
    return Array.isArray(data?.fixes) ? data.fixes : [];
}

/** Quick fixes of a syntax error: each repair its message proposes (the closest word first). */
export function syntaxActions(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const fixes = fixesOf(diagnostic);
    return fixes.map((fix, i) =>
        quickFix(
            fix.title,
            document,
            fix.edits.map(e => ({ range: e.range, newText: e.newText })),
            [diagnostic],
            i === 0 && fixes.length === 1,
        ),
    );
}

/** The edit for "fix all": only syntax errors with a single proposed repair are fixed unattended. */
export function syntaxEdit(_document: LangiumDocument, diagnostic: Diagnostic): TextEdit[] | undefined {
    const fixes = fixesOf(diagnostic);
    return fixes.length === 1 ? fixes[0].edits.map(e => ({ range: e.range, newText: e.newText })) : undefined;
}
