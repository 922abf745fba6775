import { isLinkingError, type AstNode, type AstNodeDescription, type CstNode, type LinkingError, type Reference } from 'langium';

/** The top-level element a node belongs to (the node itself for one): the ancestor whose container is a root. */
export function topElement(node: AstNode | undefined): AstNode | undefined {
    while (node?.$container?.$container) node = node.$container;
    return node?.$container ? node : undefined;
}

/** What a reference asks of the linker when its target is read before linking has set it. */
export interface ReferenceResolver {
    /** Resolves the reference (Langium's lazy `ref`), see SscLinker.resolveReference. */
    resolveReference(reference: SscReference, node: AstNode, property: string): AstNode | undefined;
}

/**
 * A cross-reference of the syntax tree, with the behaviour of the references Langium's
 * `DefaultLinker.buildReference` makes, as a class. Langium builds each reference as an object literal
 * with getters of its own and deletes a property whenever it unlinks one: every reference then has a
 * hidden class of its own, soon a dictionary of properties, and every read of a reference (linking,
 * the reference index, validation) is a slow lookup. Instances of one class share their shape and
 * getters, and unlinking sets the link state to `undefined` (SscLinker.unlink).
 */
export class SscReference {
    /** The target, a linking error, Langium's resolving marker, or undefined when not linked. */
    _ref: unknown = undefined;
    /** The description of the target found by linking. */
    _nodeDescription: AstNodeDescription | undefined = undefined;
    readonly $refNode: CstNode | undefined;
    readonly $refText: string;
    // Private fields: not enumerable, so nothing copying or printing a reference walks into the tree.
    readonly #resolver: ReferenceResolver;
    readonly #node: AstNode;
    readonly #property: string;
    #element: AstNode | undefined = undefined;

    constructor(resolver: ReferenceResolver, node: AstNode, property: string, refNode: CstNode | undefined, refText: string) {
        this.#resolver = resolver;
        this.#node = node;
        this.#property = property;
        this.$refNode = refNode;
        this.$refText = refText;
    }

    get ref(): AstNode | undefined {
        return this.#resolver.resolveReference(this, this.#node, this.#property);
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }

    /**
     * The top-level element holding this reference. Kept once found: a reference lives and dies with
     * its element, which a block re-parse moves into the new root whole.
     */
    element(): AstNode | undefined {
        // Not yet in a tree (while parsing): found later.
        return (this.#element ??= topElement(this.#node));
    }

    /** This reference as Langium's type (the same members). */
    asReference(): Reference {
        return this as unknown as Reference;
    }
}
