import type { AstNode } from 'langium';
import type { Model } from '../../generated/ast.js';

// Start offsets of the top-level elements of a parsed document, in text order, built once per parse.
const startsByModel = new WeakMap<AstNode, number[]>();

function elementStarts(model: Model): number[] {
    let starts = startsByModel.get(model);
    if (!starts) {
        starts = (model.elements ?? []).map(e => e.$cstNode?.offset).filter((o): o is number => o !== undefined);
        startsByModel.set(model, starts);
    }
    return starts;
}

/**
 * The part of a document that completion at an offset needs to lex and parse: from the start of the
 * top-level element before the offset to the start of the next one after it. A top-level element
 * starts with its keyword at the grammar's entry level, so reading from there gives the same tokens
 * and parser state as reading from the start of the file, at a cost that no longer grows with it.
 */
export interface CompletionWindow {
    readonly text: string;
    readonly start: number;
    readonly end: number;
}

/** The window of `text` (the text `model` was parsed from) around `offset`. */
export function completionWindow(model: Model, text: string, offset: number): CompletionWindow {
    const starts = elementStarts(model);
    // Binary search: the last start strictly before the offset, and the first one after it.
    let lo = 0,
        hi = starts.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] < offset) lo = mid + 1;
        else hi = mid;
    }
    const start = lo > 0 ? starts[lo - 1] : 0;
    let next = lo;
    while (next < starts.length && starts[next] <= offset) next++;
    const end = next < starts.length ? starts[next] : text.length;
    return { text, start, end };
}
