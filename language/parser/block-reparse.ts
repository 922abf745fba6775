import type { AstNode, CstNode, LangiumParser, ParseResult } from 'langium';

/** Why an edit was not re-parsed block by block (the document was parsed whole instead). */
export type FallbackReason =
    /** The previous parse had syntax or lexer errors, whose recovery may span blocks. */
    | 'previous-errors'
    /** The change touches text outside a single top-level element (between blocks, or across two). */
    | 'outside-block'
    /** No whitespace separates the element from its neighbours, so tokens could merge across the edge. */
    | 'tight-boundary'
    /** The edited element no longer parses on its own as one complete element without errors. */
    | 'block-errors'
    /** A comment now stands at the start or end of the edited text, where a full parse places it elsewhere. */
    | 'edge-comment';

/** The outcome of {@link reparseBlock}: the spliced parse result, or why a full parse is needed. */
export type BlockReparse = { result: ParseResult } | { fallback: FallbackReason };

/** The CST internals the splice reads and writes (not in Langium's public typings). */
interface MutableCstNode {
    root: CstNode;
    container?: CstNode;
    content?: MutableCstNode[];
    grammarSource?: unknown;
    astNode: AstNode;
    _offset?: number;
    _range?: { start: { line: number; character: number }; end: { line: number; character: number } };
    _rangeCache?: unknown;
    _text?: string;
}

type MutableAstNode = AstNode & {
    $cstNode?: CstNode;
    $container?: AstNode;
    $containerProperty?: string;
    $containerIndex?: number;
    elements: AstNode[];
};

function isSpace(char: string | undefined): boolean {
    return char === undefined || char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f' || char === '\v';
}

/** Line breaks (`\r\n`, `\r`, `\n`) in `text[from, to)` and the offset just after the last one. */
function lineBreaks(text: string, from: number, to: number): { count: number; lineStart: number } {
    let count = 0;
    let lineStart = -1;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
            count++;
            lineStart = i + 1;
        } else if (c === 13) {
            count++;
            lineStart = i + 2;
            i++;
        }
    }
    return { count, lineStart };
}

/** Index of the top-level element whose CST spans `[from, to]`, or -1. */
function enclosingElement(elements: readonly AstNode[], from: number, to: number): number {
    let low = 0;
    let high = elements.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const cst = elements[mid].$cstNode!;
        if (cst.end < from) low = mid + 1;
        else if (cst.offset > from) high = mid - 1;
        else return cst.offset <= from && to <= cst.end ? mid : -1;
    }
    return -1;
}

/** Characters compared at once when looking for the changed stretch. */
const STRETCH = 4096;

/** A CST node and every node below it, in document order (pre-order). */
function inOrder(node: MutableCstNode): MutableCstNode[] {
    const into: MutableCstNode[] = [];
    // A plain array as stack: `content` is Langium's CstNodeContainer, whose copies would re-parent what they hold.
    const stack: MutableCstNode[] = [node];
    while (stack.length > 0) {
        const next = stack.pop()!;
        into.push(next);
        const children = next.content;
        if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return into;
}

/**
 * Moves `nodes[from…]` (CST nodes in document order) by `delta` characters and `lineDelta` lines, and
 * those on line `oldEndLine` (before the move) by `characterDelta` columns. One loop over an array,
 * without callbacks: it touches every token after the edit, on every keystroke.
 */
function moveNodes(
    nodes: readonly MutableCstNode[],
    from: number,
    delta: number,
    oldEndLine: number,
    lineDelta: number,
    characterDelta: number,
): void {
    const columns = characterDelta !== 0;
    for (let i = from; i < nodes.length; i++) {
        const node = nodes[i];
        if (node._rangeCache !== undefined) node._rangeCache = undefined;
        if (node._offset === undefined) continue;
        node._offset += delta;
        // Leaves read their range from their offset (SscLeafCstNode); hidden ones (comments) store it.
        const range = node._range;
        if (!range) continue;
        if (columns) {
            if (range.start.line === oldEndLine) range.start.character += characterDelta;
            if (range.end.line === oldEndLine) range.end.character += characterDelta;
        }
        if (lineDelta !== 0) {
            range.start.line += lineDelta;
            range.end.line += lineDelta;
        }
    }
}

/**
 * Every CST node of a tree in document order, by root (the root itself left out): moving the nodes
 * after an edit walks this list instead of the tree (the walk was ~10 ms of a keystroke at 1,000
 * stakeholders in one file). Built on a tree's first block re-parse and kept in step by each splice.
 */
export type CstNodeLists = WeakMap<object, unknown[]>;

/**
 * Re-parses only the top-level element an edit falls in, and splices it into the previous tree.
 *
 * The `.ssc` grammar is a flat sequence of elements, each opened by its keyword; an element's end is
 * decided by its own tokens (a `}` or a last value no element keyword can continue). So when an edit
 * stays inside one element, the previous text around it is unchanged, whitespace separates it from
 * its neighbours and it still parses alone as one element without errors, a full parse would build
 * the same nodes for it and identical ones everywhere else. The element's text is parsed alone with
 * the `Element` rule and its nodes moved to its offset, line and column; the tokens after it are
 * shifted by the length (and lines) the edit added.
 *
 * Everything else falls back to a full parse, with the reason returned. The previous tree's CST is
 * updated in place (its nodes are reused); the AST gets a new root, so caches keyed by the root
 * start afresh while the untouched elements keep their identity.
 */
export function reparseBlock(parser: LangiumParser, previous: ParseResult, text: string, lists?: CstNodeLists): BlockReparse {
    const oldRoot = previous.value as MutableAstNode;
    const rootCst = oldRoot.$cstNode as unknown as MutableCstNode | undefined;
    const lexerDiagnostics = (previous as { lexerReport?: { diagnostics?: unknown[] } }).lexerReport?.diagnostics ?? [];
    if (!rootCst || previous.parserErrors.length > 0 || previous.lexerErrors.length > 0 || lexerDiagnostics.length > 0)
        return { fallback: 'previous-errors' };
    if (!Array.isArray(oldRoot.elements)) return { fallback: 'outside-block' };
    const oldText = rootCst._text ?? '';

    // The changed stretch: [from, oldTo) of the old text became [from, newTo) of the new one.
    const shortest = Math.min(oldText.length, text.length);
    // Whole stretches first (string comparison runs natively), then character by character.
    let from = 0;
    while (from + STRETCH <= shortest && oldText.substring(from, from + STRETCH) === text.substring(from, from + STRETCH)) from += STRETCH;
    while (from < shortest && oldText.charCodeAt(from) === text.charCodeAt(from)) from++;
    let tail = 0;
    const oldLength = oldText.length;
    const newLength = text.length;
    while (
        tail + STRETCH <= shortest - from &&
        oldText.substring(oldLength - tail - STRETCH, oldLength - tail) === text.substring(newLength - tail - STRETCH, newLength - tail)
    )
        tail += STRETCH;
    while (tail < shortest - from && oldText.charCodeAt(oldLength - 1 - tail) === text.charCodeAt(newLength - 1 - tail)) tail++;
    const oldTo = oldText.length - tail;
    const delta = text.length - oldText.length;

    const index = enclosingElement(oldRoot.elements, from, oldTo);
    if (index < 0) return { fallback: 'outside-block' };
    const oldElement = oldRoot.elements[index];
    const oldOuter = oldElement.$cstNode as unknown as MutableCstNode & CstNode;
    const start = oldOuter.offset;
    const oldEnd = oldOuter.end;
    const newEnd = oldEnd + delta;
    // A token could run across a boundary without whitespace; a lone `\r` at the end could pair with a `\n` after it.
    if (!isSpace(text[start - 1]) || !isSpace(text[newEnd]) || text[newEnd - 1] === '\r') return { fallback: 'tight-boundary' };

    const startPosition = oldOuter.range.start;
    const block = detached(text.slice(start, newEnd));
    // Parsed alone, then moved into place: lexing a blank prefix as long as the text before it cost more.
    const parsed = parser.parse(block, { rule: 'Element' });
    const parsedDiagnostics = (parsed as { lexerReport?: { diagnostics?: unknown[] } }).lexerReport?.diagnostics ?? [];
    if (parsed.parserErrors.length > 0 || parsed.lexerErrors.length > 0 || parsedDiagnostics.length > 0)
        return { fallback: 'block-errors' };
    const blockRoot = parsed.value.$cstNode as unknown as MutableCstNode;
    // Comments before or after the element's tokens sit beside the element in a full parse.
    if (blockRoot.content?.length !== 1) return { fallback: 'edge-comment' };
    // Into place: every node moves by the block's offset and lines, those on its first line by its column too.
    const blockNodes = inOrder(blockRoot.content[0]);
    moveNodes(blockNodes, 0, start, 0, startPosition.line, startPosition.character);

    // Where the text after the element moved: lines added, and the column shift on the element's last line.
    const oldEndPosition = oldOuter.range.end;
    const breaks = lineBreaks(text, start, newEnd);
    const newEndLine = startPosition.line + breaks.count;
    const newEndCharacter = breaks.count === 0 ? startPosition.character + block.length : newEnd - breaks.lineStart;
    const lineDelta = newEndLine - oldEndPosition.line;
    const characterDelta = newEndCharacter - oldEndPosition.character;

    const root = { ...oldRoot, elements: oldRoot.elements.slice() } as MutableAstNode;
    const element = parsed.value as MutableAstNode;
    element.$container = root;
    element.$containerProperty = 'elements';
    element.$containerIndex = index;
    root.elements[index] = element;
    for (const other of root.elements) (other as MutableAstNode).$container = root;

    // A fresh composite, built the way the CST builder builds one, holding the element's own node.
    const Composite = (oldOuter as unknown as { constructor: new () => MutableCstNode }).constructor;
    const fresh = new Composite();
    fresh.grammarSource = oldOuter.grammarSource;
    fresh.root = rootCst as unknown as CstNode;
    for (const node of blockNodes) node.root = rootCst as unknown as CstNode;
    (fresh.content as MutableCstNode[]).push(blockRoot.content[0]);
    fresh.astNode = element;
    element.$cstNode = fresh as unknown as CstNode;

    const content = rootCst.content!;
    const at = content.indexOf(oldOuter);
    if (at < 0) return { fallback: 'outside-block' };
    // The tree's nodes in document order (the root left out), built on its first block re-parse.
    const listed = (lists?.get(rootCst) as MutableCstNode[] | undefined) ?? inOrder(rootCst).slice(1);
    const position = listed.indexOf(oldOuter);
    if (position < 0) return { fallback: 'outside-block' };
    content.splice(at, 1, fresh);
    listed.splice(position, inOrder(oldOuter).length, fresh, ...blockNodes);
    if (delta !== 0 || lineDelta !== 0 || characterDelta !== 0) {
        moveNodes(listed, position + 1 + blockNodes.length, delta, oldEndPosition.line, lineDelta, characterDelta);
    }
    lists?.set(rootCst, listed);
    rootCst._text = text;
    rootCst._rangeCache = undefined;
    rootCst.astNode = root;
    root.$cstNode = rootCst as unknown as CstNode;
    return { result: { ...parsed, value: root } };
}

/**
 * A copy of a block that shares no memory with the document text. V8 makes a slice of a long string
 * a view into the whole string, and the names and texts of a parsed element are slices of the text it
 * was parsed from: with the block a slice of the document, every element re-parsed after an edit kept
 * that version of the whole document alive as long as the element lived (0.9 MB more heap per element
 * edited at 1,000 stakeholders in one file). JSON makes a fresh string in any engine; a block is small.
 */
function detached(block: string): string {
    return JSON.parse(JSON.stringify(block)) as string;
}
