import type { AstNodeDescription } from 'langium';

/** Key of an exported declaration: its type and name (what references resolve by). */
export function exportKey(type: string, name: string): string {
    return type + '\u0000' + name;
}

/** The first declaration of each type and name, as the global scope resolves them. */
export function exportsByKey(exports: readonly AstNodeDescription[]): Map<string, AstNodeDescription> {
    const map = new Map<string, AstNodeDescription>();
    for (const d of exports) {
        const key = exportKey(d.type, d.name);
        if (!map.has(key)) map.set(key, d);
    }
    return map;
}

/**
 * Names whose declarations (by type and name, counted) differ between two export lists of one
 * document: renamed, removed, added or duplicated names. Empty when only positions changed.
 */
export function changedNames(before: readonly AstNodeDescription[], after: readonly AstNodeDescription[]): Set<string> {
    const counts = new Map<string, { name: string; delta: number }>();
    const count = (list: readonly AstNodeDescription[], by: number) => {
        for (const d of list) {
            const key = exportKey(d.type, d.name);
            const entry = counts.get(key);
            if (entry) entry.delta += by;
            else counts.set(key, { name: d.name, delta: by });
        }
    };
    count(before, -1);
    count(after, 1);
    const names = new Set<string>();
    for (const { name, delta } of counts.values()) if (delta !== 0) names.add(name);
    return names;
}
