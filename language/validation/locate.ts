import { AstUtils, GrammarAST, isCompositeCstNode, URI, type AstNode, type CstNode, type LangiumDocuments } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { Assessment, AssessmentEntry, Model } from '../generated/ast.js';
import { cstStart } from '../utils/cst-start.js';

// The property a grammar element assigns to, memoised: the grammar is fixed, syntax trees are not.
const assignedProperty = new Map<GrammarAST.AbstractElement, string | null>();

function propertyOf(element: GrammarAST.AbstractElement | undefined): string | null {
    if (!element) return null;
    let property = assignedProperty.get(element);
    if (property === undefined) {
        property = AstUtils.getContainerOfType(element, GrammarAST.isAssignment)?.feature ?? null;
        assignedProperty.set(element, property);
    }
    return property;
}

// Syntax nodes of each property of an AST node, collected in one pass over its own syntax (several
// rules ask about the same node; GrammarUtils.findNodesForProperty walks the subtree once per property).
const propertyNodesCache = new WeakMap<AstNode, Map<string, CstNode[]>>();

/**
 * Visits the syntax nodes that give the owner's properties, in text order, each with its property,
 * through the owner's own unassigned syntax (groups, keywords) but not into other syntax-tree nodes.
 * Stops, returning true, as soon as `visit` returns true.
 */
function visitPropertySyntax(cst: CstNode, owner: AstNode, visit: (property: string, node: CstNode) => boolean): boolean {
    if (!isCompositeCstNode(cst) || cst.astNode !== owner) return false;
    // By index: the child list is an Array subclass, for which `for…of` made an iterator per call.
    const content = cst.content;
    for (let i = 0; i < content.length; i++) {
        const child = content[i];
        const property = propertyOf(child.grammarSource);
        if (property ? visit(property, child) : visitPropertySyntax(child, owner, visit)) return true;
    }
    return false;
}

/**
 * The syntax nodes that contribute to a property of a node, in text order: the same result as
 * `GrammarUtils.findNodesForProperty(node.$cstNode, property)`, computed once per node.
 */
export function propertyNodes(node: AstNode, property: string): readonly CstNode[] {
    return collected(node).get(property) ?? [];
}

function collected(node: AstNode): Map<string, CstNode[]> {
    let all = propertyNodesCache.get(node);
    if (!all) {
        const into = (all = new Map<string, CstNode[]>());
        if (node.$cstNode)
            visitPropertySyntax(node.$cstNode, node, (property, child) => {
                const list = into.get(property);
                if (list) list.push(child);
                else into.set(property, [child]);
                return false;
            });
        propertyNodesCache.set(node, all);
    }
    return all;
}

/**
 * The first syntax node of a property (`propertyNodes(node, property)[0]`). Unless the node's property
 * syntax is collected already, the walk stops at it: most findings point at a name or another early
 * property of a stakeholder, whose whole syntax collecting read to its last token.
 */
function firstPropertyNode(node: AstNode, property: string): CstNode | undefined {
    const known = propertyNodesCache.get(node);
    if (known) return known.get(property)?.[0];
    let found: CstNode | undefined;
    if (node.$cstNode)
        visitPropertySyntax(node.$cstNode, node, (p, child) => {
            if (p !== property) return false;
            found = child;
            return true;
        });
    return found;
}

/**
 * Whether some property among `properties` has more than one syntax node in `node`: the question of
 * `value/repeated-property` for every stakeholder, action and assessment entry, answered without
 * collecting each node's property syntax (nearly always the answer is no).
 */
export function repeatsProperty(node: AstNode, properties: ReadonlySet<string>): boolean {
    const known = propertyNodesCache.get(node);
    if (known) {
        for (const property of properties) if ((known.get(property)?.length ?? 0) > 1) return true;
        return false;
    }
    const seen: string[] = [];
    return (
        node.$cstNode !== undefined &&
        visitPropertySyntax(node.$cstNode, node, property => {
            if (!properties.has(property)) return false;
            if (seen.includes(property)) return true;
            seen.push(property);
            return false;
        })
    );
}

/**
 * The range Langium's `getDiagnosticRange` gives a property of a node (an index past the last
 * value means the last), from the syntax nodes of the node's properties, collected once per node:
 * Langium walks the node's syntax again for each diagnostic, and a model of 1,000 stakeholders has
 * some 1,800. Undefined when the property has no syntax, where Langium takes the whole node.
 */
export function propertyDiagnosticRange(node: AstNode, property: string, index: number | undefined): Range | undefined {
    if (!index) return firstPropertyNode(node, property)?.range;
    const nodes = propertyNodes(node, property);
    if (nodes.length === 0) return undefined;
    return nodes[index === undefined ? 0 : Math.max(0, Math.min(index, nodes.length - 1))].range;
}

/** The range of a node's property (its name by default), or of the whole node (property null or absent). */
export function propertyRange(node: AstNode, property: string | null = 'name', index?: number): Range | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    if (property === null) return cst.range;
    const found = index ? propertyNodes(node, property)[index] : firstPropertyNode(node, property);
    return (found ?? cst).range;
}

/** Related information pointing at a node's property (its name by default; null: the whole node). */
export function relatedAt(node: AstNode, message: string, property: string | null = 'name'): DiagnosticRelatedInformation[] {
    const range = propertyRange(node, property);
    return range ? [{ location: { uri: AstUtils.getDocument(node).uri.toString(), range }, message }] : [];
}

// Top-level elements of a parsed document by type, then 1-based start line, built once per parse
// (numbers as keys: a "type@line" text per lookup took a third of its time at 10,000 stakeholders in one file).
const elementsByLine = new WeakMap<AstNode, Map<string, Map<number, AstNode>>>();

/**
 * The top-level element of a given type that starts on a 1-based line of a workspace file (as the
 * snapshot records places), or undefined when that file or element is gone.
 */
export function elementAt(documents: LangiumDocuments, file: string, line: number, type: string): AstNode | undefined {
    // The document store remembers lookups by the URI's text (SscLangiumDocuments).
    const model = documents.getDocument(URI.parse(file))?.parseResult.value as Model | undefined;
    if (!model?.elements) return undefined;
    let index = elementsByLine.get(model);
    if (!index) {
        index = new Map();
        for (const e of model.elements) {
            // The start alone: a whole range walks to the element's last token (~7,000 elements at 1,000 stakeholders).
            const start = e.$cstNode ? cstStart(e.$cstNode).line + 1 : 0;
            let ofType = index.get(e.$type);
            if (!ofType) index.set(e.$type, (ofType = new Map()));
            if (!ofType.has(start)) ofType.set(start, e);
        }
        elementsByLine.set(model, index);
    }
    return index.get(type)?.get(line);
}

// Entries of each assessment by the stakeholder they name (first entry wins), built once per node: a
// stale level looked its entry up by scanning the assessment, thousands of entries per stakeholder.
const entriesByName = new WeakMap<Assessment, Map<string, AssessmentEntry>>();

/** The first entry of an assessment that names the stakeholder `id`, as written. */
export function assessmentEntry(assessment: Assessment, id: string): AssessmentEntry | undefined {
    let entries = entriesByName.get(assessment);
    if (!entries) {
        entries = new Map();
        for (const entry of assessment.entries) {
            const name = entry.stakeholder.$refText;
            if (!entries.has(name)) entries.set(name, entry);
        }
        entriesByName.set(assessment, entries);
    }
    return entries.get(id);
}
