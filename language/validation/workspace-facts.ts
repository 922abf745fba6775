import { AstUtils, type AstNode } from 'langium';
import { indexModel, type ModelIndex } from '../model/model-index.js';
import type { SscServices } from '../ssc-module.js';
import type { WorkspaceModel, WorkspaceSnapshot } from '../workspace/workspace-model.js';

/** The workspace as checks see it: the snapshot and lookups over it. */
export interface WorkspaceView {
    readonly snapshot: WorkspaceSnapshot;
    readonly index: ModelIndex;
}

/** How a fact is computed from the workspace; must capture only plain values, never syntax nodes. */
export type FactQuery<T> = (view: WorkspaceView) => T;

/** A fact as read: its value and how to read it again. */
export interface RecordedFact {
    /** What the check calls it (for debugging). */
    readonly key: string;
    /** The value read (plain data, compared with {@link sameValue}). */
    readonly value: unknown;
    readonly query: FactQuery<unknown>;
}

/**
 * The workspace-level facts each document's diagnostics were computed from. Checks that look beyond
 * their own document read such facts through {@link read}; after a build, the document builder asks
 * {@link changed} for every other document and re-validates (without relinking) only those whose
 * facts now read differently. An edit that changes nothing another file depends on revalidates
 * nothing else, while renaming or removing a stakeholder updates every file whose checks used it.
 */
export class WorkspaceFacts {
    private readonly model: WorkspaceModel;
    private readonly records = new Map<string, RecordedFact[]>();
    private captured: RecordedFact[] | undefined;
    private lastRoot: AstNode | undefined;
    private lastUri = '';
    private readonly views = new WeakMap<WorkspaceSnapshot, WorkspaceView>();

    constructor(services: SscServices) {
        this.model = services.ssc.WorkspaceModel;
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) this.reset(uri.toString());
        });
    }

    /** The current view of the workspace (cached per workspace state). */
    view(): WorkspaceView {
        const snapshot = this.model.snapshot();
        let view = this.views.get(snapshot);
        if (!view) {
            view = { snapshot, index: indexModel(snapshot.model, snapshot.analysis, this.model.memo) };
            this.views.set(snapshot, view);
        }
        return view;
    }

    /**
     * Reads a fact for the document holding `node` and records it for that document (and for the
     * element being validated, see {@link capture}).
     */
    read<T>(node: AstNode, key: string, query: FactQuery<T>): T {
        const value = query(this.view());
        const fact: RecordedFact = { key, value, query };
        this.recordsOf(this.uriOf(node)).push(fact);
        this.captured?.push(fact);
        return value;
    }

    /**
     * Runs `body`, returning with its result the facts read meanwhile (the element validation cache
     * keeps them with an element's diagnostics, see ElementDiagnosticsCache).
     */
    capture<T>(body: () => T): { result: T; facts: RecordedFact[] } {
        const outer = this.captured;
        const facts: RecordedFact[] = [];
        this.captured = facts;
        try {
            return { result: body(), facts };
        } finally {
            this.captured = outer;
        }
    }

    /**
     * True when every fact reads as recorded; if so they are recorded again for the document `uri`
     * (diagnostics computed from them are being reused).
     */
    replay(uri: string, facts: readonly RecordedFact[]): boolean {
        if (facts.length === 0) return true;
        const view = this.view();
        for (const fact of facts) if (!sameValue(fact.query(view), fact.value)) return false;
        this.recordsOf(uri).push(...facts);
        return true;
    }

    /** Forgets the facts of a document; called before it is validated again, or when it is deleted. */
    reset(uri: string): void {
        this.records.delete(uri);
    }

    /** True when some fact recorded for the document reads differently now. */
    changed(uri: string): boolean {
        const facts = this.records.get(uri);
        if (!facts || facts.length === 0) return false;
        const view = this.view();
        for (const fact of facts) {
            if (!sameValue(fact.query(view), fact.value)) return true;
        }
        return false;
    }

    private uriOf(node: AstNode): string {
        let root = node;
        while (root.$container) root = root.$container;
        // Facts are read node after node of one document: remember its root.
        if (root !== this.lastRoot) {
            this.lastUri = AstUtils.getDocument(root).uri.toString();
            this.lastRoot = root;
        }
        return this.lastUri;
    }

    private recordsOf(uri: string): RecordedFact[] {
        let facts = this.records.get(uri);
        if (!facts) this.records.set(uri, (facts = []));
        return facts;
    }
}

/**
 * Whether two fact values read the same: primitives by value, arrays and plain objects member by
 * member (facts are plain data; the values of older readings are never changed afterwards).
 */
function sameValue(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
        return true;
    }
    if (Array.isArray(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
        if (
            !Object.prototype.hasOwnProperty.call(b, key) ||
            !sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
        )
            return false;
    }
    return true;
}
