import type { AstNode, LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Rule, SYNTAX_CODE } from './rule-codes.js';

/**
 * Rules that report something as missing. Inside an element with a syntax error they may only be
 * echoing it (`intrest high` leaves the stakeholder without interest; the text does state one), so
 * they wait until the syntax is right.
 */
const ABSENCE_RULES = new Set<string>([
    Rule.Unplaced,
    Rule.MissingLevel,
    Rule.IncompleteProfile,
    Rule.MissingCategory,
    Rule.MissingTechnologyRole,
    Rule.MissingStrategy,
    Rule.ConsultationLateInformation,
    Rule.ConsultationNoGrievance,
    Rule.ConsultationNoFeedback,
    'plan/action-without-owner',
]);

/**
 * Drops the diagnostics that only echo a syntax error: an unknown reference on a line with a syntax
 * error (the name is often the half of a misspelt form), and "missing" findings on an element whose
 * text has a syntax error. Everything else is kept, so a model with errors still gets every finding.
 */
export function withoutEchoesOfSyntaxErrors(
    document: LangiumDocument,
    diagnostics: Diagnostic[],
    declaresName: (type: string) => boolean,
): Diagnostic[] {
    const syntax = diagnostics.filter(d => d.code === SYNTAX_CODE);
    if (syntax.length === 0) return diagnostics;
    const syntaxLines = new Set(syntax.map(d => d.range.start.line));
    const spans = elementsWithErrors(
        document,
        syntax.map(d => document.textDocument.offsetAt(d.range.start)),
        declaresName,
    );
    return diagnostics.filter(d => {
        if (d.code === SYNTAX_CODE) return true;
        if (d.code === Rule.UnknownReference && syntaxLines.has(d.range.start.line)) return false;
        const offset = document.textDocument.offsetAt(d.range.start);
        const span = spans.find(s => offset >= s.start && offset < s.end);
        if (!span) return true;
        // An element whose name was lost has no finding of its own to show: every one is an echo.
        return !span.nameless && !(typeof d.code === 'string' && ABSENCE_RULES.has(d.code));
    });
}

interface Span {
    readonly start: number;
    readonly end: number;
    readonly nameless: boolean;
}

/** The top-level elements holding a syntax error, each from its start to the next element's. */
function elementsWithErrors(document: LangiumDocument, errorOffsets: number[], declaresName: (type: string) => boolean): Span[] {
    const root = document.parseResult.value;
    const elements: AstNode[] = [];
    for (const [key, value] of Object.entries(root)) {
        if (!key.startsWith('$') && Array.isArray(value)) elements.push(...(value as AstNode[]).filter(e => e?.$cstNode));
    }
    elements.sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset);
    const spans: Span[] = [];
    elements.forEach((element, i) => {
        const start = element.$cstNode!.offset;
        const end = i + 1 < elements.length ? elements[i + 1].$cstNode!.offset : document.textDocument.getText().length + 1;
        if (errorOffsets.some(o => o >= start && o < end)) {
            spans.push({ start, end, nameless: declaresName(element.$type) && (element as { name?: unknown }).name === undefined });
        }
    });
    return spans;
}
