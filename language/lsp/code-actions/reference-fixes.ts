import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { UnknownReferenceData } from '../../validation/ssc-document-validator.js';
import { quickFix } from './edit-utils.js';

/** The edit for "fix all": only references with exactly one close name are corrected unattended. */
export function referenceEdit(_document: LangiumDocument, diagnostic: Diagnostic): TextEdit[] | undefined {
    const data = diagnostic.data as UnknownReferenceData | undefined;
    return data?.suggestions?.length === 1 ? [{ range: diagnostic.range, newText: data.suggestions[0] }] : undefined;
}

/** Quick fixes: replace a misspelt reference by each of the closest names. */
export function referenceActions(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const data = diagnostic.data as UnknownReferenceData | undefined;
    const suggestions = data?.suggestions ?? [];
    return suggestions.map((name, i) =>
        quickFix(
            `Change to '${name}'`,
            document,
            [{ range: diagnostic.range, newText: name }],
            [diagnostic],
            i === 0 && suggestions.length === 1,
        ),
    );
}
