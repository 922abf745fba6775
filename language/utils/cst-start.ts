import { isCompositeCstNode, type CstNode } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import { SscLeafCstNode } from '../parser/lazy-ranges.js';

const ORIGIN: Position = { line: 0, character: 0 };

/**
 * The token a node's range starts (`last` false) or ends (`last` true) at, as Langium's
 * `firstNonHiddenNode` / `lastNonHiddenNode` find it level by level; undefined for an empty node.
 */
function edgeToken(node: CstNode, last: boolean): CstNode | undefined {
    let current = node;
    while (isCompositeCstNode(current)) {
        const content = current.content;
        const count = content.length;
        let found: CstNode | undefined;
        for (let k = 0; k < count; k++) {
            const child = content[last ? count - 1 - k : k];
            if (!child.hidden) {
                found = child;
                break;
            }
        }
        found ??= content[last ? count - 1 : 0];
        if (!found) return undefined;
        current = found;
    }
    return current;
}

/**
 * Where a syntax node starts: `node.range.start` without building the whole range (whose end walks
 * the node's last tokens, and which block-by-block parsing invalidates after every edit). The
 * position belongs to the tree, which moves it in place: copy it to keep it.
 */
export function cstStart(node: CstNode): Position {
    const token = edgeToken(node, false);
    if (!token) return ORIGIN;
    return token instanceof SscLeafCstNode ? token.start : token.range.start;
}

/**
 * Where a syntax node ends: `node.range.end` (for a node whose tokens are all on or after its first
 * line) without building the whole range, which for a composite node reads both its first and its
 * last token. The position may belong to the tree, which moves it in place: copy it to keep it.
 */
export function cstEnd(node: CstNode): Position {
    const token = edgeToken(node, true);
    if (!token) return ORIGIN;
    return token instanceof SscLeafCstNode ? token.endPosition : token.range.end;
}
