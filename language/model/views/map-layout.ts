/**
 * The interaction map (Figure 3) as positioned plain data: stakeholders as nodes inside one box per
 * group, relations as labelled directed edges. Layout is done by ELK (layered, orthogonal routing),
 * which is asynchronous; renderers then draw the result synchronously.
 */
import ElkModule from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Analysis } from '../analysis.js';
import { STANDARD_GROUP_IDS } from '../vocabulary.js';
import { displayName, groupLabel } from './labels.js';
import { textWidth, truncate, wrapText } from './text-metrics.js';

/** A stakeholder node of the map. */
export interface MapNode {
    id: string; name: string; lines: string[]; group: string;
    x: number; y: number; w: number; h: number;
    current: string | null;
    /** False for a relation end that no stakeholder declares. */
    declared: boolean;
}

/** A group box around its stakeholders. */
export interface MapGroup { id: string; label: string; custom: boolean; x: number; y: number; w: number; h: number }

/** A relation drawn as a routed edge. */
export interface MapEdge {
    key: string; from: string; to: string; kind: string; label: string | null; mutual: boolean;
    points: Array<{ x: number; y: number }>;
    text: { x: number; y: number; w: number; h: number; value: string } | null;
}

/** The laid-out interaction map. */
export interface MapLayout { width: number; height: number; groups: MapGroup[]; nodes: MapNode[]; edges: MapEdge[] }

type ElkConstructor = new () => { layout(graph: ElkNode): Promise<ElkNode> };
// elkjs ships CommonJS whose typings declare a default export; accept either shape at run time.
const Elk: ElkConstructor = ((ElkModule as unknown as { default?: ElkConstructor }).default ?? ElkModule) as unknown as ElkConstructor;

const NODE_FONT = 12, EDGE_FONT = 10.5, NODE_MAX = 180, NODE_MIN = 96, PAD = 16;
const UNDECLARED = '(undeclared)';

function groupKey(s: Analysis['stakeholders'][number]): string {
    return s.group ?? '(none)';
}

function round(v: number | undefined): number {
    return Math.round((v ?? 0) * 10) / 10;
}

/** Builds the ELK graph of an analysis (exported for tests). */
export function mapGraph(analysis: Analysis): { graph: ElkNode; nodes: Map<string, Omit<MapNode, 'x' | 'y'>>; groups: Map<string, Omit<MapGroup, 'x' | 'y' | 'w' | 'h'>> } {
    const nodes = new Map<string, Omit<MapNode, 'x' | 'y'>>();
    const sized = (id: string, name: string, group: string, current: string | null, declared: boolean) => {
        const lines = wrapText(name, NODE_MAX - 20, 2, NODE_FONT);
        const w = Math.max(NODE_MIN, Math.min(NODE_MAX, Math.max(...lines.map(l => textWidth(l, NODE_FONT))) + 32));
        nodes.set(id, { id, name, lines, group, current, declared, w, h: lines.length * 15 + 16 });
    };
    for (const s of analysis.stakeholders) if (!nodes.has(s.id)) sized(s.id, displayName(s), groupKey(s), s.engagement.current, true);
    for (const r of analysis.relations) for (const end of [r.from, r.to]) if (end && !nodes.has(end)) sized(end, end, UNDECLARED, null, false);
    const groupIds = [...new Set([...nodes.values()].map(n => n.group))]
        .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const customNames = new Map(analysis.groups.map(g => [g.id, g.name]));
    const groups = new Map(groupIds.map(id => [id, {
        id, custom: !STANDARD_GROUP_IDS.includes(id),
        label: id === UNDECLARED ? 'Not declared' : id === '(none)' ? 'No group' : STANDARD_GROUP_IDS.includes(id) ? groupLabel(id) : customNames.get(id) ?? id,
    }]));
    const edges: ElkExtendedEdge[] = analysis.relations.map((r, i) => ({ r, i })).filter(({ r }) => r.from && r.to).map(({ r, i }) => {
        const value = truncate(r.label ? `${r.kind}: ${r.label}` : r.kind, 170, EDGE_FONT);
        return { id: `relation:${i}`, sources: [r.from], targets: [r.to], labels: [{ text: value, width: textWidth(value, EDGE_FONT) + 8, height: 15 }] };
    });
    const graph: ElkNode = {
        id: 'root',
        layoutOptions: {
            'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
            'elk.json.edgeCoords': 'ROOT', 'elk.json.shapeCoords': 'ROOT', 'elk.edgeRouting': 'ORTHOGONAL',
            'elk.layered.spacing.nodeNodeBetweenLayers': '48', 'elk.spacing.nodeNode': '20', 'elk.spacing.edgeLabel': '3',
            'elk.spacing.edgeNode': '14', 'elk.layered.spacing.edgeNodeBetweenLayers': '14', 'elk.padding': `[top=${PAD},left=${PAD},bottom=${PAD},right=${PAD}]`,
            'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.randomSeed': '1', 'elk.aspectRatio': '1.6',
        },
        children: groupIds.map(id => ({
            id: `group:${id}`,
            layoutOptions: {
                'elk.padding': '[top=30,left=12,bottom=12,right=12]', 'elk.spacing.nodeNode': '14',
                'elk.nodeSize.constraints': '[MINIMUM_SIZE]', 'elk.nodeSize.minimum': `(${textWidth(groups.get(id)!.label, 14.5) + 28}, 40)`,
            },
            children: [...nodes.values()].filter(n => n.group === id).map(n => ({ id: n.id, width: n.w, height: n.h })),
        })),
        edges,
    };
    return { graph, nodes, groups };
}

function rank(group: string): number {
    const i = STANDARD_GROUP_IDS.indexOf(group);
    return i >= 0 ? i : group === UNDECLARED ? 1000 : 500;
}

/** Lays out the interaction map of an analysis with ELK. Deterministic for a given model. */
export async function layoutMap(analysis: Analysis): Promise<MapLayout> {
    const { graph, nodes, groups } = mapGraph(analysis);
    if (nodes.size === 0) return { width: 320, height: 80, groups: [], nodes: [], edges: [] };
    const result = await new Elk().layout(graph);
    const placedGroups: MapGroup[] = [], placedNodes: MapNode[] = [];
    for (const g of result.children ?? []) {
        const id = g.id.slice('group:'.length);
        placedGroups.push({ ...groups.get(id)!, x: round(g.x), y: round(g.y), w: round(g.width), h: round(g.height) });
        for (const n of g.children ?? []) placedNodes.push({ ...nodes.get(n.id)!, x: round(n.x), y: round(n.y) });
    }
    const edges: MapEdge[] = (result.edges ?? []).map(e => {
        const r = analysis.relations[Number(e.id.slice('relation:'.length))];
        const section = (e as ElkExtendedEdge).sections?.[0];
        const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(p => ({ x: round(p.x), y: round(p.y) })) : [];
        const label = e.labels?.[0];
        return {
            key: e.id, from: r.from, to: r.to, kind: r.kind, label: r.label, mutual: r.mutual, points,
            text: label ? { x: round(label.x), y: round(label.y), w: round(label.width), h: round(label.height), value: label.text ?? '' } : null,
        };
    });
    return { width: round(result.width), height: round(result.height), groups: placedGroups, nodes: placedNodes, edges };
}
