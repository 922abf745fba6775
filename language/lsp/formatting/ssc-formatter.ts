import type { LangiumDocument } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type {
    DocumentFormattingParams,
    DocumentOnTypeFormattingOptions,
    DocumentRangeFormattingParams,
    FormattingOptions,
    Range,
    TextEdit,
} from 'vscode-languageserver-protocol';
import { computeLayout, type Layout, type LayoutToken } from './layout.js';

/** The tokens of a text, comments included, in order; undefined when the text does not lex cleanly. */
export function layoutTokens(services: LangiumServices, text: string): LayoutToken[] | undefined {
    const lexed = services.parser.Lexer.tokenize(text);
    if (lexed.errors.length > 0) return undefined;
    return [...lexed.tokens, ...lexed.hidden]
        .map(t => ({ type: t.tokenType.name, image: t.image, start: t.startOffset, end: t.startOffset + t.image.length }))
        .sort((a, b) => a.start - b.start);
}

/**
 * The document's own line ending: that of its last line break between tokens (LF when there is
 * none; a lone CR counts as LF). Breaks inside comments do not count, and the last one is taken
 * because the layout always ends the text with the line ending it chose while a range format never
 * touches the end of the text: formatting a formatted text, or the result of a range format,
 * judges the same line ending again (idempotence on mixed line endings).
 */
function lineEnding(tokens: readonly LayoutToken[], text: string): string {
    for (let i = tokens.length; i >= 0; i--) {
        const gap = text.substring(i === 0 ? 0 : tokens[i - 1].end, i === tokens.length ? text.length : tokens[i].start);
        const last = Math.max(gap.lastIndexOf('\n'), gap.lastIndexOf('\r'));
        if (last >= 0) return gap[last] === '\n' && gap[last - 1] === '\r' ? '\r\n' : '\n';
    }
    return '\n';
}

function layoutOptions(tokens: readonly LayoutToken[], text: string, options: FormattingOptions | undefined) {
    const size = options?.tabSize && options.tabSize > 0 ? options.tabSize : 4;
    return { eol: lineEnding(tokens, text), indent: options?.insertSpaces === false ? '\t' : ' '.repeat(size) };
}

/** Applies a layout to a text: the formatted text. */
function applyLayout(tokens: readonly LayoutToken[], layout: Layout): string {
    let out = layout.gaps[0];
    tokens.forEach((token, i) => {
        out += token.image + layout.gaps[i + 1];
    });
    return out;
}

/**
 * Formats `.ssc` text into the canonical layout, or returns it unchanged when it has syntax errors.
 * The pure entry point behind the formatter service, for tests and tools.
 */
export function formatSscText(services: LangiumServices, text: string, options?: FormattingOptions): string {
    const parsed = services.parser.LangiumParser.parse(text);
    if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0) return text;
    return formatParsedSscText(services, text, options);
}

/**
 * Formats `.ssc` text the caller has already parsed without syntax errors (`ssc import` checks its
 * output that way), so that a large text is not parsed a second time.
 */
export function formatParsedSscText(
    services: LangiumServices,
    text: string,
    options?: FormattingOptions,
    tokens: LayoutToken[] | undefined = layoutTokens(services, text),
): string {
    if (!tokens || tokens.length === 0) return text;
    return applyLayout(tokens, computeLayout(tokens, text, layoutOptions(tokens, text, options)));
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/**
 * Whole-document and range formatting. The layout only rewrites whitespace between tokens, so the
 * tokens and comments stay the same and in the same order; a document with syntax errors is left
 * alone, since its structure (and so its canonical layout) is not known.
 */
export class SscFormatter implements Formatter {
    constructor(private readonly services: LangiumServices) {}

    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document, params.options, undefined);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return this.edits(document, params.options, params.range);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument, options: FormattingOptions, range: Range | undefined): TextEdit[] {
        if (hasSyntaxErrors(document)) return [];
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const tokens = layoutTokens(this.services, text);
        if (!tokens || tokens.length === 0) return [];
        const layout = computeLayout(tokens, text, layoutOptions(tokens, text, options));
        const [first, last] = range
            ? selectedTokens(tokens, layout, textDocument.offsetAt(range.start), textDocument.offsetAt(range.end))
            : [0, tokens.length];
        const result: TextEdit[] = [];
        for (let i = first; i <= last && i <= tokens.length; i++) {
            const start = i === 0 ? 0 : tokens[i - 1].end;
            const end = i === tokens.length ? text.length : tokens[i].start;
            if (text.substring(start, end) !== layout.gaps[i]) {
                result.push({
                    range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) },
                    newText: layout.gaps[i],
                });
            }
        }
        return result;
    }
}

/**
 * The first and last token of what a range format may lay out: every top-level element the range
 * touches, or, when the range lies inside one block body, every statement of it the range touches.
 * The whitespace after the last of those tokens is left alone, unless it ends the text (then
 * `tokens.length` is returned as the last): like a whole format, a range format then ends the text
 * with a line break.
 */
function selectedTokens(tokens: readonly LayoutToken[], layout: Layout, from: number, to: number): [number, number] {
    let a = tokens.findIndex(t => t.end > from);
    if (a < 0) return [1, 0];
    let b = a;
    for (let i = a; i < tokens.length && (tokens[i].start < to || i === a); i++) b = i;
    const sameBody =
        layout.elementStart[a] === layout.elementStart[b] &&
        layout.depth[a] > 0 &&
        layout.depth[b] > 0 &&
        tokens[a].type !== '}' &&
        tokens[b].type !== '}';
    const unitOf = sameBody ? layout.statementStart : layout.elementStart;
    const startUnit = unitOf[a],
        endUnit = unitOf[b];
    a = unitOf.findIndex((u, i) => u === startUnit && (!sameBody || layout.depth[i] > 0));
    while (b + 1 < tokens.length && unitOf[b + 1] === endUnit && (!sameBody || layout.depth[b + 1] > 0)) b++;
    return [a, b === tokens.length - 1 ? tokens.length : b];
}
