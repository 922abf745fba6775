import type { TokenType } from 'chevrotain';
import { LeafCstNodeImpl, type CstNode } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';

/**
 * A token of the syntax tree whose line and column range is worked out from its offset when asked
 * for, instead of being stored. Langium's leaves each keep a range of three objects made while
 * parsing: about a fifth of the memory of a parsed file, all kept alive and copied by the garbage
 * collector while the file is parsed, and every one of them moved after an edit by the block re-parse.
 * Offsets alone move now; ranges are read from the text's line starts (found once per text).
 */
export class SscLeafCstNode extends LeafCstNodeImpl {
    constructor(offset: number, length: number, tokenType: TokenType, hidden: boolean) {
        // Langium's constructor stores the range it is given; there is none to give.
        super(offset, length, undefined as unknown as Range, tokenType, hidden);
    }

    override get range(): Range {
        return rangeIn(this.root, this.offset, this.end);
    }

    /** Where the token starts: `range.start`, without working out its end. */
    get start(): Position {
        return positionIn(lineStartsOf(this.root), this.offset);
    }

    /** Where the token ends: `range.end`, without working out its start. */
    get endPosition(): Position {
        return positionIn(lineStartsOf(this.root), this.end);
    }
}

/** The line starts of the text each tree was last read from, by root node. */
const lineStartsByRoot = new WeakMap<CstNode, { text: string; starts: Uint32Array }>();

/** The range of `[start, end)` in the text a tree was parsed from. */
export function rangeIn(root: CstNode, start: number, end: number): Range {
    const starts = lineStartsOf(root);
    return { start: positionIn(starts, start), end: positionIn(starts, end) };
}

function lineStartsOf(root: CstNode): Uint32Array {
    const text = (root as CstNode & { fullText?: string }).fullText ?? '';
    const known = lineStartsByRoot.get(root);
    if (known && known.text === text) return known.starts;
    const starts = lineStarts(text);
    lineStartsByRoot.set(root, { text, starts });
    return starts;
}

/** Where each line begins; a line ends at `\n`, `\r\n` or a lone `\r`, as the lexer counts lines. */
export function lineStarts(text: string): Uint32Array {
    const found: number[] = [0];
    if (!text.includes('\r')) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) found.push(i + 1);
        return Uint32Array.from(found);
    }
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
            if (text.charCodeAt(i + 1) === 10) i++;
            found.push(i + 1);
        } else if (c === 10 /* \n */) {
            found.push(i + 1);
        }
    }
    return Uint32Array.from(found);
}

function positionIn(starts: Uint32Array, offset: number): Position {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return { line: low, character: offset - starts[low] };
}
