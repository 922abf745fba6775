import { AstUtils, GrammarUtils, URI, type AstNode, type LangiumDocuments } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { Model } from '../generated/ast.js';

/** The range of a node's property (its name by default), or of the whole node (property null or absent). */
export function propertyRange(node: AstNode, property: string | null = 'name', index?: number): Range | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    if (property === null) return cst.range;
    const found = index === undefined ? GrammarUtils.findNodeForProperty(cst, property) : GrammarUtils.findNodesForProperty(cst, property)[index];
    return (found ?? cst).range;
}

/** Related information pointing at a node's property (its name by default; null: the whole node). */
export function relatedAt(node: AstNode, message: string, property: string | null = 'name'): DiagnosticRelatedInformation[] {
    const range = propertyRange(node, property);
    return range ? [{ location: { uri: AstUtils.getDocument(node).uri.toString(), range }, message }] : [];
}

/**
 * The top-level element of a given type that starts on a 1-based line of a workspace file (as the
 * snapshot records places), or undefined when that file or element is gone.
 */
export function elementAt(documents: LangiumDocuments, file: string, line: number, type: string): AstNode | undefined {
    const document = documents.getDocument(URI.parse(file));
    const model = document?.parseResult.value as Model | undefined;
    return model?.elements?.find(e => e.$type === type && (e.$cstNode?.range.start.line ?? -1) + 1 === line);
}
