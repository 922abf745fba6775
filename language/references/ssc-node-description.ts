import {
    AstUtils,
    CstUtils,
    DefaultAstNodeDescriptionProvider,
    type AstNode,
    type AstNodeDescription,
    type DocumentSegment,
    type LangiumDocument,
    type NameProvider,
    type URI,
} from 'langium';

/**
 * A description of a named element (what the index, scopes, linking and completion hold), with the
 * members of the ones Langium's `DefaultAstNodeDescriptionProvider` makes, as a class. Langium builds
 * each as an object literal with a getter, and V8 keeps such objects as dictionaries: every read of a
 * name, type or document (each scope lookup while linking, each completion candidate) was a hash
 * lookup. Instances of one class share a shape.
 *
 * Unlike Langium's, both segments are read from the syntax tree whenever asked for: a block re-parse
 * moves the elements after an edit in place and keeps their descriptions (SscScopeComputation).
 */
export class SscNodeDescription implements AstNodeDescription {
    readonly node: AstNode;
    readonly name: string;
    readonly type: string;
    readonly documentUri: URI;
    readonly path: string;
    // A private field: not enumerable, so nothing copying or printing a description walks into it.
    readonly #names: NameProvider;

    constructor(names: NameProvider, node: AstNode, name: string, documentUri: URI, path: string) {
        this.#names = names;
        this.node = node;
        this.name = name;
        this.type = node.$type;
        this.documentUri = documentUri;
        this.path = path;
    }

    get nameSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.#names.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

/** Makes {@link SscNodeDescription}s; otherwise Langium's provider. */
export class SscAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!name) throw new Error(`Node at path ${path} has no name.`);
        return new SscNodeDescription(this.nameProvider, node, name, doc.uri, path);
    }
}
