import {
    AstUtils,
    Cancellation,
    DefaultLinker,
    DocumentState,
    interruptAndCheck,
    isAstNode,
    isAstNodeDescription,
    RefResolving,
    type AstNode,
    type AstNodeDescription,
    type CstNode,
    type LangiumDocument,
    type Reference,
} from 'langium';
import { SscReference, topElement, type ReferenceResolver } from './ssc-reference.js';
import { sharedEnds } from '../model/shared-ends.js';
import { forEachReference, subtree } from '../utils/ast-walk.js';
import { cancellationTicker } from '../utils/interrupt.js';
import type { SscServices } from '../ssc-module.js';
import type { SscIndexManager } from '../workspace/ssc-index-manager.js';
import { exportKey, exportsByKey } from './exported-names.js';

type AnyReference = LangiumDocument['references'][number];

/** What a linking after a block re-parse restores (see SscLinker.keptLinks). */
interface KeptLinks {
    /** Elements before `start` and the last `end` elements are those the re-parse kept. */
    readonly start: number;
    readonly end: number;
    readonly links: ReadonlyMap<AstNode, ReadonlyArray<SavedLinks['links'][number]>>;
    /** Kept elements linked afresh all the same: a reference of theirs lost its target. */
    readonly relink: ReadonlySet<AstNode>;
}

/** A document's links as they were when it was unlinked: its root, and each reference with its target. */
interface SavedLinks {
    readonly root: AstNode & { elements?: AstNode[] };
    readonly links: ReadonlyArray<{ readonly reference: AnyReference; readonly state: LinkState }>;
}

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
export class SscLinker extends DefaultLinker implements ReferenceResolver {
    private readonly index: SscIndexManager;
    /** The links of documents unlinked since their last linking. */
    private readonly saved = new WeakMap<LangiumDocument, SavedLinks>();
    /** The document whose next linking may keep the links of its untouched elements. */
    private keeping: string | undefined;

    constructor(services: SscServices) {
        super(services);
        this.index = services.shared.workspace.IndexManager;
    }

    /**
     * Allows the next linking of the document (none: of no document) to keep the links of the top-level
     * elements its re-parse kept: the document builder says so, at the start of every build's linking,
     * when it alone changed and no exported name changed anywhere, so that every name resolves as before.
     */
    keepLinksOf(uri: string | undefined): void {
        this.keeping = uri;
    }

    override unlink(document: LangiumDocument): void {
        if (this.keeping === document.uri.toString()) this.keeping = undefined;
        if (document.references.length > 0) {
            const links = document.references.map(reference => {
                const { _ref, _nodeDescription } = reference as LinkState;
                return { reference, state: { _ref, _nodeDescription } };
            });
            this.saved.set(document, { root: document.parseResult.value, links });
        } else {
            // Unlinked again before being linked (a cancelled build): the links saved before may not
            // match what the index now holds, so the next linking links everything.
            this.saved.delete(document);
        }
        // Langium's unlink deletes a property of each reference (a dictionary of properties after):
        // ours keep their shape.
        const others: AnyReference[] = [];
        for (const reference of document.references) {
            if (reference instanceof SscReference) {
                reference._ref = undefined;
                reference._nodeDescription = undefined;
            } else others.push(reference);
        }
        document.references = others;
        super.unlink(document);
    }

    /** References are instances of one class (see SscReference); they behave as Langium's. */
    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new SscReference(this, node, property, refNode, refText).asReference();
    }

    /** The target of a reference read before linking set it: Langium's lazy resolution (DefaultLinker.buildReference). */
    resolveReference(reference: SscReference, node: AstNode, property: string): AstNode | undefined {
        const info = { reference: reference.asReference(), container: node, property };
        if (isAstNode(reference._ref)) return reference._ref;
        if (isAstNodeDescription(reference._nodeDescription)) {
            reference._ref = this.loadAstNode(reference._nodeDescription) ?? this.createLinkingError(info, reference._nodeDescription);
        } else if (reference._ref === undefined) {
            reference._ref = RefResolving;
            const document = AstUtils.findRootNode(node).$document;
            const found = this.getLinkedNode(info);
            // The document's scopes are not ready: let the linker try again later.
            if (found.error && document && document.state < DocumentState.ComputedScopes) return (reference._ref = undefined);
            reference._ref = found.node ?? found.error;
            reference._nodeDescription = found.descr;
            document?.references.push(reference.asReference());
        } else if (reference._ref === RefResolving) {
            this.throwCyclicReferenceError(node, property, reference.$refText);
        }
        return isAstNode(reference._ref) ? reference._ref : undefined;
    }

    /**
     * Links every reference of the document, checking for cancellation every few hundred nodes rather
     * than at each; after a block re-parse that changed no name, the references of untouched elements
     * get their old targets back (those in the re-parsed element its new nodes) and only the new
     * element is linked.
     */
    override async link(
        document: LangiumDocument,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
    ): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const uri = document.uri.toString();
        const saved = this.saved.get(document);
        this.saved.delete(document);
        const keep = this.keeping === uri && saved !== undefined;
        if (this.keeping === uri) this.keeping = undefined;
        const root = document.parseResult.value as AstNode & { elements?: AstNode[] };
        const kept = keep ? this.keptLinks(saved, root, document) : undefined;
        const tick = cancellationTicker(cancelToken);
        const elements = kept ? root.elements! : [root];
        for (let index = 0; index < elements.length; index++) {
            const element = elements[index];
            if (kept && (index < kept.start || index >= elements.length - kept.end) && !kept.relink.has(element)) {
                for (const { reference, state } of kept.links.get(element) ?? []) {
                    const target = reference as LinkState;
                    // Resolved on demand since: already in `document.references`.
                    if (target._ref !== undefined) continue;
                    target._ref = state._ref;
                    if (state._nodeDescription) target._nodeDescription = state._nodeDescription;
                    document.references.push(reference);
                }
                continue;
            }
            if (kept) {
                const pause = tick();
                if (pause) await pause;
            }
            for (const node of subtree(kept ? element : root)) {
                const pause = tick();
                if (pause) await pause;
                forEachReference(node, reference => this.doLink(reference, document));
            }
        }
        await interruptAndCheck(cancelToken);
    }

    /**
     * The links to restore, by top-level element, for the elements the re-parse kept: those before and
     * after the run of elements it replaced (compared by identity), but for any whose links cannot all
     * be restored (`relink`); the replaced run and those are linked afresh. Undefined when the whole
     * document must be linked.
     */
    private keptLinks(saved: SavedLinks, root: AstNode & { elements?: AstNode[] }, document: LangiumDocument): KeptLinks | undefined {
        const documentUri = document.uri;
        const uri = documentUri.toString();
        if (!Array.isArray(saved.root.elements) || !Array.isArray(root.elements) || saved.root === root) return undefined;
        const [start, end] = sharedEnds(saved.root.elements, root.elements);
        // Looked up only for references into the re-parsed element: most keystrokes have few.
        let exports: Map<string, AstNodeDescription> | undefined;
        const links = new Map<AstNode, SavedLinks['links'][number][]>();
        const relink = new Set<AstNode>();
        for (const { reference, state } of saved.links) {
            if (!('_ref' in reference)) return undefined;
            // The re-parse moved the elements it kept into the new root; the replaced ones stay in the old.
            const element = reference instanceof SscReference ? reference.element() : topElement(reference.$refNode?.astNode);
            if (!element || element.$container !== root || relink.has(element)) continue;
            let list = links.get(element);
            if (!list) links.set(element, (list = []));
            // Into an element the re-parse kept: the same node, with the same (kept) description.
            const target = topElement(state._ref as AstNode | undefined);
            if (target?.$container === root) {
                list.push({ reference, state });
                continue;
            }
            const description = state._nodeDescription;
            if (description && (description.documentUri === documentUri || description.documentUri.toString() === uri)) {
                // Into this document: its declarations were indexed afresh (new positions, new nodes).
                exports ??= exportsByKey(this.index.exportsOf(uri));
                const fresh = exports.get(exportKey(description.type, description.name));
                const node = fresh && this.loadAstNode(fresh);
                if (!fresh || !node) {
                    relink.add(element);
                    continue;
                }
                list.push({ reference, state: { _ref: node, _nodeDescription: fresh } });
            } else {
                list.push({ reference, state });
            }
        }
        return { start, end, links, relink };
    }

    /**
     * Points the references of `document` that resolve into `targetUri` at that document's current
     * declarations of the same type and name (`exports`: by key, built when first needed). Returns the
     * target paths that moved (old → new), or undefined when some target has no counterpart any more
     * (the document must then be relinked).
     */
    retarget(
        document: LangiumDocument,
        targetUri: string,
        exports: () => ReadonlyMap<string, AstNodeDescription>,
    ): Map<string, string> | undefined {
        const moved = new Map<string, string>();
        for (const reference of this.referencesInto(document, targetUri)) {
            const state = reference as LinkState;
            const old = state._nodeDescription;
            if (!old || old.documentUri.toString() !== targetUri) continue;
            const fresh = exports().get(exportKey(old.type, old.name));
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
