import type { AstNode, LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Rule, SYNTAX_CODE } from './rule-codes.js';

/**
 * Rules that report something as missing. Inside an element with a syntax error they may only be
 * echoing it (`intrest high` leaves the stakeholder without interest; the text does state one), so
 * they wait until the syntax is right.
 */
const ABSENCE_RULES = new Set<string>([
    Rule.Unplaced, Rule.MissingLevel, Rule.IncompleteProfile, Rule.MissingCategory, Rule.MissingTechnologyRole,
    Rule.MissingStrategy, Rule.ConsultationLateInformation, Rule.ConsultationNoGrievance, Rule.ConsultationNoFeedback,
    'plan/action-without-owner',
]);

/**
 * Drops the diagnostics that only echo a syntax error: an unknown reference on a line with a syntax
 * error (the name is often the half of a misspelt form), and "missing" findings on an element whose
 * text has a syntax error. Everything else is kept, so a model with errors still gets every finding.
 */
export function withoutEchoesOfSyntaxErrors(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const syntax = diagnostics.filter(d => d.code === SYNTAX_CODE);
    if (syntax.length === 0) return diagnostics;
    const syntaxLines = new Set(syntax.map(d => d.range.start.line));
    const spans = elementsWithErrors(document.parseResult.value, syntax.map(d => document.textDocument.offsetAt(d.range.start)));
    return diagnostics.filter(d => {
        if (d.code === Rule.UnknownReference && syntaxLines.has(d.range.start.line)) return false;
        if (typeof d.code === 'string' && ABSENCE_RULES.has(d.code)) {
            const offset = document.textDocument.offsetAt(d.range.start);
            return !spans.some(([start, end]) => offset >= start && offset <= end);
        }
        return true;
    });
}

function elementsWithErrors(root: AstNode, errorOffsets: number[]): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    for (const [key, value] of Object.entries(root)) {
        if (key.startsWith('$') || !Array.isArray(value)) continue;
        for (const element of value as AstNode[]) {
            const cst = element?.$cstNode;
            if (!cst) continue;
            const start = cst.offset, end = cst.end;
            if (errorOffsets.some(o => o >= start && o <= end)) spans.push([start, end]);
        }
    }
    return spans;
}
