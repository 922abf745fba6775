import type { IToken } from 'chevrotain';
import { DocumentValidator, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { GrammarVocabulary } from '../parser/grammar-vocabulary.js';
import type { SscParseResult } from '../parser/ssc-parser.js';
import { explainSyntaxProblem } from '../parser/syntax-messages.js';
import { endOf, isEndOfFile, type SyntaxExplanation, type SyntaxFix } from '../parser/syntax-problem.js';
import { oneLine } from './message-text.js';
import { SYNTAX_CODE } from './rule-codes.js';
import { lexingExplanation } from './lexing-messages.js';

/** Data on a syntax diagnostic: Langium's own code, and the repairs its quick fixes apply (best first). */
export interface SyntaxDiagnosticData {
    readonly code: string;
    readonly fixes: ReadonlyArray<{
        readonly title: string;
        readonly edits: ReadonlyArray<{ readonly range: Range; readonly newText: string }>;
    }>;
}

/**
 * The syntax diagnostics of a document, in the analyst's words: lexing errors (a `;`, a date written
 * 15/03/2026, an unclosed text) and parsing errors explained from what the parser expected, each with
 * its quick fixes. One diagnostic per line: the first problem of a line is the one to fix, and what
 * follows it on that line is most often its echo.
 */
export function syntaxDiagnostics(document: LangiumDocument, vocabulary: GrammarVocabulary, source: string): Diagnostic[] {
    const text = document.textDocument.getText();
    const parseResult = document.parseResult as SscParseResult;
    const result: Diagnostic[] = [];
    const lines = new Set<number>();
    const add = (explanation: SyntaxExplanation, start: number, end: number, code: string) => {
        const at = explanation.at ?? { start, end };
        const range = {
            start: document.textDocument.positionAt(at.start),
            end: document.textDocument.positionAt(Math.max(at.end, at.start)),
        };
        if (lines.has(range.start.line)) return;
        lines.add(range.start.line);
        const data: SyntaxDiagnosticData = { code, fixes: explanation.fixes.map(f => toData(document, f)) };
        result.push({ severity: DiagnosticSeverity.Error, range, message: oneLine(explanation.message), code: SYNTAX_CODE, source, data });
    };
    for (const error of [...parseResult.lexerErrors].sort((a, b) => a.offset - b.offset)) {
        const explanation = lexingExplanation(text, error.offset, error.length);
        add(
            explanation,
            explanation.at?.start ?? error.offset,
            explanation.at?.end ?? error.offset + error.length,
            DocumentValidator.LexingError,
        );
    }
    const problems = parseResult.syntaxProblems ?? [];
    for (const error of parseResult.parserErrors) {
        const token = error.token as IToken;
        const problem =
            problems.find(p => p.token === token && explainSyntaxProblem(p, vocabulary).message === error.message) ??
            problems.find(p => p.token === token);
        const explanation: SyntaxExplanation = problem
            ? explainSyntaxProblem(problem, vocabulary, text)
            : { message: 'The text here does not follow the .ssc language.', fixes: [] };
        const [start, end] = isEndOfFile(token)
            ? endOfPrevious((error as { previousToken?: IToken }).previousToken, text)
            : [token.startOffset, endOf(token)];
        add(explanation, start, end, DocumentValidator.ParsingError);
    }
    return result;
}

function endOfPrevious(previous: IToken | undefined, text: string): [number, number] {
    if (previous && !isEndOfFile(previous)) return [endOf(previous), endOf(previous)];
    return [text.length, text.length];
}

function toData(document: LangiumDocument, fix: SyntaxFix): SyntaxDiagnosticData['fixes'][number] {
    return {
        title: fix.title,
        edits: fix.edits.map(e => ({
            range: { start: document.textDocument.positionAt(e.start), end: document.textDocument.positionAt(e.end) },
            newText: e.text,
        })),
    };
}
