import type { AstNodeDescription } from 'langium';
import { sharedEnds } from '../model/shared-ends.js';

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
    // A re-parse keeps the descriptions of untouched elements: the lists differ only between the start
    // and the end they share, and what they share counts the same on both sides.
    const [start, end] = sharedEnds(before, after);
    if (start > 0 || end > 0) return changedNames(before.slice(start, before.length - end), after.slice(start, after.length - end));
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
