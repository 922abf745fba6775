import type { IToken } from 'chevrotain';

/** What the parser met where it could not go on, as recorded when Chevrotain reports the error. */
export interface SyntaxProblem {
    /** `mismatch`: one token was required; `alternatives`: one of several; `redundant`: text after the end. */
    readonly kind: 'mismatch' | 'alternatives' | 'redundant';
    /** The grammar rule being parsed (plain name, e.g. `Stakeholder`, `GridValue`). */
    readonly rule: string;
    /** Token type names that would have fitted (keywords as themselves, terminals as `ID`, `STRING`, …). */
    readonly expected: readonly string[];
    /** The token found instead (Chevrotain's end-of-file token at the end). */
    readonly token: IToken;
    /** The last token before it, when there is one. */
    readonly previous?: IToken;
}

/** One text edit of a syntax quick fix, by offsets into the document (end exclusive). */
export interface SyntaxEdit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/** A repair a syntax message proposes: its title and edits. */
export interface SyntaxFix {
    readonly title: string;
    readonly edits: readonly SyntaxEdit[];
}

/** A plain message for a syntax problem, with the repairs it proposes (best first). */
export interface SyntaxExplanation {
    readonly message: string;
    readonly fixes: readonly SyntaxFix[];
    /** Where the diagnostic should point, when not at the offending token (e.g. the unclosed `{`). */
    readonly at?: { readonly start: number; readonly end: number };
}

/** True for Chevrotain's virtual end-of-file token. */
export function isEndOfFile(token: IToken | undefined): boolean {
    return !token || token.tokenType?.name === 'EOF' || Number.isNaN(token.startOffset);
}

/** The offset just after a token. */
export function endOf(token: IToken): number {
    return (token.endOffset ?? token.startOffset + token.image.length - 1) + 1;
}

/** The line a token starts on (1-based). */
export function lineOfToken(token: IToken): number {
    return token.startLine ?? 0;
}

/** The line a token ends on (1-based). */
export function endLineOf(token: IToken): number {
    return token.endLine ?? token.startLine ?? 0;
}
