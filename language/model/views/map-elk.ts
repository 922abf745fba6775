/**
 * Runs ELK for the interaction map, with a small cache keyed by the graph's content: a preview
 * refresh after an edit that leaves the map unchanged (typing inside an `aims` string, say) reuses
 * the previous layout instead of laying it out again. The cache is an object its owner keeps, not
 * module state (`language/model/` holds none).
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';

type ElkConstructor = new () => { layout(graph: ElkNode): Promise<ElkNode> };

/**
 * ELK, loaded the first time a map is laid out: it is 3.4 MB of script, ~40 % of each Node bundle,
 * which every `ssc` run and server start would otherwise parse (scripts/build.mjs puts it in a file
 * of its own beside the bundles).
 */
async function loadElk(): Promise<InstanceType<ElkConstructor>> {
    const loaded = (await import('elkjs/lib/elk.bundled.js')) as unknown as { default?: ElkConstructor };
    // elkjs ships CommonJS whose typings declare a default export; accept either shape at run time.
    const Elk = (loaded.default ?? loaded) as ElkConstructor;
    return new Elk();
}

/**
 * Options shared by both map graphs. Measured on generated models (see BENCHMARKS.md): thoroughness 1
 * and no model-order constraint cut the layered run by about 4× with the same drawing size, while
 * NETWORK_SIMPLEX node placement is several times slower than the default BRANDES_KOEPF.
 */
export const MAP_LAYOUT_OPTIONS: Readonly<Record<string, string>> = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.json.edgeCoords': 'ROOT',
    'elk.json.shapeCoords': 'ROOT',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.spacing.nodeNodeBetweenLayers': '48',
    'elk.spacing.nodeNode': '20',
    'elk.spacing.edgeLabel': '3',
    'elk.spacing.edgeNode': '14',
    'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.layered.thoroughness': '1',
    'elk.randomSeed': '1',
    'elk.aspectRatio': '1.6',
};

/** How many layouts a cache keeps: the current map and a few recent ones (undo, switching files). */
const CACHE_SIZE = 4;

/**
 * Runs ELK with a small cache of recent layouts keyed by the graph's content. The owner (the
 * language server's preview, a bench run) keeps one instance as long as it wants layouts reused;
 * the pure layer holds no state of its own.
 */
export class MapLayoutCache {
    private readonly cache = new Map<string, Promise<ElkNode>>();
    private elk: Promise<InstanceType<ElkConstructor>> | undefined;

    /**
     * The ELK layout of `graph`, from the cache when a graph with the same content was laid out
     * recently. The result is shared: callers must not modify it.
     */
    layout(graph: ElkNode): Promise<ElkNode> {
        // The graph is built in a fixed order from the analysis, so its JSON is a content key.
        const key = JSON.stringify(graph);
        const hit = this.cache.get(key);
        if (hit) {
            this.cache.delete(key);
            this.cache.set(key, hit);
            return hit;
        }
        // A failed load is not kept: the next layout tries again.
        this.elk ??= loadElk().catch((error: unknown) => {
            this.elk = undefined;
            throw error;
        });
        const result = this.elk.then(elk => elk.layout(graph));
        this.cache.set(key, result);
        result.catch(() => this.cache.delete(key));
        while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
        return result;
    }

    /** Empties the cache (for measurements). */
    clear(): void {
        this.cache.clear();
    }
}
