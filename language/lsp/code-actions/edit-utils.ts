import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type Position, type TextEdit } from 'vscode-languageserver';

/**
 * A quick fix replacing text in one document, tied to the diagnostic(s) it repairs. Line breaks in the
 * new text follow the document's own, so a fix never mixes LF into a CRLF file.
 */
export function quickFix(
    title: string,
    document: LangiumDocument,
    edits: TextEdit[],
    diagnostics: Diagnostic[],
    isPreferred = false,
): CodeAction {
    const eol = /\r?\n/.exec(document.textDocument.getText())?.[0] ?? '\n';
    const changes = eol === '\n' ? edits : edits.map(e => ({ ...e, newText: e.newText.replace(/\r?\n/g, eol) }));
    return { title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred, edit: { changes: { [document.uri.toString()]: changes } } };
}

/** The innermost node of the given kind at a position of the document. */
export function nodeAt<T extends AstNode>(document: LangiumDocument, position: Position, is: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
}

/** The leading white space of the line holding an offset. */
export function indentAt(text: string, offset: number): string {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start))![0];
}

/** True when only white space precedes the offset on its line. */
function startsLine(text: string, offset: number): boolean {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*$/.test(text.slice(start, offset));
}

/** The indentation of the properties inside a `{ … }` block node (one level below the node's line). */
export function blockIndent(document: LangiumDocument, node: AstNode): string {
    const text = document.textDocument.getText();
    const cst = node.$cstNode!;
    const open = CstUtils.flattenCst(cst).find(leaf => leaf.text === '{');
    if (open) {
        const next = CstUtils.flattenCst(cst).find(leaf => leaf.offset > open.offset && leaf.text !== '}' && startsLine(text, leaf.offset));
        if (next) return indentAt(text, next.offset);
    }
    return indentAt(text, cst.offset) + '    ';
}

/**
 * An edit adding property lines at the end of a block node (`stakeholder … { … }`, `programme … { … }`),
 * creating the block when the node has none. Lines are given without indentation.
 */
export function appendToBlock(document: LangiumDocument, node: AstNode, lines: readonly string[]): TextEdit {
    const text = document.textDocument.getText();
    const cst = node.$cstNode!;
    const indent = blockIndent(document, node);
    const outer = indentAt(text, cst.offset);
    const body = lines.map(line => indent + line).join('\n');
    const leaves = CstUtils.flattenCst(cst).toArray();
    const close = leaves.length > 0 && leaves[leaves.length - 1].text === '}' ? leaves[leaves.length - 1] : undefined;
    if (!close) {
        const at = document.textDocument.positionAt(cst.end);
        return { range: { start: at, end: at }, newText: ` {\n${body}\n${outer}}` };
    }
    if (startsLine(text, close.offset)) {
        const lineStart = text.lastIndexOf('\n', close.offset - 1) + 1;
        const at = document.textDocument.positionAt(lineStart);
        return { range: { start: at, end: at }, newText: body + '\n' };
    }
    const before = leaves[leaves.length - 2];
    const start = document.textDocument.positionAt(before ? before.end : close.offset);
    const end = document.textDocument.positionAt(close.offset);
    return { range: { start, end }, newText: `\n${body}\n${outer}` };
}

/** Where to add text after a node so that it lands on a line of its own (keeping a trailing comment in place). */
export function lineAfter(document: LangiumDocument, offset: number, line: string, indent: string): TextEdit {
    const text = document.textDocument.getText();
    const lineEnd = text.slice(offset).search(/\r?\n|$/) + offset;
    const rest = text.slice(offset, lineEnd);
    const at = document.textDocument.positionAt(/^\s*(\/\/.*)?$/.test(rest) ? lineEnd : offset);
    return { range: { start: at, end: at }, newText: `\n${indent}${line}` };
}
