import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';

/** A stretch of text as `[start, end)` offsets; `start === end` is an insertion point. */
export type Span = readonly [number, number];

/** The text edits of a workspace edit per document URI, whether it uses `changes` or `documentChanges`. */
export function editsByUri(edit: WorkspaceEdit | null | undefined): Map<string, TextEdit[]> {
    const result = new Map<string, TextEdit[]>();
    const add = (uri: string, edits: TextEdit[]) => result.set(uri, [...(result.get(uri) ?? []), ...edits]);
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) add(uri, edits);
    for (const change of edit?.documentChanges ?? []) {
        if (!('textDocument' in change)) throw new Error(`unexpected resource operation ${change.kind}`);
        add(
            change.textDocument.uri,
            change.edits.map(e => ({ range: e.range, newText: e.newText })),
        );
    }
    return result;
}

/**
 * Applies a workspace edit to texts keyed by URI, as an editor would. Throws when the edit touches a
 * document that is not among the texts (the built-in library, say) or when its edits overlap.
 */
export function applyWorkspaceEdit(texts: ReadonlyMap<string, string>, edit: WorkspaceEdit | null | undefined): Map<string, string> {
    const result = new Map(texts);
    for (const [uri, edits] of editsByUri(edit)) {
        const text = texts.get(uri);
        if (text === undefined) throw new Error(`the edit touches ${uri}, which is not an open file`);
        result.set(uri, TextDocument.applyEdits(TextDocument.create(uri, 'ssc', 1, text), edits));
    }
    return result;
}

/** The offsets of a range in a text. */
export function spanOf(text: string, range: Range): Span {
    const document = TextDocument.create('file:///span', 'ssc', 1, text);
    return [document.offsetAt(range.start), document.offsetAt(range.end)];
}

/** The text a range covers. */
export function textIn(text: string, range: Range): string {
    const [start, end] = spanOf(text, range);
    return text.slice(start, end);
}

/** True when the inner span lies inside one of the outer spans (bounds included). */
export function withinAny(inner: Span, outer: readonly Span[]): boolean {
    return outer.some(([start, end]) => start <= inner[0] && inner[1] <= end);
}

/**
 * True when `after` differs from `before` only inside the given spans (offsets into `before`): every
 * stretch of `before` outside them is still there, byte for byte and in order, with nothing added
 * between two spans or before the first or after the last.
 */
export function changedOnlyWithin(before: string, after: string, spans: readonly Span[]): boolean {
    const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    if (sorted.length === 0) return before === after;
    const kept: string[] = [];
    let from = 0;
    for (const [start, end] of sorted) {
        kept.push(before.slice(from, Math.max(from, start)));
        from = Math.max(from, end);
    }
    kept.push(before.slice(from));
    const head = kept[0],
        tail = kept[kept.length - 1];
    if (!after.startsWith(head) || !after.endsWith(tail) || after.length < head.length + tail.length) return false;
    // Leftmost matching of the middle stretches is exact for a pattern `head .* s1 .* … .* tail`.
    let at = head.length;
    const limit = after.length - tail.length;
    for (const stretch of kept.slice(1, -1)) {
        const found = after.indexOf(stretch, at);
        if (found < 0 || found + stretch.length > limit) return false;
        at = found + stretch.length;
    }
    return true;
}
