/**
 * Conversions between LSP values and Monaco's: 0-based LSP positions against 1-based Monaco ones,
 * severities, completion kinds, markup and workspace edits.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import {
    CompletionItemKind,
    DiagnosticSeverity,
    type CompletionItem,
    type Diagnostic,
    type Hover,
    type Location,
    type LocationLink,
    type MarkedString,
    type MarkupContent,
    type Position,
    type Range,
    type TextEdit,
    type WorkspaceEdit,
} from 'vscode-languageserver-protocol/browser.js';

export function toPosition(position: monaco.IPosition): Position {
    return { line: position.lineNumber - 1, character: position.column - 1 };
}

export function toLspRange(range: monaco.IRange): Range {
    return {
        start: { line: range.startLineNumber - 1, character: range.startColumn - 1 },
        end: { line: range.endLineNumber - 1, character: range.endColumn - 1 },
    };
}

export function toRange(range: Range): monaco.IRange {
    return {
        startLineNumber: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLineNumber: range.end.line + 1,
        endColumn: range.end.character + 1,
    };
}

const SEVERITY: Record<number, monaco.MarkerSeverity> = {
    [DiagnosticSeverity.Error]: monaco.MarkerSeverity.Error,
    [DiagnosticSeverity.Warning]: monaco.MarkerSeverity.Warning,
    [DiagnosticSeverity.Information]: monaco.MarkerSeverity.Info,
    [DiagnosticSeverity.Hint]: monaco.MarkerSeverity.Hint,
};

/** A diagnostic as an editor marker (a squiggle); the rule code is kept as the marker's code. */
export function toMarker(diagnostic: Diagnostic): monaco.editor.IMarkerData {
    return {
        ...toRange(diagnostic.range),
        severity: SEVERITY[diagnostic.severity ?? DiagnosticSeverity.Error] ?? monaco.MarkerSeverity.Error,
        message: diagnostic.message,
        code: diagnostic.code === undefined ? undefined : String(diagnostic.code),
        source: diagnostic.source,
        tags: diagnostic.tags?.map(t => t as number as monaco.MarkerTag),
    };
}

/** Markdown of a hover or a documentation string. */
export function toMarkdown(content: string | MarkupContent | MarkedString | MarkedString[] | undefined): monaco.IMarkdownString[] {
    if (content === undefined) return [];
    if (Array.isArray(content)) return content.flatMap(c => toMarkdown(c));
    if (typeof content === 'string') return [{ value: content }];
    if ('kind' in content) return [{ value: content.kind === 'markdown' ? content.value : escapeMarkdown(content.value) }];
    return [{ value: '```' + content.language + '\n' + content.value + '\n```' }];
}

function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

/** The contents of a hover. */
export function toHover(hover: Hover | null): monaco.languages.Hover | null {
    if (!hover) return null;
    return { contents: toMarkdown(hover.contents), range: hover.range ? toRange(hover.range) : undefined };
}

const KIND = monaco.languages.CompletionItemKind;
const COMPLETION_KIND: Record<number, monaco.languages.CompletionItemKind> = {
    [CompletionItemKind.Text]: KIND.Text,
    [CompletionItemKind.Method]: KIND.Method,
    [CompletionItemKind.Function]: KIND.Function,
    [CompletionItemKind.Constructor]: KIND.Constructor,
    [CompletionItemKind.Field]: KIND.Field,
    [CompletionItemKind.Variable]: KIND.Variable,
    [CompletionItemKind.Class]: KIND.Class,
    [CompletionItemKind.Interface]: KIND.Interface,
    [CompletionItemKind.Module]: KIND.Module,
    [CompletionItemKind.Property]: KIND.Property,
    [CompletionItemKind.Unit]: KIND.Unit,
    [CompletionItemKind.Value]: KIND.Value,
    [CompletionItemKind.Enum]: KIND.Enum,
    [CompletionItemKind.Keyword]: KIND.Keyword,
    [CompletionItemKind.Snippet]: KIND.Snippet,
    [CompletionItemKind.Color]: KIND.Color,
    [CompletionItemKind.File]: KIND.File,
    [CompletionItemKind.Reference]: KIND.Reference,
    [CompletionItemKind.Folder]: KIND.Folder,
    [CompletionItemKind.EnumMember]: KIND.EnumMember,
    [CompletionItemKind.Constant]: KIND.Constant,
    [CompletionItemKind.Struct]: KIND.Struct,
    [CompletionItemKind.Event]: KIND.Event,
    [CompletionItemKind.Operator]: KIND.Operator,
    [CompletionItemKind.TypeParameter]: KIND.TypeParameter,
};

/** A completion item; `fallback` is the range of the word at the cursor. */
export function toCompletion(item: CompletionItem, fallback: monaco.IRange): monaco.languages.CompletionItem {
    const edit = item.textEdit;
    let range: monaco.languages.CompletionItem['range'] = fallback;
    if (edit && 'range' in edit) range = toRange(edit.range);
    else if (edit && 'insert' in edit) range = { insert: toRange(edit.insert), replace: toRange(edit.replace) };
    const documentation = item.documentation === undefined ? undefined : toMarkdown(item.documentation)[0];
    return {
        label: item.labelDetails
            ? { label: item.label, detail: item.labelDetails.detail, description: item.labelDetails.description }
            : item.label,
        kind: COMPLETION_KIND[item.kind ?? CompletionItemKind.Text] ?? KIND.Text,
        detail: item.detail,
        documentation,
        sortText: item.sortText,
        filterText: item.filterText,
        preselect: item.preselect,
        insertText: edit?.newText ?? item.insertText ?? item.label,
        insertTextRules: item.insertTextFormat === 2 ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
        range,
        additionalTextEdits: item.additionalTextEdits?.map(toTextEdit),
    };
}

export function toTextEdit(edit: TextEdit): monaco.languages.TextEdit {
    return { range: toRange(edit.range), text: edit.newText };
}

/** A workspace edit (rename, quick fix) as Monaco applies it. */
export function toWorkspaceEdit(edit: WorkspaceEdit | null | undefined): monaco.languages.WorkspaceEdit {
    const edits: monaco.languages.IWorkspaceTextEdit[] = [];
    for (const [uri, changes] of Object.entries(edit?.changes ?? {})) {
        for (const change of changes) edits.push({ resource: monaco.Uri.parse(uri), textEdit: toTextEdit(change), versionId: undefined });
    }
    for (const change of edit?.documentChanges ?? []) {
        if (!('textDocument' in change)) continue; // file create/rename/delete: the playground has no such fixes
        for (const e of change.edits) {
            if ('newText' in e)
                edits.push({ resource: monaco.Uri.parse(change.textDocument.uri), textEdit: toTextEdit(e), versionId: undefined });
        }
    }
    return { edits };
}

/** Definition or references results as Monaco locations. */
export function toLocations(result: Location | Location[] | LocationLink[] | null): monaco.languages.Location[] {
    if (!result) return [];
    const list = Array.isArray(result) ? result : [result];
    return list.map(l =>
        'targetUri' in l
            ? { uri: monaco.Uri.parse(l.targetUri), range: toRange(l.targetSelectionRange ?? l.targetRange) }
            : { uri: monaco.Uri.parse(l.uri), range: toRange(l.range) },
    );
}
