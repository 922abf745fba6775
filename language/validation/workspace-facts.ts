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

interface RecordedFact {
    readonly value: string;
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
    private readonly records = new Map<string, Map<string, RecordedFact>>();
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
            view = { snapshot, index: indexModel(snapshot.model, snapshot.analysis) };
            this.views.set(snapshot, view);
        }
        return view;
    }

    /**
     * Reads a fact for the document holding `node` and records it under `key` (made unique per node)
     * for that document.
     */
    read<T>(node: AstNode, key: string, query: FactQuery<T>): T {
        const value = query(this.view());
        const uri = AstUtils.getDocument(node).uri.toString();
        let facts = this.records.get(uri);
        if (!facts) this.records.set(uri, (facts = new Map()));
        facts.set(`${key}@${nodePath(node)}`, { value: serialise(value), query });
        return value;
    }

    /** Forgets the facts of a document; called before it is validated again, or when it is deleted. */
    reset(uri: string): void {
        this.records.delete(uri);
    }

    /** True when some fact recorded for the document reads differently now. */
    changed(uri: string): boolean {
        const facts = this.records.get(uri);
        if (!facts || facts.size === 0) return false;
        const view = this.view();
        for (const fact of facts.values()) {
            if (serialise(fact.query(view)) !== fact.value) return true;
        }
        return false;
    }
}

function serialise(value: unknown): string {
    return JSON.stringify(value) ?? 'undefined';
}

function nodePath(node: AstNode): string {
    const parts: string[] = [];
    for (let n: AstNode | undefined = node; n?.$container; n = n.$container) {
        parts.push(`${n.$containerProperty}${n.$containerIndex ?? ''}`);
    }
    return parts.reverse().join('/');
}
