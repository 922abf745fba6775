/**
 * Where a click in the preview leads: from a `data-ssc-ref` key to a document, a line and the
 * editor column to show it in. Plain logic, free of the VS Code API, so it is unit tested.
 */
import type { PreviewPayload } from '../../protocol/webview-messages.js';

/** A declaration to reveal: document URI and 0-based line. */
export interface RevealTarget {
    uri: string;
    line: number;
}

/** The declaration a preview element points at, or undefined for an unknown key. */
export function revealTarget(payload: Pick<PreviewPayload, 'targets'> | undefined, ref: string): RevealTarget | undefined {
    if (!payload || !Object.prototype.hasOwnProperty.call(payload.targets, ref)) return undefined;
    const target = payload.targets[ref];
    if (typeof target?.file !== 'string' || !Number.isInteger(target.line) || target.line < 1) return undefined;
    return { uri: target.file, line: target.line - 1 };
}

/** An open editor: the URI of its document and its column. */
export interface EditorSlot {
    uri: string;
    column: number | undefined;
}

/**
 * The column to reveal in: an editor already showing the document (other than the preview's own
 * column), else the column of the editor the preview follows, else the first column.
 */
export function revealColumn(
    editors: readonly EditorSlot[],
    uri: string,
    previewColumn: number | undefined,
    sourceColumn: number | undefined,
): number {
    const showing = editors.find(e => e.uri === uri && e.column !== undefined && e.column !== previewColumn);
    if (showing?.column !== undefined) return showing.column;
    if (sourceColumn !== undefined && sourceColumn !== previewColumn) return sourceColumn;
    return previewColumn === 1 ? 2 : 1;
}
