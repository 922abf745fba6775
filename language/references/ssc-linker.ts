import { AstUtils, Cancellation, DefaultLinker, interruptAndCheck, type AstNodeDescription, type LangiumDocument } from 'langium';
import { cancellationTicker } from '../utils/interrupt.js';

type AnyReference = LangiumDocument['references'][number];
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
    /** Links every reference of the document, checking for cancellation every few hundred nodes rather than at each. */
    override async link(
        document: LangiumDocument,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
    ): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const tick = cancellationTicker(cancelToken);
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            const pause = tick();
            if (pause) await pause;
            AstUtils.streamReferences(node).forEach(ref => this.doLink(ref, document));
        }
        await interruptAndCheck(cancelToken);
    }

    /**
     * Points the references of `document` that resolve into `targetUri` at that document's current
     * declarations of the same type and name. Returns the target paths that moved (old → new), or
     * undefined when some target has no counterpart any more (the document must then be relinked).
     */
    retarget(
        document: LangiumDocument,
        targetUri: string,
        exports: ReadonlyMap<string, AstNodeDescription>,
    ): Map<string, string> | undefined {
        const moved = new Map<string, string>();
        for (const reference of this.referencesInto(document, targetUri)) {
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

    // A document's resolved references grouped by the document they lead into. Relinking replaces
    // `document.references` with a new array, and retargeting keeps each reference's target document,
    // so the grouping holds as long as the array and its length do. Without it, an edit in one of 100
    // files walked every reference of the other 99 (50,000 at 10,000 stakeholders) to find the few
    // that lead into it.
    private readonly byTarget = new WeakMap<AnyReference[], { length: number; groups: Map<string, AnyReference[]> }>();

    private referencesInto(document: LangiumDocument, targetUri: string): readonly AnyReference[] {
        const references = document.references;
        let entry = this.byTarget.get(references);
        if (!entry || entry.length !== references.length) {
            const groups = new Map<string, AnyReference[]>();
            for (const reference of references) {
                const uri = (reference as LinkState)._nodeDescription?.documentUri.toString();
                if (uri === undefined) continue;
                const group = groups.get(uri);
                if (group) group.push(reference);
                else groups.set(uri, [reference]);
            }
            entry = { length: references.length, groups };
            this.byTarget.set(references, entry);
        }
        return entry.groups.get(targetUri) ?? [];
    }
}
