/**
 * The interaction map of a large model: one node per stakeholder group (with how many stakeholders
 * it holds and how many relations stay inside it) and one edge per pair of groups, whichever way
 * the relations run (with how many run each way, by kind). One edge per pair and not per direction
 * or kind: a generated 1,000-stakeholder model has ~130 directed pairs and ~1,600 (pair, kind)
 * combinations, which ELK takes seconds to route and nobody can read; one edge per pair halves the
 * layout time again. The per-stakeholder relations stay in the report's tables.
 */
import type { ElkExtendedEdge } from 'elkjs/lib/elk-api.js';
import type { Analysis } from '../analysis.js';
import { MAP_LAYOUT_OPTIONS } from './map-elk.js';
import { plural } from '../words.js';
import { edgeLabels, groupId, mapGroupLabel, sizedNode, sortGroups, type MapEdge, type MapGraph, type MapNode } from './map-graph.js';

/** Relation kinds by count, most frequent first (ties by name): `informs 8, funds 6`. */
function kindSummary(kinds: ReadonlyMap<string, number>): string {
    return [...kinds]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([k, c]) => `${k || 'no kind'} ${c}`)
        .join(', ');
}

/** Builds the aggregated ELK graph; `members` maps each stakeholder (or undeclared end) to its group. */
export function aggregatedMapGraph(analysis: Analysis, members: ReadonlyMap<string, string>, limit: number): MapGraph {
    const customNames = new Map(analysis.groups.map(g => [g.id, g.name]));
    const sizes = new Map<string, number>();
    // Units and ministries (qualified ids) count with their stakeholder's group, not as stakeholders.
    for (const [id, group] of members) if (!id.includes('.')) sizes.set(group, (sizes.get(group) ?? 0) + 1);
    const inside = new Map<string, number>();
    const between = new Map<string, { from: string; to: string; count: number; back: number; kinds: Map<string, number> }>();
    for (const r of analysis.relations) {
        const from = members.get(r.from),
            to = members.get(r.to);
        if (!from || !to) continue;
        if (from === to) {
            inside.set(from, (inside.get(from) ?? 0) + 1);
            continue;
        }
        const key = [from, to].sort().join('\u0000');
        const pair = between.get(key) ?? { from, to, count: 0, back: 0, kinds: new Map<string, number>() };
        pair.count++;
        if (pair.from !== from) pair.back++;
        pair.kinds.set(r.kind ?? '', (pair.kinds.get(r.kind ?? '') ?? 0) + 1);
        between.set(key, pair);
    }
    const nodes = new Map<string, Omit<MapNode, 'x' | 'y'>>();
    for (const id of sortGroups(sizes.keys())) {
        const name = mapGroupLabel(id, customNames);
        const count = sizes.get(id)!;
        const extra = [plural(count, 'stakeholder'), ...(inside.get(id) ? [`${plural(inside.get(id)!, 'relation')} within`] : [])];
        nodes.set(groupId(id), { id, name, group: id, current: null, declared: false, members: count, ...sizedNode(name, extra) });
    }
    const edges = new Map<string, Omit<MapEdge, 'points' | 'text'>>();
    const elkEdges: ElkExtendedEdge[] = [];
    for (const pair of [...between.values()].sort(
        (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    )) {
        const key = `group-relation:${pair.from}>${pair.to}`;
        const kinds = kindSummary(pair.kinds);
        const both = pair.back > 0 && pair.back < pair.count;
        const counts = both ? `${pair.count - pair.back} →, ${pair.back} ←` : plural(pair.count, 'relation');
        edges.set(key, { key, from: pair.from, to: pair.to, kind: kinds, label: both ? counts : null, mutual: both, count: pair.count });
        // The arrow shows the count only, on the line itself: the kinds are in its tooltip and the tables.
        // Long labels beside the lines made the layered layout twice as slow and the map twice as wide.
        const labels = edgeLabels(counts)?.map(l => ({ ...l, layoutOptions: { 'elk.edgeLabels.inline': 'true' } }));
        elkEdges.push({ id: key, sources: [groupId(pair.from)], targets: [groupId(pair.to)], labels });
    }
    return {
        graph: {
            id: 'map',
            layoutOptions: { ...MAP_LAYOUT_OPTIONS, 'elk.padding': '[top=16,left=16,bottom=16,right=16]' },
            children: [...nodes].map(([id, n]) => ({ id, width: n.w, height: n.h })),
            edges: elkEdges,
        },
        nodes,
        groups: new Map(),
        edges,
        aggregated:
            `The model has ${[...members.keys()].filter(id => !id.includes('.')).length} stakeholders, more than the ${limit} a readable map can show, so the map shows one node per group ` +
            'and one arrow per pair of groups with the number of relations between them (both heads: relations run both ways). ' +
            'Every relation is listed in the tables.',
    };
}
