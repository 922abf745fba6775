import { URI, WorkspaceCache, type AstNodeDescription } from 'langium';
import type { SscSharedServices } from '../ssc-module.js';
import type { SscIndexManager } from '../workspace/ssc-index-manager.js';
import { sharedEnds } from '../model/shared-ends.js';

/** Which namespace a top-level element's name lives in: unit and ministry types have their own. */
export function namespaceOf(type: string): string {
    return type === 'UnitType' || type === 'MinistryType' ? type : 'element';
}

/**
 * A workspace-wide table from (namespace, name) to every exported declaration of that name, so
 * duplicate checks cost a lookup per element. It follows Langium's index document by document: after
 * a keystroke only the edited document's declarations are taken out and put back, in the index's
 * document order (a full rebuild touched every declaration of the workspace).
 */
export class NameIndex {
    private readonly synced: WorkspaceCache<'synced', true>;
    private readonly indexManager: SscIndexManager;
    private readonly table = new Map<string, AstNodeDescription[]>();
    /** The exports of each document as the table holds them. */
    private readonly held = new Map<string, readonly AstNodeDescription[]>();

    constructor(shared: SscSharedServices) {
        this.synced = new WorkspaceCache(shared);
        this.indexManager = shared.workspace.IndexManager;
    }

    /** All declarations sharing the namespace and name. */
    declarations(type: string, name: string): AstNodeDescription[] {
        this.synced.get('synced', () => this.sync());
        return this.table.get(keyOf(type, name)) ?? [];
    }

    private sync(): true {
        const current = this.indexManager.documentExports();
        const replaced = new Map<string, readonly AstNodeDescription[]>();
        for (const [uri, exports] of this.held) {
            const now = current.get(uri);
            if (now === exports) continue;
            if (now) replaced.set(uri, exports);
            else this.take(exports);
            this.held.delete(uri);
        }
        let order: Map<string, number> | undefined;
        for (const [uri, exports] of current) {
            if (this.held.has(uri)) continue;
            order ??= new Map([...current.keys()].map((u, i) => [u, i]));
            const before = replaced.get(uri);
            if (!before || !this.replaceChanged(before, exports, order)) {
                if (before) this.take(before);
                this.put(exports, order);
            }
            this.held.set(uri, exports);
        }
        return true;
    }

    /**
     * Replaces only the declarations between the start and the end the two export lists share (a
     * re-parse keeps the descriptions of untouched elements); false, having changed nothing, when a
     * name concerned is also declared elsewhere in the same document (its order there would need the
     * whole list).
     */
    private replaceChanged(
        before: readonly AstNodeDescription[],
        after: readonly AstNodeDescription[],
        order: ReadonlyMap<string, number>,
    ): boolean {
        const [start, end] = sharedEnds(before, after);
        const gone = before.slice(start, before.length - end);
        const added = after.slice(start, after.length - end);
        const uri = (after[0] ?? before[0])?.documentUri.toString();
        const leaving = new Set(gone);
        for (const description of [...gone, ...added]) {
            const list = this.table.get(keyOf(description.type, description.name)) ?? [];
            if (list.some(d => !leaving.has(d) && d.documentUri.toString() === uri)) return false;
        }
        this.take(gone);
        this.put(added, order);
        return true;
    }

    private take(exports: readonly AstNodeDescription[]): void {
        const gone = new Set(exports);
        for (const key of new Set(exports.map(d => keyOf(d.type, d.name)))) {
            const rest = this.table.get(key)?.filter(d => !gone.has(d)) ?? [];
            if (rest.length > 0) this.table.set(key, rest);
            else this.table.delete(key);
        }
    }

    /** Adds a document's declarations; in each list they come after those of documents before it in the index. */
    private put(exports: readonly AstNodeDescription[], order: ReadonlyMap<string, number>): void {
        for (const description of exports) {
            const key = keyOf(description.type, description.name);
            const list = this.table.get(key);
            if (!list) {
                this.table.set(key, [description]);
                continue;
            }
            const rank = order.get(description.documentUri.toString()) ?? Infinity;
            let at = list.length;
            while (at > 0 && (order.get(list[at - 1].documentUri.toString()) ?? Infinity) > rank) at--;
            list.splice(at, 0, description);
        }
    }
}

function keyOf(type: string, name: string): string {
    return namespaceOf(type) + '\u0000' + name;
}

/** True when a description denotes the given document and path. */
export function isSameDeclaration(description: AstNodeDescription, documentUri: URI, path: string): boolean {
    return description.documentUri.toString() === documentUri.toString() && description.path === path;
}
