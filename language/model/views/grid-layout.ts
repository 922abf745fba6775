/**
 * The power/interest grid (Figure 4) as positioned plain data: every placed stakeholder at its
 * interest (x) and power (y), stakeholders sharing a point spread around it, and labels placed so
 * that none covers another label or marker.
 */
import type { Analysis, StakeholderAnalysis } from '../analysis.js';
import { displayName } from './labels.js';
import { BoxIndex } from './box-index.js';
import { FarSearch } from './label-search.js';
import { textWidth, truncate, type Box } from './text-metrics.js';

/** A placed stakeholder on the grid. */
export interface GridPoint {
    id: string;
    name: string;
    power: number;
    interest: number;
    /** Marker centre in pixels. */
    cx: number;
    cy: number;
    current: string | null;
    desired: string | null;
    gap: number | null;
    quadrant: string;
    label: { x: number; y: number; anchor: 'start' | 'end'; text: string; box: Box; leader: boolean };
}

/** A stakeholder listed beside the grid. */
export interface GridAside {
    id: string;
    name: string;
    power: number | null;
    interest: number | null;
    accepted: string[];
}

/** The laid-out grid. */
export interface GridLayout {
    width: number;
    height: number;
    plot: Box;
    /** True when the pane is too narrow for the legend beside the grid: it goes below. */
    legendBelow: boolean;
    /** Pixel position of the value 3 on each axis (the dividing lines). */
    midX: number;
    midY: number;
    points: GridPoint[];
    borderline: GridAside[];
    unplaced: GridAside[];
    /** Axis tick positions of the values 1..5 (x for interest, y for power). */
    ticks: Array<{ value: number; x: number; y: number }>;
    /** Stakeholders whose label found no free place: their marker shows the number, the key the name. */
    keyed: Array<{ number: number; id: string; name: string }>;
    /** Quadrant captions with their boxes (labels avoid them). */
    quadrants: Array<{ strategy: string; x: number; y: number; anchor: 'start' | 'end'; box: Box }>;
}

/** Marker radius in pixels. */
export const GRID_MARKER_RADIUS = 6;
/** The plot area grows with the number of placed stakeholders, so crowded grids keep room for labels. */
function plotFor(count: number, width?: number): { plot: Box; legendBelow: boolean } {
    const extra = Math.max(0, count - 20);
    const natural = { x: 96, y: 24, w: Math.min(1000, 600 + extra * 10), h: Math.min(820, 520 + extra * 7) };
    if (width === undefined) return { plot: natural, legendBelow: false };
    // Laid out for a pane: the plot takes the width left by the axis texts (and the legend, when it
    // fits beside at a readable plot size), never scaled down afterwards.
    const margins = natural.x + 24;
    const legendBelow = width - margins - GRID_PANEL_WIDTH - 8 < GRID_MIN_PLOT_BESIDE;
    const room = width - margins - (legendBelow ? 0 : GRID_PANEL_WIDTH + 8);
    const w = Math.max(GRID_MIN_PLOT, Math.min(natural.w, Math.floor(room)));
    return { plot: { ...natural, w, h: Math.round(Math.min(natural.h, Math.max(GRID_MIN_PLOT, w * 0.86))) }, legendBelow };
}

/** The width of the legend beside the grid (below it, the legend takes the grid's width). */
export const GRID_PANEL_WIDTH = 330;
/** Below this plot width beside the legend, the legend goes below the grid. */
const GRID_MIN_PLOT_BESIDE = 440;
/** The smallest plot: narrower panes scroll sideways rather than shrink the text. */
const GRID_MIN_PLOT = 250;
const LABEL_SIZE = 12,
    LABEL_HEIGHT = 15,
    MAX_LABEL = 210,
    FULL_AFTER = 10;

function toX(plot: Box, interest: number): number {
    const v = Math.min(5.4, Math.max(0.6, interest));
    return plot.x + ((v - 0.5) / 5) * plot.w;
}

function toY(plot: Box, power: number): number {
    const v = Math.min(5.4, Math.max(0.6, power));
    return plot.y + (1 - (v - 0.5) / 5) * plot.h;
}

/** Offsets for `n` markers sharing a point: a sunflower spiral, dense but never touching. */
function spread(n: number): Array<[number, number]> {
    if (n === 1) return [[0, 0]];
    const golden = Math.PI * (3 - Math.sqrt(5));
    return Array.from({ length: n }, (_, k) => {
        const r = 11 * Math.sqrt(k + 0.6);
        return [Math.round(r * Math.cos(k * golden) * 10) / 10, Math.round(r * Math.sin(k * golden) * 10) / 10];
    });
}

function gapMark(gap: number | null): string {
    return gap && gap > 0 ? ` ▲${gap}` : gap && gap < 0 ? ` ▼${-gap}` : '';
}

function quadrantCaptions(plot: Box): GridLayout['quadrants'] {
    const pad = 10,
        w = 150,
        h = 34;
    const left = plot.x + pad,
        right = plot.x + plot.w - pad,
        top = plot.y + pad,
        bottom = plot.y + plot.h - pad - h;
    return [
        { strategy: 'keep-satisfied', x: left, y: top, anchor: 'start', box: { x: left, y: top, w, h } },
        { strategy: 'manage-closely', x: right, y: top, anchor: 'end', box: { x: right - w, y: top, w, h } },
        { strategy: 'monitor', x: left, y: bottom, anchor: 'start', box: { x: left, y: bottom, w, h } },
        { strategy: 'keep-informed', x: right, y: bottom, anchor: 'end', box: { x: right - w, y: bottom, w, h } },
    ];
}

const DIRECTIONS: Array<[number, number]> = [
    [1, 0],
    [-1, 0],
    [1, -1],
    [1, 1],
    [-1, -1],
    [-1, 1],
    [0, -1],
    [0, 1],
];

function labelAt(
    text: string,
    anchor: 'start' | 'end',
    bx: number,
    by: number,
    leader: boolean,
    w = textWidth(text, LABEL_SIZE),
): GridPoint['label'] {
    return { x: anchor === 'end' ? bx + w : bx, y: by + LABEL_HEIGHT - 4, anchor, text, box: { x: bx, y: by, w, h: LABEL_HEIGHT }, leader };
}

function placeLabel(
    plot: Box,
    cx: number,
    cy: number,
    text: string,
    obstacles: BoxIndex,
    search: FarSearch,
): GridPoint['label'] | undefined {
    const w = textWidth(text, LABEL_SIZE),
        h = LABEL_HEIGHT;
    const left = plot.x + 2,
        top = plot.y + 2,
        right = plot.x + plot.w - 2,
        bottom = plot.y + plot.h - 2;
    // Coordinates, not boxes: a crowded grid probes thousands of places per label.
    const probe = obstacles.sized(w, h, { x: left, y: top, w: right - left, h: bottom - top });
    const free = (bx: number, by: number) => bx >= left && by >= top && bx + w <= right && by + h <= bottom && !probe.hitsAt(bx, by);
    for (const distance of [GRID_MARKER_RADIUS + 5, 26]) {
        for (const [dx, dy] of DIRECTIONS) {
            const anchor: 'start' | 'end' = dx < 0 ? 'end' : 'start';
            const ax = cx + dx * distance - (dx === 0 ? w / 2 : 0);
            const bx = anchor === 'end' ? ax - w : ax;
            const by = cy + dy * (dx === 0 ? distance : distance * 0.7) - h / 2;
            if (free(bx, by)) return labelAt(text, anchor, bx, by, distance > GRID_MARKER_RADIUS + 5, w);
        }
    }
    const far = search.find(cx, cy, probe, { left, top, right, bottom });
    if (far) return labelAt(text, far.before ? 'end' : 'start', far.bx, far.by, true, w);
    return undefined;
}

function aside(s: StakeholderAnalysis): GridAside {
    return { id: s.id, name: displayName(s), power: s.power, interest: s.interest, accepted: [...s.acceptedStrategies] };
}

/** Lays out the power/interest grid of an analysis. Pure and deterministic. */
export function layoutGrid(analysis: Analysis, options: { width?: number } = {}): GridLayout {
    const placed = analysis.stakeholders.filter(s => s.power !== null && s.interest !== null);
    const { plot, legendBelow } = plotFor(placed.length, options.width);
    const byPoint = new Map<string, StakeholderAnalysis[]>();
    for (const s of placed) {
        const key = `${s.power}|${s.interest}`;
        const shared = byPoint.get(key);
        if (shared) shared.push(s);
        else byPoint.set(key, [s]);
    }
    const quadrants = quadrantCaptions(plot);
    const markers: Array<{ s: StakeholderAnalysis; cx: number; cy: number; crowd: number }> = [];
    for (const group of byPoint.values()) {
        const offsets = spread(group.length);
        group.forEach((s, k) =>
            markers.push({ s, cx: toX(plot, s.interest!) + offsets[k][0], cy: toY(plot, s.power!) + offsets[k][1], crowd: group.length }),
        );
    }
    const r = GRID_MARKER_RADIUS + 2;
    const obstacles = new BoxIndex([...quadrants.map(q => q.box), ...markers.map(m => ({ x: m.cx - r, y: m.cy - r, w: 2 * r, h: 2 * r }))]);
    // Crowded points first, so they get the closest label positions.
    const order = [...markers].sort((a, b) => b.crowd - a.crowd || a.cy - b.cy || a.cx - b.cx);
    const points: GridPoint[] = [];
    const search = new FarSearch();
    const keyed: GridLayout['keyed'] = [];
    // Consecutive failed searches for a name, and for a number: once the plot is this full, a crowded
    // grid (hundreds of stakeholders) stops searching and keys the rest, which keeps it fast.
    let nameMisses = 0,
        numberMisses = 0;
    for (const m of order) {
        const text = truncate(displayName(m.s), MAX_LABEL, LABEL_SIZE) + gapMark(m.s.engagement.gap);
        // When even the wide search finds no free place, the marker gets a number and the name goes to the key beside the grid.
        const named = nameMisses < FULL_AFTER ? placeLabel(plot, m.cx, m.cy, text, obstacles, search) : undefined;
        nameMisses = named ? 0 : nameMisses + 1;
        const numbered = named
            ? undefined
            : numberMisses < FULL_AFTER
              ? placeLabel(plot, m.cx, m.cy, `${keyed.length + 1}`, obstacles, search)
              : undefined;
        if (!named) numberMisses = numbered ? 0 : numberMisses + 1;
        const label = named ?? numbered ?? labelAt(`${keyed.length + 1}`, 'start', m.cx + 8, m.cy - 20, false);
        if (label.text !== text) keyed.push({ number: keyed.length + 1, id: m.s.id, name: displayName(m.s) });
        obstacles.add(label.box);
        points.push({
            id: m.s.id,
            name: displayName(m.s),
            power: m.s.power!,
            interest: m.s.interest!,
            cx: m.cx,
            cy: m.cy,
            current: m.s.engagement.current,
            desired: m.s.engagement.desired,
            gap: m.s.engagement.gap,
            quadrant: m.s.quadrant,
            label,
        });
    }
    const position = new Map<string, number>();
    analysis.stakeholders.forEach((s, i) => {
        if (!position.has(s.id)) position.set(s.id, i);
    });
    points.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    return {
        width: plot.x + plot.w + 24,
        height: plot.y + plot.h + 56,
        plot,
        legendBelow,
        midX: toX(plot, 3),
        midY: toY(plot, 3),
        points,
        borderline: analysis.stakeholders.filter(s => s.quadrant === 'borderline').map(aside),
        unplaced: analysis.stakeholders.filter(s => s.quadrant === 'unplaced').map(aside),
        quadrants,
        keyed,
        ticks: [1, 2, 3, 4, 5].map(value => ({ value, x: toX(plot, value), y: toY(plot, value) })),
    };
}
