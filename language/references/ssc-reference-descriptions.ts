import {
    Cancellation,
    CstUtils,
    DefaultReferenceDescriptionProvider,
    interruptAndCheck,
    isMultiReference,
    isReference,
    UriUtils,
    type AstNode,
    type AstNodeDescription,
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
    private readonly kept = new WeakMap<object, { target: AstNodeDescription; source: URI; entry: ReferenceDescription }>();

    override async createDescriptions(
        document: LangiumDocument,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
    ): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const sourceUri = document.uri;
        const tick = cancellationTicker(cancelToken);
        const paths = new Map<AstNode, string>();
        for (const reference of document.references) {
            const pause = tick();
            if (pause) await pause;
            if (reference.error || !reference.$refNode) continue;
            if (isReference(reference)) {
                const target = reference.$nodeDescription;
                const kept = this.kept.get(reference);
                if (target && kept && kept.target === target && kept.source === sourceUri) {
                    descriptions.push(kept.entry);
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
                const entry: ReferenceDescription = {
                    sourceUri,
                    sourcePath,
                    targetUri: target.documentUri,
                    targetPath: target.path,
                    get segment() {
                        return CstUtils.toDocumentSegment(refNode);
                    },
                    local: UriUtils.equals(target.documentUri, sourceUri),
                };
                descriptions.push(entry);
                if (isReference(reference)) this.kept.set(reference, { target, source: sourceUri, entry });
            }
        }
        await interruptAndCheck(cancelToken);
        return descriptions;
    }
}
