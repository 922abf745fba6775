/**
 * The canonical layout of `.ssc` text, computed over its token stream. Only the whitespace between
 * tokens is decided here; token text (comments included) is never touched, so a layout can neither
 * drop nor reorder anything. Uses no Langium service (only the keyword sets read from the grammar), so
 * that it can be tested on plain tokens.
 */
import { SSC_KEYWORDS } from '../../grammar/grammar-facts.js';

/** One token of the text, comments included. */
export interface LayoutToken {
    /** The token type: a keyword's own text, or a terminal name such as `ID`, `STRING`, `SL_COMMENT`. */
    readonly type: string;
    readonly image: string;
    /** Offset of the first character. */
    readonly start: number;
    /** Offset after the last character. */
    readonly end: number;
}

/** How the layout indents and ends lines. */
export interface LayoutOptions {
    /** One level of indentation, e.g. four spaces or a tab. */
    readonly indent: string;
    /** The line break to write, `\n` or `\r\n`. */
    readonly eol: string;
}

/** The whitespace to place before each token (index `i`) and after the last one (index `tokens.length`). */
export interface Layout {
    readonly gaps: string[];
    /** For each token, the index of the first token of the top-level element it belongs to. */
    readonly elementStart: number[];
    /** For each token, the index of the first token of its statement (inside a block) or element. */
    readonly statementStart: number[];
    /** For each token, the brace depth it sits at (a brace counts as outside its block). */
    readonly depth: number[];
}

// Keywords that open an element, and per element keyword those that open a line inside its block:
// both read from the grammar (language/grammar/grammar-facts.ts).
const ELEMENT_KEYWORDS = SSC_KEYWORDS.elementKeywords;
const STATEMENT_KEYWORDS = SSC_KEYWORDS.statementKeywords;

/** The words of the process forms that may also be names (the grammar's `Ident`). */
const SOFT_KEYWORDS = new Set([
    'action',
    'with',
    'owner',
    'level',
    'toward',
    'channel',
    'due',
    'status',
    'open',
    'done',
    'dropped',
    'legitimacy',
    'urgency',
    'inform',
    'consult',
    'involve',
    'collaborate',
    'empower',
]);

/** Tokens after which a name comes, so a keyword there is a name and starts nothing. */
const NAME_FOLLOWS = new Set([
    ',',
    '.',
    '->',
    '<->',
    'with',
    'owner',
    'participants',
    'provider',
    'examiner',
    'excludes',
    ...ELEMENT_KEYWORDS,
    'unit',
    'ministry',
]);

/** True for comment tokens. */
export function isComment(token: LayoutToken): boolean {
    return token.type === 'SL_COMMENT' || token.type === 'ML_COMMENT';
}

function newlines(whitespace: string): number {
    return whitespace.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Computes the canonical layout: one top-level element or block statement per line, blocks indented
 * one level, single spaces inside a statement, no space before a comma. Comments stay where they are
 * relative to the code: a comment that shared a line with the token before it still does, one that
 * stood on its own line still does (the spaces before a trailing comment are kept, so aligned
 * comments stay aligned). Up to one blank line between elements and statements is kept, as
 * are line breaks after commas; a line comment is always followed by a line break.
 */
export function computeLayout(tokens: readonly LayoutToken[], text: string, options: LayoutOptions): Layout {
    const n = tokens.length;
    const gaps: string[] = new Array(n + 1).fill('');
    const elementStart: number[] = new Array(n).fill(0);
    const statementStart: number[] = new Array(n).fill(0);
    const depthOf: number[] = new Array(n).fill(0);
    const blocks: string[] = [];
    let element = '';
    let currentElement = 0,
        currentStatement = 0;
    let pendingComments: number[] = [];
    let lastCode: LayoutToken | undefined;
    // Comments that stood on their own line wait for the code after them to know their indentation.
    const ownLine = new Map<number, { blank: boolean }>();

    const line = (depth: number, blank: boolean) => (blank ? options.eol : '') + options.eol + options.indent.repeat(Math.max(depth, 0));
    const startsStatement = (token: LayoutToken, previous: LayoutToken | undefined): boolean => {
        if (previous && NAME_FOLLOWS.has(previous.type)) return false;
        if (blocks.length === 0) return ELEMENT_KEYWORDS.has(token.type);
        const kind = blocks[blocks.length - 1];
        if (kind === 'assessment') return token.type === 'ID' || SOFT_KEYWORDS.has(token.type);
        return STATEMENT_KEYWORDS.get(kind)?.has(token.type) ?? false;
    };

    for (let i = 0; i < n; i++) {
        const token = tokens[i];
        const previous = i > 0 ? tokens[i - 1] : undefined;
        const original = text.substring(previous ? previous.end : 0, token.start);
        const blank = newlines(original) >= 2 && previous !== undefined && previous.type !== '{';
        const depth = blocks.length;

        if (isComment(token)) {
            pendingComments.push(i);
            depthOf[i] = depth;
            if (!previous) gaps[i] = '';
            else if (newlines(original) > 0) ownLine.set(i, { blank });
            else gaps[i] = original.length > 0 ? original : ' '; // keeps comments aligned in columns
            continue;
        }

        // Decide this token's place, then the indentation of the own-line comments just before it.
        let codeDepth: number;
        if (token.type === '}') {
            codeDepth = depth - 1;
            const emptyBlock = previous?.type === '{';
            gaps[i] = emptyBlock ? '' : line(codeDepth, false);
            for (const c of pendingComments) placeOwnLine(c, depth);
        } else if (startsStatement(token, lastCode)) {
            // eslint-disable-next-line no-useless-assignment -- read by the next comment or gap on this line
            codeDepth = depth;
            gaps[i] = !previous ? '' : line(depth, blank && previous.type !== '{');
            for (const c of pendingComments) placeOwnLine(c, depth);
            if (depth === 0) currentElement = i;
            currentStatement = i;
            if (depth === 0) element = token.type;
        } else {
            codeDepth = depth + 1;
            if (!previous) gaps[i] = '';
            else if (previous.type === 'SL_COMMENT' || (isComment(previous) && newlines(original) > 0)) gaps[i] = line(codeDepth, false);
            else if (previous.type === '{') gaps[i] = line(depth, false);
            else if (previous.type === ',' && newlines(original) > 0) gaps[i] = line(codeDepth, false);
            else gaps[i] = token.type === ',' || token.type === '.' || previous.type === '.' ? '' : ' '; // `City.Planning` stays one name
            for (const c of pendingComments) placeOwnLine(c, codeDepth);
        }
        pendingComments = [];

        if (token.type === '{') blocks.push(element);
        if (token.type === '}') blocks.pop();
        depthOf[i] = token.type === '{' ? depth : blocks.length;
        elementStart[i] = currentElement;
        statementStart[i] = currentStatement;
        assignComments(i);
        lastCode = token;
    }
    for (const c of pendingComments) placeOwnLine(c, blocks.length);
    assignComments(n);
    gaps[n] = n > 0 ? options.eol : '';
    return { gaps, elementStart, statementStart, depth: depthOf };

    function placeOwnLine(index: number, depth: number): void {
        const place = ownLine.get(index);
        if (place) gaps[index] = line(depth, place.blank);
    }

    // A comment sharing a line with the code before it belongs to that code's statement; a comment on
    // its own line belongs to the statement that follows (at the end of the text, to the last one).
    function assignComments(next: number): void {
        let first = next;
        while (first > 0 && isComment(tokens[first - 1])) first--;
        const before = first - 1;
        let ownLineSeen = false;
        for (let c = first; c < next; c++) {
            ownLineSeen ||= ownLine.has(c);
            const owner = (!ownLineSeen || next === n) && before >= 0 ? before : next < n ? next : -1;
            elementStart[c] = owner >= 0 ? elementStart[owner] : c;
            statementStart[c] = owner >= 0 ? statementStart[owner] : c;
        }
    }
}
