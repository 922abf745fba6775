import { isCompositeCstNode, type CstNode } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import { SscLeafCstNode } from '../parser/lazy-ranges.js';

const ORIGIN: Position = { line: 0, character: 0 };

/**
 * Where a syntax node starts: `node.range.start` without building the whole range (whose end walks
 * the node's last tokens, and which block-by-block parsing invalidates after every edit). The
 * position belongs to the tree, which moves it in place: copy it to keep it.
 */
export function cstStart(node: CstNode): Position {
    let current = node;
    while (isCompositeCstNode(current)) {
        const content = current.content;
        let first: CstNode | undefined;
        for (let i = 0; i < content.length; i++) {
            if (!content[i].hidden) {
                first = content[i];
                break;
            }
        }
        first ??= content[0];
        if (!first) return ORIGIN;
        current = first;
    }
    return current instanceof SscLeafCstNode ? current.start : current.range.start;
}

/**
 * Where a syntax node ends: `node.range.end` (for a node whose tokens are all on or after its first
 * line) without building the whole range, which for a composite node reads both its first and its
 * last token. The position may belong to the tree, which moves it in place: copy it to keep it.
 */
export function cstEnd(node: CstNode): Position {
    let current = node;
    while (isCompositeCstNode(current)) {
        const content = current.content;
        let last: CstNode | undefined;
        for (let i = content.length - 1; i >= 0; i--) {
            if (!content[i].hidden) {
                last = content[i];
                break;
            }
        }
        last ??= content[content.length - 1];
        if (!last) return ORIGIN;
        current = last;
    }
    return current instanceof SscLeafCstNode ? current.endPosition : current.range.end;
}
