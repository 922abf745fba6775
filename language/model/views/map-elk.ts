/**
 * Runs ELK for the interaction map, with a small cache keyed by the graph's content: a preview
 * refresh after an edit that leaves the map unchanged (typing inside an `aims` string, say) reuses
 * the previous layout instead of laying it out again.
 */
import ElkModule from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

type ElkConstructor = new () => { layout(graph: ElkNode): Promise<ElkNode> };
// elkjs ships CommonJS whose typings declare a default export; accept either shape at run time.
const Elk: ElkConstructor = ((ElkModule as unknown as { default?: ElkConstructor }).default ?? ElkModule) as unknown as ElkConstructor;

/**
 * Options shared by both map graphs. Measured on generated models (see BENCHMARKS.md): thoroughness 1
 * and no model-order constraint cut the layered run by about 4× with the same drawing size, while
 * NETWORK_SIMPLEX node placement is several times slower than the default BRANDES_KOEPF.
 */
export const MAP_LAYOUT_OPTIONS: Readonly<Record<string, string>> = {
    'elk.algorithm': 'layered', 'elk.direction': 'RIGHT',
    'elk.json.edgeCoords': 'ROOT', 'elk.json.shapeCoords': 'ROOT', 'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.spacing.nodeNodeBetweenLayers': '48', 'elk.spacing.nodeNode': '20', 'elk.spacing.edgeLabel': '3',
    'elk.spacing.edgeNode': '14', 'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.layered.thoroughness': '1', 'elk.randomSeed': '1', 'elk.aspectRatio': '1.6',
};

/** How many layouts the cache keeps: the current map and a few recent ones (undo, switching files). */
const CACHE_SIZE = 4;
const cache = new Map<string, Promise<ElkNode>>();
let elk: InstanceType<ElkConstructor> | undefined;

/**
 * The ELK layout of `graph`, from the cache when a graph with the same content was laid out
 * recently. The result is shared: callers must not modify it.
 */
export function layoutWithElk(graph: ElkNode): Promise<ElkNode> {
    // The graph is built in a fixed order from the analysis, so its JSON is a content key.
    const key = JSON.stringify(graph);
    const hit = cache.get(key);
    if (hit) {
        cache.delete(key);
        cache.set(key, hit);
        return hit;
    }
    elk ??= new Elk();
    const result = elk.layout(graph);
    cache.set(key, result);
    result.catch(() => cache.delete(key));
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return result;
}

/** Empties the layout cache (for measurements and tests). */
export function clearMapLayoutCache(): void {
    cache.clear();
}
