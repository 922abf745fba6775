/**
 * The interaction map (Figure 3) as positioned plain data: stakeholders as nodes inside one box per
 * group, relations as labelled directed edges. Layout is done by ELK (layered, orthogonal routing),
 * which is asynchronous; renderers then draw the result synchronously. Above
 * {@link MAP_DETAIL_LIMIT} nodes the map is aggregated to one node per group (see map-aggregate.ts).
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Analysis } from '../analysis.js';
import { layoutAggregatedMap } from './map-aggregate.js';
import { MapLayoutCache, MAP_LAYOUT_OPTIONS } from './map-elk.js';
import {
    edgeLabels,
    groupId,
    MAP_DETAIL_LIMIT,
    mapGroupLabel,
    mapMembers,
    mapParts,
    nodeId,
    partCaption,
    sizedNode,
    sortGroups,
    type MapEdge,
    type MapGraph,
    type MapGroup,
    type MapLayout,
    type MapNode,
} from './map-graph.js';
import { displayName } from './labels.js';
import { textWidth } from './text-metrics.js';
import { STANDARD_GROUP_IDS } from '../vocabulary.js';

const PAD = 16;

export {
    edgeLabels,
    groupId,
    groupKey,
    mapGroupLabel,
    mapMembers,
    mapParts,
    MAP_DETAIL_LIMIT,
    NO_GROUP,
    nodeId,
    sizedNode,
    sortGroups,
    UNDECLARED,
    type MapEdge,
    type MapGraph,
    type MapGroup,
    type MapLayout,
    type MapNode,
} from './map-graph.js';

function round(v: number | undefined): number {
    return Math.round((v ?? 0) * 10) / 10;
}

/**
 * Builds the detailed ELK graph of an analysis: one node per stakeholder, and a node for each unit or
 * ministry named in a relation, in its stakeholder's group box and attached to it (exported for tests).
 */
export function mapGraph(analysis: Analysis): MapGraph {
    const nodes = new Map<string, Omit<MapNode, 'x' | 'y'>>();
    const declared = new Map(analysis.stakeholders.map(s => [s.id, s]));
    const parts = mapParts(analysis);
    for (const [id, group] of mapMembers(analysis)) {
        const s = declared.get(id),
            part = parts.get(id);
        if (part) {
            const name = part.name ?? id;
            nodes.set(nodeId(id), {
                id,
                name,
                group,
                current: part.owner.engagement.current,
                declared: true,
                members: null,
                partOf: part.owner.id,
                ...sizedNode(name, [partCaption(part, displayName(part.owner))]),
            });
            continue;
        }
        nodes.set(nodeId(id), {
            id,
            name: s ? displayName(s) : id,
            group,
            current: s?.engagement.current ?? null,
            declared: !!s,
            members: null,
            partOf: null,
            ...sizedNode(s ? displayName(s) : id),
        });
    }
    const customNames = new Map(analysis.groups.map(g => [g.id, g.name]));
    const groupIds = sortGroups([...nodes.values()].map(n => n.group));
    const groups = new Map(
        groupIds.map(id => [groupId(id), { id, custom: !STANDARD_GROUP_IDS.includes(id), label: mapGroupLabel(id, customNames) }]),
    );
    const edges = new Map<string, Omit<MapEdge, 'points' | 'text'>>();
    const elkEdges: ElkExtendedEdge[] = [];
    for (const n of nodes.values()) {
        if (!n.partOf) continue;
        const key = `part:${n.id}`;
        edges.set(key, { key, from: n.id, to: n.partOf, kind: 'part of', label: null, mutual: false, count: null, membership: true });
        elkEdges.push({ id: key, sources: [nodeId(n.partOf)], targets: [nodeId(n.id)] });
    }
    analysis.relations.forEach((r, i) => {
        if (!r.from || !r.to) return;
        const key = `relation:${i}`;
        edges.set(key, { key, from: r.from, to: r.to, kind: r.kind ?? '', label: r.label ?? null, mutual: !!r.mutual, count: null });
        elkEdges.push({
            id: key,
            sources: [nodeId(r.from)],
            targets: [nodeId(r.to)],
            labels: edgeLabels([r.kind, r.label].filter(Boolean).join(': ')),
        });
    });
    const graph: ElkNode = {
        id: 'map',
        layoutOptions: {
            ...MAP_LAYOUT_OPTIONS,
            'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
            'elk.padding': `[top=${PAD},left=${PAD},bottom=${PAD},right=${PAD}]`,
        },
        children: [...groups].map(([elkId, g]) => ({
            id: elkId,
            layoutOptions: {
                'elk.padding': '[top=30,left=12,bottom=12,right=12]',
                'elk.spacing.nodeNode': '14',
                'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
                'elk.nodeSize.minimum': `(${textWidth(g.label, 14.5) + 28}, 40)`,
            },
            children: [...nodes].filter(([, n]) => n.group === g.id).map(([id, n]) => ({ id, width: n.w, height: n.h })),
        })),
        edges: elkEdges,
    };
    return { graph, nodes, groups, edges, aggregated: null };
}

/**
 * Lays out the interaction map of an analysis with ELK. Deterministic for a given model; pass the
 * same `layouts` cache across calls to reuse the layout of an unchanged map.
 */
export async function layoutMap(
    analysis: Analysis,
    detailLimit = MAP_DETAIL_LIMIT,
    layouts = new MapLayoutCache(),
    options: { width?: number } = {},
): Promise<MapLayout> {
    const members = mapMembers(analysis);
    if (members.size === 0) return { width: 320, height: 80, groups: [], nodes: [], edges: [], aggregated: null };
    const narrow = options.width !== undefined && options.width < MAP_NARROW_WIDTH;
    if (members.size > detailLimit) return layoutAggregatedMap(analysis, members, detailLimit, { narrow });
    const built = mapGraph(analysis);
    if (narrow) downwards(built.graph);
    return placed(built, await layouts.layout(built.graph));
}

/** Below this pane width the map is laid out top to bottom, so it grows in height rather than width. */
const MAP_NARROW_WIDTH = 900;

/** Turns a graph laid out left to right into one laid out top to bottom, taller than wide. */
function downwards(graph: ElkNode): void {
    const turn = (node: ElkNode) => {
        node.layoutOptions = { ...node.layoutOptions, 'elk.direction': 'DOWN' };
        for (const child of node.children ?? []) if (child.children?.length) turn(child);
    };
    turn(graph);
    graph.layoutOptions = { ...graph.layoutOptions, 'elk.aspectRatio': '0.7' };
}

/** Attaches ELK's positions to the map's elements (the ELK result is shared and is only read). */
function placed({ nodes, groups, edges, aggregated }: MapGraph, result: ElkNode): MapLayout {
    const placedGroups: MapGroup[] = [],
        placedNodes: MapNode[] = [];
    const visit = (children: readonly ElkNode[] | undefined) => {
        for (const c of children ?? []) {
            const group = groups.get(c.id),
                node = nodes.get(c.id);
            if (group) placedGroups.push({ ...group, x: round(c.x), y: round(c.y), w: round(c.width), h: round(c.height) });
            if (node) placedNodes.push({ ...node, x: round(c.x), y: round(c.y) });
            visit(c.children);
        }
    };
    visit(result.children);
    const placedEdges: MapEdge[] = [];
    for (const e of (result.edges ?? []) as ElkExtendedEdge[]) {
        const edge = edges.get(e.id);
        if (!edge) continue;
        const section = e.sections?.[0];
        const points = section
            ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(p => ({ x: round(p.x), y: round(p.y) }))
            : [];
        const label = e.labels?.[0];
        placedEdges.push({
            ...edge,
            points,
            text: label
                ? { x: round(label.x), y: round(label.y), w: round(label.width), h: round(label.height), value: label.text ?? '' }
                : null,
        });
    }
    return {
        width: round(result.width),
        height: round(result.height),
        groups: placedGroups,
        nodes: placedNodes,
        edges: placedEdges,
        aggregated,
    };
}
