import { DefaultLinker, type AstNodeDescription, type LangiumDocument } from 'langium';
import { exportKey } from './exported-names.js';

/** The link state DefaultLinker keeps on each reference it builds. */
interface LinkState {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
}

/**
 * Langium's linker, able to move a document's resolved references over to the new syntax tree of a
 * document they point into, when that document was re-parsed without any change to its exported
 * names. That costs a map lookup per such reference, where relinking would walk the whole referring
 * document and make it be validated again.
 */
export class SscLinker extends DefaultLinker {
    /**
     * Points the references of `document` that resolve into `targetUri` at that document's current
     * declarations of the same type and name. Returns the target paths that moved (old → new), or
     * undefined when some target has no counterpart any more (the document must then be relinked).
     */
    retarget(document: LangiumDocument, targetUri: string, exports: ReadonlyMap<string, AstNodeDescription>): Map<string, string> | undefined {
        const moved = new Map<string, string>();
        for (const reference of document.references) {
            const state = reference as LinkState;
            const old = state._nodeDescription;
            if (!old || old.documentUri.toString() !== targetUri) continue;
            const fresh = exports.get(exportKey(old.type, old.name));
            const node = fresh && this.loadAstNode(fresh);
            if (!fresh || !node) return undefined;
            state._nodeDescription = fresh;
            state._ref = node;
            if (old.path !== fresh.path) moved.set(old.path, fresh.path);
        }
        return moved;
    }
}
