import {
    Cancellation,
    CstUtils,
    DefaultReferenceDescriptionProvider,
    interruptAndCheck,
    isMultiReference,
    isReference,
    type AstNode,
    type AstNodeDescription,
    type CstNode,
    type DocumentSegment,
    type LangiumDocument,
    type ReferenceDescription,
    type URI,
} from 'langium';
import { cancellationTicker } from '../utils/interrupt.js';

/**
 * Langium's reference index entries, read from the references the linker collected on the document
 * instead of walking every syntax node and every property again (the default costs as much as
 * linking: ~30 ms per keystroke at 1,000 stakeholders in one file). Same entries, in linking order.
 * The entries of a reference are kept while it leads to the same target: a block re-parse keeps the
 * references of untouched elements (and their syntax nodes, moved in place), so only the edited
 * element's are made again. Their segment is therefore read from the syntax node when asked for.
 */
export class SscReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly kept = new WeakMap<object, SscReferenceDescription>();
    /**
     * False where documents are built once and never edited (the `ssc` commands): the index of
     * references serves finding references, renaming and working out what an edit affects, none of
     * which a command does (~330 ms of `ssc validate` at 10,000 stakeholders).
     */
    indexReferences = true;

    override async createDescriptions(
        document: LangiumDocument,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
    ): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        if (!this.indexReferences) return descriptions;
        const sourceUri = document.uri;
        const source = sourceUri.toString();
        const tick = cancellationTicker(cancelToken);
        const paths = new Map<AstNode, string>();
        for (const reference of document.references) {
            const pause = tick();
            if (pause) await pause;
            if (reference.error || !reference.$refNode) continue;
            if (isReference(reference)) {
                const target = reference.$nodeDescription;
                const kept = this.kept.get(reference);
                if (target && kept?.leadsFrom(sourceUri, target)) {
                    descriptions.push(kept);
                    continue;
                }
            }
            const targets: AstNodeDescription[] = isReference(reference)
                ? reference.$nodeDescription
                    ? [reference.$nodeDescription]
                    : []
                : isMultiReference(reference)
                  ? reference.items.flatMap(item => (item.$nodeDescription ? [item.$nodeDescription] : []))
                  : [];
            // The syntax node of a reference belongs to the element that holds it.
            const container = reference.$refNode.astNode;
            if (targets.length === 0 || !container) continue;
            let sourcePath = paths.get(container);
            if (sourcePath === undefined) paths.set(container, (sourcePath = this.nodeLocator.getAstNodePath(container)));
            const refNode = reference.$refNode;
            for (const target of targets) {
                const entry = new SscReferenceDescription(sourceUri, sourcePath, target, target.documentUri.toString() === source, refNode);
                descriptions.push(entry);
                if (isReference(reference)) this.kept.set(reference, entry);
            }
        }
        await interruptAndCheck(cancelToken);
        return descriptions;
    }
}

/**
 * An entry of the reference index, with the members of the ones Langium's provider makes, as a class:
 * Langium's are object literals with a getter, which V8 keeps as dictionaries with a closure each
 * (~700 bytes an entry, 110,000 entries at 10,000 stakeholders). The segment is read from the syntax
 * node when asked for.
 */
export class SscReferenceDescription implements ReferenceDescription {
    readonly sourceUri: URI;
    readonly sourcePath: string;
    readonly targetUri: URI;
    readonly targetPath: string;
    readonly local: boolean;
    // Private fields: not enumerable, so nothing copying or printing an entry walks into the tree.
    readonly #target: AstNodeDescription;
    readonly #refNode: CstNode;

    constructor(
        sourceUri: URI,
        sourcePath: string,
        target: AstNodeDescription,
        local: boolean,
        refNode: CstNode,
        targetPath = target.path,
    ) {
        this.sourceUri = sourceUri;
        this.sourcePath = sourcePath;
        this.targetUri = target.documentUri;
        this.targetPath = targetPath;
        this.local = local;
        this.#target = target;
        this.#refNode = refNode;
    }

    get segment(): DocumentSegment {
        return CstUtils.toDocumentSegment(this.#refNode);
    }

    /** The same entry leading to another path of its target's document (the declaration moved there). */
    withTargetPath(path: string): SscReferenceDescription {
        return new SscReferenceDescription(this.sourceUri, this.sourcePath, this.#target, this.local, this.#refNode, path);
    }

    /** True when this entry was made for a reference of the document `sourceUri` to `target`. */
    leadsFrom(sourceUri: URI, target: AstNodeDescription): boolean {
        return this.sourceUri === sourceUri && this.#target === target;
    }
}
