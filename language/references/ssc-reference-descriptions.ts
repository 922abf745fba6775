import {
    AstUtils, Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isMultiReference, isReference, UriUtils,
    type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceDescription
} from 'langium';
import { cancellationTicker } from '../utils/interrupt.js';

/**
 * Langium's reference index entries, computed in one synchronous pass: the default awaits a
 * cancellation check at every syntax node and recomputes the source path for each reference of a
 * node (a relation has two). Same entries, same order.
 */
export class SscReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const sourceUri = document.uri;
        const tick = cancellationTicker(cancelToken);
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            const pause = tick();
            if (pause) await pause;
            let sourcePath: string | undefined;
            AstUtils.streamReferences(node).forEach(({ reference }) => {
                if (reference.error || !reference.$refNode) return;
                const targets: AstNodeDescription[] = isReference(reference)
                    ? (reference.$nodeDescription ? [reference.$nodeDescription] : [])
                    : isMultiReference(reference) ? reference.items.flatMap(item => item.$nodeDescription ? [item.$nodeDescription] : []) : [];
                if (targets.length === 0) return;
                sourcePath ??= this.nodeLocator.getAstNodePath(node as AstNode);
                const segment = CstUtils.toDocumentSegment(reference.$refNode);
                for (const target of targets) {
                    descriptions.push({
                        sourceUri, sourcePath, targetUri: target.documentUri, targetPath: target.path, segment,
                        local: UriUtils.equals(target.documentUri, sourceUri),
                    });
                }
            });
        }
        await interruptAndCheck(cancelToken);
        return descriptions;
    }
}
