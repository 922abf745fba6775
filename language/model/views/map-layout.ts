/**
 * The interaction map (Figure 3) as positioned plain data: stakeholders as nodes inside one box per
 * group, relations as labelled directed edges. Layout is done by ELK (layered, orthogonal routing),
 * which is asynchronous; renderers then draw the result synchronously. Above
 * {@link MAP_DETAIL_LIMIT} nodes the map is aggregated to one node per group (see map-aggregate.ts).
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Analysis } from '../analysis.js';
import { STANDARD_GROUP_IDS } from '../vocabulary.js';
import { aggregatedMapGraph } from './map-aggregate.js';
import { layoutWithElk, MAP_LAYOUT_OPTIONS } from './map-elk.js';
import { displayName, groupLabel } from './labels.js';
import { textWidth, truncate, wrapText } from './text-metrics.js';

/** A node of the map: a stakeholder, or a whole group on an aggregated map. */
export interface MapNode {
    id: string; name: string; lines: string[]; group: string;
    x: number; y: number; w: number; h: number;
    current: string | null;
    /** False for a relation end that no stakeholder declares (and for group nodes). */
    declared: boolean;
    /** On an aggregated map, the number of stakeholders the group node stands for; null otherwise. */
    members: number | null;
    /** For a unit or ministry named in a relation (`A.Planning`): the stakeholder it belongs to; null otherwise. */
    partOf?: string | null;
}

/** A group box around its stakeholders. */
export interface MapGroup { id: string; label: string; custom: boolean; x: number; y: number; w: number; h: number }

/** A relation drawn as a routed edge (on an aggregated map: all relations between two groups). */
export interface MapEdge {
    key: string; from: string; to: string; kind: string; label: string | null; mutual: boolean;
    /** On an aggregated map, the number of relations the edge stands for; null otherwise. */
    count: number | null;
    /** True for the line that attaches a unit or ministry to its stakeholder (not a relation). */
    membership?: boolean;
    points: Array<{ x: number; y: number }>;
    text: { x: number; y: number; w: number; h: number; value: string } | null;
}

/** The laid-out interaction map. */
export interface MapLayout {
    width: number; height: number; groups: MapGroup[]; nodes: MapNode[]; edges: MapEdge[];
    /** Why the map shows groups instead of stakeholders; null for the detailed map. */
    aggregated: string | null;
}

/** The ELK graph of a map with what to attach to each laid-out element, keyed by ELK id. */
export interface MapGraph {
    graph: ElkNode;
    nodes: Map<string, Omit<MapNode, 'x' | 'y'>>;
    groups: Map<string, Omit<MapGroup, 'x' | 'y' | 'w' | 'h'>>;
    edges: Map<string, Omit<MapEdge, 'points' | 'text'>>;
    aggregated: string | null;
}

/** Above this many nodes the map shows groups: ELK takes seconds and the drawing is no longer readable. */
export const MAP_DETAIL_LIMIT = 150;

const NODE_FONT = 12, EDGE_FONT = 10.5, NODE_MAX = 180, NODE_MIN = 96, PAD = 16;
/** Pseudo-group of relation ends that no stakeholder declares. */
export const UNDECLARED = '(undeclared)';
/** Pseudo-group of stakeholders whose group is missing. */
export const NO_GROUP = '(none)';

// ELK ids are prefixed by element type, so a stakeholder named `root` or `group:x` never collides
// with the graph's own ids or a group's.
/** ELK id of a stakeholder node. */
export const nodeId = (id: string) => `node:${id}`;
/** ELK id of a group. */
export const groupId = (id: string) => `group:${id}`;

/** The group key of a stakeholder. */
export function groupKey(s: Analysis['stakeholders'][number]): string {
    return s.group ?? NO_GROUP;
}

function round(v: number | undefined): number {
    return Math.round((v ?? 0) * 10) / 10;
}

/** A node's text lines and size for a name. */
export function sizedNode(name: string, extra: string[] = []): { lines: string[]; w: number; h: number } {
    const lines = [...wrapText(name, NODE_MAX - 20, 2, NODE_FONT), ...extra];
    const w = Math.max(NODE_MIN, Math.min(NODE_MAX, Math.max(0, ...lines.map(l => textWidth(l, NODE_FONT))) + 32));
    return { lines, w, h: lines.length * 15 + 16 };
}

/** An ELK edge label of `value`, cut to a readable width; none when there is no text. */
export function edgeLabels(value: string): ElkExtendedEdge['labels'] {
    if (!value) return [];
    const text = truncate(value, 170, EDGE_FONT);
    return [{ text, width: textWidth(text, EDGE_FONT) + 8, height: 15 }];
}

/** The map's group heading for a group key. */
export function mapGroupLabel(id: string, customNames: ReadonlyMap<string, string | null>): string {
    if (id === UNDECLARED) return 'Not declared';
    if (id === NO_GROUP) return 'No group';
    return STANDARD_GROUP_IDS.includes(id) ? groupLabel(id) : customNames.get(id) ?? id;
}

/** Standard groups in vocabulary order, then custom groups by name, then undeclared ends. */
export function sortGroups(ids: Iterable<string>): string[] {
    const rank = (g: string) => STANDARD_GROUP_IDS.includes(g) ? STANDARD_GROUP_IDS.indexOf(g) : g === UNDECLARED ? 1000 : 500;
    return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The units and ministries of declared stakeholders by qualified name (`A.Planning`), with their stakeholder and name. */
export function mapParts(analysis: Analysis): Map<string, { owner: Analysis['stakeholders'][number]; name: string | null }> {
    const parts = new Map<string, { owner: Analysis['stakeholders'][number]; name: string | null }>();
    for (const s of analysis.stakeholders) {
        for (const u of [...s.units, ...s.ministries]) if (u.id) parts.set(`${s.id}.${u.id}`, { owner: s, name: u.name });
    }
    return parts;
}

/**
 * The ids of the map with their group: declared stakeholders; the units and ministries named in
 * relations, in their stakeholder's group; then undeclared relation ends.
 */
export function mapMembers(analysis: Analysis): Map<string, string> {
    const members = new Map<string, string>();
    const parts = mapParts(analysis);
    for (const s of analysis.stakeholders) if (s.id && !members.has(s.id)) members.set(s.id, groupKey(s));
    for (const r of analysis.relations) {
        for (const end of [r.from, r.to]) {
            const part = parts.get(end);
            if (end && !members.has(end)) members.set(end, part ? groupKey(part.owner) : UNDECLARED);
        }
    }
    return members;
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
        const s = declared.get(id), part = parts.get(id);
        if (part) {
            const name = part.name ?? id;
            const of = `${part.owner.ministries.some(m => `${part.owner.id}.${m.id}` === id) ? 'ministry' : 'unit'} of ${displayName(part.owner)}`;
            nodes.set(nodeId(id), { id, name, group, current: part.owner.engagement.current, declared: true, members: null, partOf: part.owner.id, ...sizedNode(name, [truncate(of, NODE_MAX - 20, NODE_FONT)]) });
            continue;
        }
        nodes.set(nodeId(id), { id, name: s ? displayName(s) : id, group, current: s?.engagement.current ?? null, declared: !!s, members: null, partOf: null, ...sizedNode(s ? displayName(s) : id) });
    }
    const customNames = new Map(analysis.groups.map(g => [g.id, g.name]));
    const groupIds = sortGroups([...nodes.values()].map(n => n.group));
    const groups = new Map(groupIds.map(id => [groupId(id), { id, custom: !STANDARD_GROUP_IDS.includes(id), label: mapGroupLabel(id, customNames) }]));
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
        elkEdges.push({ id: key, sources: [nodeId(r.from)], targets: [nodeId(r.to)], labels: edgeLabels([r.kind, r.label].filter(Boolean).join(': ')) });
    });
    const graph: ElkNode = {
        id: 'map',
        layoutOptions: { ...MAP_LAYOUT_OPTIONS, 'elk.hierarchyHandling': 'INCLUDE_CHILDREN', 'elk.padding': `[top=${PAD},left=${PAD},bottom=${PAD},right=${PAD}]` },
        children: [...groups].map(([elkId, g]) => ({
            id: elkId,
            layoutOptions: {
                'elk.padding': '[top=30,left=12,bottom=12,right=12]', 'elk.spacing.nodeNode': '14',
                'elk.nodeSize.constraints': '[MINIMUM_SIZE]', 'elk.nodeSize.minimum': `(${textWidth(g.label, 14.5) + 28}, 40)`,
            },
            children: [...nodes].filter(([, n]) => n.group === g.id).map(([id, n]) => ({ id, width: n.w, height: n.h })),
        })),
        edges: elkEdges,
    };
    return { graph, nodes, groups, edges, aggregated: null };
}

/** Lays out the interaction map of an analysis with ELK. Deterministic for a given model. */
export async function layoutMap(analysis: Analysis, detailLimit = MAP_DETAIL_LIMIT): Promise<MapLayout> {
    const members = mapMembers(analysis);
    if (members.size === 0) return { width: 320, height: 80, groups: [], nodes: [], edges: [], aggregated: null };
    const built = members.size > detailLimit ? aggregatedMapGraph(analysis, members, detailLimit) : mapGraph(analysis);
    return placed(built, await layoutWithElk(built.graph));
}

/** Attaches ELK's positions to the map's elements (the ELK result is shared and is only read). */
function placed({ nodes, groups, edges, aggregated }: MapGraph, result: ElkNode): MapLayout {
    const placedGroups: MapGroup[] = [], placedNodes: MapNode[] = [];
    const visit = (children: readonly ElkNode[] | undefined) => {
        for (const c of children ?? []) {
            const group = groups.get(c.id), node = nodes.get(c.id);
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
        const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(p => ({ x: round(p.x), y: round(p.y) })) : [];
        const label = e.labels?.[0];
        placedEdges.push({
            ...edge, points,
            text: label ? { x: round(label.x), y: round(label.y), w: round(label.width), h: round(label.height), value: label.text ?? '' } : null,
        });
    }
    return { width: round(result.width), height: round(result.height), groups: placedGroups, nodes: placedNodes, edges: placedEdges, aggregated };
}
