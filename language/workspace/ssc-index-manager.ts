import { DefaultIndexManager, type AstNodeDescription } from 'langium';
import { SscReferenceDescription } from '../references/ssc-reference-descriptions.js';

/** Langium's index, with the two operations the incremental document builder needs. */
export class SscIndexManager extends DefaultIndexManager {
    /** The declarations a document currently exports (empty when it is not indexed). */
    exportsOf(uri: string): readonly AstNodeDescription[] {
        return this.symbolIndex.get(uri) ?? [];
    }

    /** The exports of every indexed document, in the index's document order (read-only; arrays are replaced, never changed). */
    documentExports(): ReadonlyMap<string, readonly AstNodeDescription[]> {
        return this.symbolIndex;
    }

    /**
     * Rewrites the target paths of the references recorded for `sourceUri` that lead into `targetUri`,
     * after declarations there moved (old path → new path) without being renamed.
     */
    moveReferenceTargets(sourceUri: string, targetUri: string, moved: ReadonlyMap<string, string>): void {
        const references = this.referenceIndex.get(sourceUri);
        if (!references || moved.size === 0) return;
        this.referenceIndex.set(
            sourceUri,
            references.map(r => {
                const path = r.targetUri.toString() === targetUri ? moved.get(r.targetPath) : undefined;
                if (path === undefined) return r;
                // A spread would drop the segment, which our entries read when asked for (a getter).
                return r instanceof SscReferenceDescription ? r.withTargetPath(path) : { ...r, targetPath: path };
            }),
        );
    }
}
