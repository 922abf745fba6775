import { URI, WorkspaceCache, type AstNodeDescription, type IndexManager } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';

/** Which namespace a top-level element's name lives in: unit and ministry types have their own. */
export function namespaceOf(type: string): string {
    return type === 'UnitType' || type === 'MinistryType' ? type : 'element';
}

/**
 * A workspace-wide table from (namespace, name) to every exported declaration of that name, built
 * once per workspace change from Langium's index, so duplicate checks cost a lookup per element.
 */
export class NameIndex {
    private readonly cache: WorkspaceCache<'table', Map<string, AstNodeDescription[]>>;
    private readonly indexManager: IndexManager;

    constructor(shared: LangiumSharedCoreServices) {
        this.cache = new WorkspaceCache(shared);
        this.indexManager = shared.workspace.IndexManager;
    }

    /** All declarations sharing the namespace and name. */
    declarations(type: string, name: string): AstNodeDescription[] {
        return this.table().get(namespaceOf(type) + '\u0000' + name) ?? [];
    }

    private table(): Map<string, AstNodeDescription[]> {
        return this.cache.get('table', () => {
            const table = new Map<string, AstNodeDescription[]>();
            for (const description of this.indexManager.allElements()) {
                const key = namespaceOf(description.type) + '\u0000' + description.name;
                const list = table.get(key);
                if (list) list.push(description);
                else table.set(key, [description]);
            }
            return table;
        });
    }
}

/** True when a description denotes the given document and path. */
export function isSameDeclaration(description: AstNodeDescription, documentUri: URI, path: string): boolean {
    return description.documentUri.toString() === documentUri.toString() && description.path === path;
}
