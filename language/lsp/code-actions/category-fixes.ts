import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { quickFix } from './edit-utils.js';

/** Quick fixes: make a bare `affected` an `affected supporter` or `affected opponent`. */
export function attitudeActions(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const at = diagnostic.range.end;
    return (['supporter', 'opponent'] as const).map(attitude =>
        quickFix(`Mark as 'affected ${attitude}'`, document, [{ range: { start: at, end: at }, newText: ` ${attitude}` }], [diagnostic]),
    );
}
