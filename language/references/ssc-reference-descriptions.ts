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
} from 'langium';
import { cancellationTicker } from '../utils/interrupt.js';

/**
 * Langium's reference index entries, read from the references the linker collected on the document
 * instead of walking every syntax node and every property again (the default costs as much as
 * linking: ~30 ms per keystroke at 1,000 stakeholders in one file). Same entries, in linking order.
 */
export class SscReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
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
            const segment = CstUtils.toDocumentSegment(reference.$refNode);
            for (const target of targets) {
                descriptions.push({
                    sourceUri,
                    sourcePath,
                    targetUri: target.documentUri,
                    targetPath: target.path,
                    segment,
                    local: UriUtils.equals(target.documentUri, sourceUri),
                });
            }
        }
        await interruptAndCheck(cancelToken);
        return descriptions;
    }
}
