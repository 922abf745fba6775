/**
 * The interaction map's graph vocabulary, shared by the detailed map (map-layout.ts) and the
 * aggregated one (map-aggregate.ts): element types, ELK ids, node sizing, group order. Both import
 * it; neither imports the other's runtime code.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Analysis } from '../analysis.js';
import { STANDARD_GROUP_IDS } from '../vocabulary.js';
import { groupLabel } from './labels.js';
import { textWidth, truncate, wrapText } from './text-metrics.js';

/** A node of the map: a stakeholder, or a whole group on an aggregated map. */
export interface MapNode {
    id: string;
    name: string;
    lines: string[];
    group: string;
    x: number;
    y: number;
    w: number;
    h: number;
    current: string | null;
    /** False for a relation end that no stakeholder declares (and for group nodes). */
    declared: boolean;
    /** On an aggregated map, the number of stakeholders the group node stands for; null otherwise. */
    members: number | null;
    /** For a unit or ministry named in a relation (`A.Planning`): the stakeholder it belongs to; null otherwise. */
    partOf?: string | null;
}

/** A group box around its stakeholders. */
export interface MapGroup {
    id: string;
    label: string;
    custom: boolean;
    x: number;
    y: number;
    w: number;
    h: number;
}

/** A relation drawn as a routed edge (on an aggregated map: all relations between two groups). */
export interface MapEdge {
    key: string;
    from: string;
    to: string;
    kind: string;
    label: string | null;
    mutual: boolean;
    /** On an aggregated map, the number of relations the edge stands for; null otherwise. */
    count: number | null;
    /** True for the line that attaches a unit or ministry to its stakeholder (not a relation). */
    membership?: boolean;
    points: Array<{ x: number; y: number }>;
    text: { x: number; y: number; w: number; h: number; value: string } | null;
}

/** The laid-out interaction map. */
export interface MapLayout {
    width: number;
    height: number;
    groups: MapGroup[];
    nodes: MapNode[];
    edges: MapEdge[];
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

const NODE_FONT = 12,
    EDGE_FONT = 10.5,
    NODE_MAX = 180,
    NODE_MIN = 96;
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
    return STANDARD_GROUP_IDS.includes(id) ? groupLabel(id) : (customNames.get(id) ?? id);
}

/** Standard groups in vocabulary order, then custom groups by name, then undeclared ends. */
export function sortGroups(ids: Iterable<string>): string[] {
    const rank = (g: string) => (STANDARD_GROUP_IDS.includes(g) ? STANDARD_GROUP_IDS.indexOf(g) : g === UNDECLARED ? 1000 : 500);
    return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The units and ministries of declared stakeholders by qualified name (`A.Planning`), with their stakeholder and name. */
export function mapParts(
    analysis: Analysis,
): Map<string, { owner: Analysis['stakeholders'][number]; name: string | null; ministry: boolean }> {
    const parts = new Map<string, { owner: Analysis['stakeholders'][number]; name: string | null; ministry: boolean }>();
    for (const s of analysis.stakeholders) {
        for (const u of s.units) if (u.id) parts.set(`${s.id}.${u.id}`, { owner: s, name: u.name, ministry: false });
        for (const m of s.ministries) if (m.id) parts.set(`${s.id}.${m.id}`, { owner: s, name: m.name, ministry: true });
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

/** The line under a unit's or ministry's name on the map: whose part it is. */
export function partCaption(part: { owner: Analysis['stakeholders'][number]; ministry: boolean }, ownerName: string): string {
    return truncate(`${part.ministry ? 'ministry' : 'unit'} of ${ownerName}`, NODE_MAX - 20, NODE_FONT);
}
