/**
 * The interaction map of a large model: one node per stakeholder group (with how many stakeholders
 * it holds and how many relations stay inside it) and one edge per pair of groups, whichever way
 * the relations run (with how many run each way). Groups of a generated model relate to nearly
 * every other group, so the graph is close to complete; the groups stand on a ring and each pair
 * is joined by a straight line, its count on the line. ELK's layered layout of the same graph took
 * 0.2–0.5 s warm and seconds cold and drew a strip about 3,800 px wide with long orthogonal detours;
 * the ring is computed in well under a millisecond and fits a pane. The per-stakeholder relations
 * stay in the report's tables.
 */
import type { Analysis } from '../analysis.js';
import { plural } from '../words.js';
import { BoxIndex } from './box-index.js';
import { edgeLabels, mapGroupLabel, sizedNode, sortGroups, type MapEdge, type MapLayout, type MapNode } from './map-graph.js';
import type { Box } from './text-metrics.js';

/** Relation kinds by count, most frequent first (ties by name): `informs 8, funds 6`. */
function kindSummary(kinds: ReadonlyMap<string, number>): string {
    return [...kinds]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([k, c]) => `${k || 'no kind'} ${c}`)
        .join(', ');
}

const PAD = 16,
    /** Least room between two neighbouring group nodes on the ring: a count label fits between them. */
    RING_GAP = 60,
    /** Room kept between a line's end and its node, for the arrowhead. */
    END_GAP = 2;

/** Where along a line its count may stand, middle first (fractions of the line between the two nodes). */
const LABEL_STOPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.46, 0.54, 0.38, 0.62, 0.3, 0.7, 0.22, 0.78];

type Sized = Omit<MapNode, 'x' | 'y'>;

/**
 * Centres of `nodes` on an ellipse (width:height `aspect`), first at the top, clockwise, scaled up
 * until no two node boxes come closer than {@link RING_GAP}.
 */
function ring(nodes: readonly Sized[], aspect: number): Array<{ x: number; y: number }> {
    const k = nodes.length;
    if (k === 1) return [{ x: 0, y: 0 }];
    const angles = nodes.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / k);
    const at = (ry: number) => angles.map(a => ({ x: Math.cos(a) * ry * aspect, y: Math.sin(a) * ry }));
    const apart = (centres: Array<{ x: number; y: number }>) => {
        for (let i = 0; i < k; i++) {
            for (let j = i + 1; j < k; j++) {
                const dx = Math.abs(centres[i].x - centres[j].x) - (nodes[i].w + nodes[j].w) / 2,
                    dy = Math.abs(centres[i].y - centres[j].y) - (nodes[i].h + nodes[j].h) / 2;
                if (dx < RING_GAP && dy < RING_GAP) return false;
            }
        }
        return true;
    };
    let ry = 40;
    while (!apart(at(ry)) && ry < 100_000) ry *= 1.04;
    return at(ry);
}

/** The point where the line from the centre of `box` towards (`tx`, `ty`) leaves the box, `END_GAP` beyond. */
function exit(box: Box, tx: number, ty: number): { x: number; y: number } {
    const cx = box.x + box.w / 2,
        cy = box.y + box.h / 2;
    const dx = tx - cx,
        dy = ty - cy;
    const length = Math.hypot(dx, dy) || 1;
    const t = Math.min(dx ? (box.w / 2 + END_GAP) / Math.abs(dx) : Infinity, dy ? (box.h / 2 + END_GAP) / Math.abs(dy) : Infinity);
    const reach = Math.min(t, 0.5 - 1 / length);
    return { x: cx + dx * reach, y: cy + dy * reach };
}

/** Lays out the aggregated map; `members` maps each stakeholder (or undeclared end) to its group. `narrow`: a ring taller than wide. */
export function layoutAggregatedMap(
    analysis: Analysis,
    members: ReadonlyMap<string, string>,
    limit: number,
    options: { narrow?: boolean } = {},
): MapLayout {
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
        const key = from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`;
        const pair = between.get(key) ?? { from, to, count: 0, back: 0, kinds: new Map<string, number>() };
        pair.count++;
        if (pair.from !== from) pair.back++;
        pair.kinds.set(r.kind ?? '', (pair.kinds.get(r.kind ?? '') ?? 0) + 1);
        between.set(key, pair);
    }
    const sized: Sized[] = [];
    for (const id of sortGroups(sizes.keys())) {
        const name = mapGroupLabel(id, customNames);
        const count = sizes.get(id)!;
        const extra = [plural(count, 'stakeholder'), ...(inside.get(id) ? [`${plural(inside.get(id)!, 'relation')} within`] : [])];
        sized.push({ id, name, group: id, current: null, declared: false, members: count, ...sizedNode(name, extra) });
    }
    const centres = ring(sized, options.narrow ? 0.6 : 1.35);
    const nodes: MapNode[] = sized.map((node, i) => ({ ...node, x: centres[i].x - node.w / 2, y: centres[i].y - node.h / 2 }));
    const byGroup = new Map(nodes.map(node => [node.group, node]));
    const occupied = new BoxIndex(nodes);
    const edges: MapEdge[] = [];
    for (const pair of [...between.values()].sort(
        (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    )) {
        const from = byGroup.get(pair.from)!,
            to = byGroup.get(pair.to)!;
        const start = exit(from, to.x + to.w / 2, to.y + to.h / 2),
            end = exit(to, from.x + from.w / 2, from.y + from.h / 2);
        const both = pair.back > 0 && pair.back < pair.count;
        const counts = both ? `${pair.count - pair.back} →, ${pair.back} ←` : plural(pair.count, 'relation');
        // The line shows the count only: the kinds are in its tooltip and the tables.
        const label = edgeLabels(counts)![0];
        const box = (t: number): Box => ({
            x: start.x + (end.x - start.x) * t - label.width! / 2,
            y: start.y + (end.y - start.y) * t - label.height! / 2,
            w: label.width!,
            h: label.height!,
        });
        const stop = LABEL_STOPS.find(t => !occupied.hits(box(t))) ?? 0.5;
        const text = box(stop);
        occupied.add(text);
        edges.push({
            key: `group-relation:${pair.from}>${pair.to}`,
            from: pair.from,
            to: pair.to,
            kind: kindSummary(pair.kinds),
            label: both ? counts : null,
            mutual: both,
            count: pair.count,
            points: [start, end],
            text: { ...text, value: label.text ?? '' },
        });
    }
    // Everything moved so the drawing starts at the padding, coordinates rounded as ELK's were.
    const left = Math.min(...nodes.map(node => node.x)),
        top = Math.min(...nodes.map(node => node.y));
    const round = (v: number) => Math.round(v * 10) / 10;
    const dx = PAD - left,
        dy = PAD - top;
    const point = (p: { x: number; y: number }) => ({ x: round(p.x + dx), y: round(p.y + dy) });
    return {
        width: round(Math.max(...nodes.map(node => node.x + node.w)) + dx + PAD),
        height: round(Math.max(...nodes.map(node => node.y + node.h)) + dy + PAD),
        groups: [],
        nodes: nodes.map(node => ({ ...node, ...point(node) })),
        edges: edges.map(e => ({
            ...e,
            points: e.points.map(point),
            text: e.text && { ...e.text, ...point(e.text), w: round(e.text.w), h: round(e.text.h) },
        })),
        aggregated:
            `The model has ${[...members.keys()].filter(id => !id.includes('.')).length} stakeholders, more than the ${limit} a readable map can show, so the map shows one node per group ` +
            'and one line per pair of groups with the number of relations between them (both heads: relations run both ways). ' +
            'Every relation is listed in the tables.',
    };
}
