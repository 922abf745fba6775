/**
 * The salience diagram (Mitchell, Agle and Wood) as positioned plain data: three overlapping
 * circles for power, legitimacy and urgency, each classified stakeholder placed in the region of
 * its class, by name where the region has room and by number (with a key) where it has not.
 * Stakeholders on a line (a value of exactly 3) and those not classified are listed beside.
 */
import { SALIENCE_NOTES } from '../salience.js';
import type { ProcessInput, ProcessStakeholder, SalienceClass } from './process-input.js';
import { textWidth, truncate } from './text-metrics.js';

/** Where a stakeholder's class sits: inside power (P), legitimacy (L) and/or urgency (U). */
const REGIONS: ReadonlyArray<{ cls: SalienceClass; p: boolean; l: boolean; u: boolean; label: string }> = [
    { cls: 'definitive', p: true, l: true, u: true, label: 'Definitive' },
    { cls: 'dominant', p: true, l: true, u: false, label: 'Dominant' },
    { cls: 'dangerous', p: true, l: false, u: true, label: 'Dangerous' },
    { cls: 'dependent', p: false, l: true, u: true, label: 'Dependent' },
    { cls: 'dormant', p: true, l: false, u: false, label: 'Dormant' },
    { cls: 'discretionary', p: false, l: true, u: false, label: 'Discretionary' },
    { cls: 'demanding', p: false, l: false, u: true, label: 'Demanding' },
];

/** A stakeholder drawn in a region. */
export interface SalienceDot {
    id: string;
    name: string;
    cls: SalienceClass;
    x: number;
    y: number;
    /** The name beside the dot, or null when the dot carries a number. */
    text: string | null;
    number: number | null;
    current: string | null;
    title: string;
}

/** A stakeholder listed beside the drawing. */
export interface SalienceAside {
    id: string;
    name: string;
    detail: string;
    number?: number;
    current: string | null;
}

/** The laid-out salience diagram. */
export interface SalienceLayout {
    width: number;
    height: number;
    circles: Array<{
        attribute: 'power' | 'legitimacy' | 'urgency';
        label: string;
        cx: number;
        cy: number;
        r: number;
        lx: number;
        ly: number;
        anchor: 'start' | 'middle' | 'end';
    }>;
    captions: Array<{ cls: SalienceClass; text: string; x: number; y: number }>;
    dots: SalienceDot[];
    /** None of the three attributes: listed in a box under the circles. */
    outside: { x: number; y: number; w: number; h: number; dots: SalienceDot[] };
    /** Where the side panel starts. */
    panel: { x: number; y: number };
    borderline: SalienceAside[];
    unclassified: SalienceAside[];
    keyed: SalienceAside[];
    counts: Partial<Record<SalienceClass, number>>;
}

const ROW = 18,
    NAME_MAX = 180,
    LABEL_SIZE = 12,
    PANEL_W = 320,
    MARGIN = 16;

function valueText(v: number | null): string {
    return v === null ? 'not given' : String(v);
}

function detailOf(s: ProcessStakeholder): string {
    return `power ${valueText(s.power)} · legitimacy ${valueText(s.salience.legitimacy)} · urgency ${valueText(s.salience.urgency)}`;
}

interface Geometry {
    r: number;
    centres: Array<[number, number]>;
}

type Span = [number, number];

function subtract(spans: Span[], a: number, b: number): Span[] {
    const out: Span[] = [];
    for (const [x, y] of spans) {
        if (b <= x || a >= y) {
            out.push([x, y]);
            continue;
        }
        if (a > x) out.push([x, a]);
        if (b < y) out.push([b, y]);
    }
    return out;
}

/** The stretches of the horizontal line at `y` inside the region, at least `margin` from every circle's edge. */
function lineSpans(g: Geometry, region: { p: boolean; l: boolean; u: boolean }, y: number, margin: number, x0: number, x1: number): Span[] {
    const want = [region.p, region.l, region.u];
    let spans: Span[] = [[x0, x1]];
    for (let k = 0; k < 3 && spans.length > 0; k++) {
        const [cx, cy] = g.centres[k];
        const r = want[k] ? g.r - margin : g.r + margin;
        const h = r * r - (y - cy) * (y - cy);
        if (want[k]) {
            if (h <= 0) return [];
            const w = Math.sqrt(h);
            const next: Span[] = [];
            for (const [a, b] of spans)
                if (Math.min(b, cx + w) > Math.max(a, cx - w)) next.push([Math.max(a, cx - w), Math.min(b, cx + w)]);
            spans = next;
        } else if (h > 0) {
            const w = Math.sqrt(h);
            spans = subtract(spans, cx - w, cx + w);
        }
    }
    return spans;
}

function intersect(a: Span[], b: Span[]): Span[] {
    const out: Span[] = [];
    for (const [x, y] of a) for (const [u, v] of b) if (Math.min(y, v) > Math.max(x, u)) out.push([Math.max(x, u), Math.min(y, v)]);
    return out;
}

/** Horizontal stretches of a row where a text line (12 px high) fits inside the region. */
function rowIntervals(g: Geometry, region: (typeof REGIONS)[number], y: number, x0: number, x1: number): Span[] {
    // Chords of a disc are shortest at the box's top or bottom edge; a circle to keep out of is widest at its
    // centre line, so that line is checked too when it crosses the box.
    const lines = [y - 7, y + 6, ...g.centres.map(c => c[1]).filter(cy => cy > y - 7 && cy < y + 6)];
    return lines.map(line => lineSpans(g, region, line, 4, x0, x1)).reduce(intersect);
}

interface Item {
    w: number;
    text: string;
    number: number | null;
    s: ProcessStakeholder | null;
}

/** The area of a region (in px², sampled by lines) and the height of its centre of mass. */
function regionStats(
    g: Geometry,
    region: (typeof REGIONS)[number],
    bounds: { x0: number; x1: number; y0: number; y1: number },
): { area: number; cy: number } {
    let sy = 0,
        area = 0;
    for (let y = bounds.y0; y <= bounds.y1; y += 10) {
        for (const [a, b] of lineSpans(g, region, y, 0, bounds.x0, bounds.x1)) {
            sy += y * (b - a);
            area += (b - a) * 10;
        }
    }
    return { area, cy: area > 0 ? (sy * 10) / area : bounds.y0 };
}

/** Packs items into the region's rows nearest its centre; undefined when they do not all fit. */
function pack(
    g: Geometry,
    region: (typeof REGIONS)[number],
    items: Item[],
    bounds: { x0: number; x1: number; y0: number; y1: number },
    stats: { area: number; cy: number },
): Array<{ item: Item; x: number; y: number }> | undefined {
    // Labels never fill a curved region completely: past 70 % of its area, packing is bound to fail.
    if (stats.area === 0 || items.reduce((sum, item) => sum + item.w * ROW, 0) > stats.area * 0.7) return undefined;
    const cy = stats.cy;
    const rows: number[] = [];
    for (let y = bounds.y0 + ROW / 2; y <= bounds.y1; y += ROW) rows.push(y);
    // Start near the region's centre and spread out, so few names sit in the middle of their region.
    const offset = (cy - rows[0]) % ROW;
    const shifted = rows.map(y => y + offset - ROW / 2).filter(y => y > bounds.y0 && y < bounds.y1);
    shifted.sort((a, b) => Math.abs(a - cy) - Math.abs(b - cy));
    const placed: Array<{ item: Item; x: number; y: number }> = [];
    let next = 0;
    for (const y of shifted) {
        if (next >= items.length) break;
        for (const [a, b] of rowIntervals(g, region, y, bounds.x0, bounds.x1)) {
            const row: Item[] = [];
            let used = 0;
            while (next < items.length && used + items[next].w <= b - a) {
                row.push(items[next]);
                used += items[next].w;
                next++;
            }
            let x = a + (b - a - used) / 2;
            for (const item of row) {
                placed.push({ item, x, y });
                x += item.w;
            }
            if (next >= items.length) break;
        }
    }
    return next >= items.length ? placed : undefined;
}

/** Options of {@link layoutSalience}. */
export interface SalienceOptions {
    /** The width to lay out for; below the drawing and its panel side by side, the panel goes under. */
    width?: number;
}

/** Lays out the salience diagram. Pure and deterministic. */
export function layoutSalience(input: ProcessInput, options: SalienceOptions = {}): SalienceLayout {
    const classified = input.stakeholders.filter(s => s.salience.class !== null);
    const byClass = new Map<SalienceClass, ProcessStakeholder[]>();
    for (const s of classified) {
        const list = byClass.get(s.salience.class!);
        if (list) list.push(s);
        else byClass.set(s.salience.class!, [s]);
    }
    const counts: Partial<Record<SalienceClass, number>> = {};
    for (const [cls, list] of byClass) counts[cls] = list.length;
    const attempt = (r: number, numbers: boolean, nameMax = NAME_MAX) => {
        const s = r * 1.02;
        const cx = MARGIN + r + s / 2,
            cy = 44 + r;
        const g: Geometry = {
            r,
            centres: [
                [cx - s / 2, cy],
                [cx + s / 2, cy],
                [cx, cy + s * 0.866],
            ],
        };
        const bounds = { x0: MARGIN, x1: cx + s / 2 + r, y0: cy - r, y1: cy + s * 0.866 + r };
        const placements = new Map<SalienceClass, Array<{ item: Item; x: number; y: number }>>();
        const keyed: ProcessStakeholder[] = [];
        let fits = true;
        for (const region of REGIONS) {
            const members = byClass.get(region.cls) ?? [];
            const stats = regionStats(g, region, bounds);
            const text = `${region.label} ${members.length}`;
            // Captions are bold italic: measured wide, with room before the first name.
            const caption: Item = { w: textWidth(text, 12) + 18, text, number: null, s: null };
            const named = (max: number) =>
                members.map((m): Item => {
                    const label = truncate(m.name, max, LABEL_SIZE);
                    return { w: 14 + textWidth(label, LABEL_SIZE) * 1.1 + 12, text: label, number: null, s: m };
                });
            // Whole names where the region has room; shorter ones only in a region that needs them.
            let placed = pack(g, region, [caption, ...named(NAME_MAX)], bounds, stats);
            if (!placed && nameMax < NAME_MAX) placed = pack(g, region, [caption, ...named(nameMax)], bounds, stats);
            if (!placed && numbers) {
                const numbered = members.map((m, k): Item => ({ w: 24, text: '', number: keyed.length + k + 1, s: m }));
                placed = pack(g, region, [caption, ...numbered], bounds, stats);
                // Even numbers do not fit: the region keeps its caption and its members go to the key alone.
                if (!placed) placed = pack(g, region, [caption], bounds, stats) ?? [];
                keyed.push(...members);
            }
            if (!placed) {
                fits = false;
                break;
            }
            placements.set(region.cls, placed);
        }
        return { g, placements, keyed, fits };
    };
    // Names at the smallest size that holds them all; past that, numbered dots with a key.
    // Circles no wider than the width given: three radii and a little, plus the margins.
    const maxR = options.width !== undefined ? Math.max(100, (options.width - 2 * MARGIN) / 3.02) : Infinity;
    const sizes = (list: number[]) => {
        const fit = list.filter(r => r <= maxR);
        return fit.length > 0 ? fit : [Math.floor(maxR)];
    };
    let chosen: ReturnType<typeof attempt> | undefined;
    // A compact drawing with names cut shorter reads better than a sprawling one with whole names.
    // Past a hundred classified stakeholders names cannot all be legible: go straight to numbers.
    for (const r of classified.length > 100 ? [] : sizes([150, 185, 225, 270, 320])) {
        chosen = attempt(r, false);
        if (!chosen.fits && r > 150) chosen = attempt(r, false, 120);
        if (chosen.fits) break;
    }
    if (!chosen?.fits) {
        // Crowded: a size where most regions keep their names, the crowded ones numbered.
        for (const r of sizes([225, 270, 320, 380])) {
            chosen = attempt(r, true);
            if (chosen.keyed.every(k => chosen!.placements.get(k.salience.class!)?.some(p => p.item.s === k))) break;
        }
    }
    const { g, placements, keyed } = chosen!;
    const numberOf = new Map(keyed.map((s, k) => [s.id, k + 1]));
    const dots: SalienceDot[] = [];
    const captions: SalienceLayout['captions'] = [];
    for (const region of REGIONS) {
        for (const { item, x, y } of placements.get(region.cls) ?? []) {
            if (!item.s) {
                captions.push({ cls: region.cls, text: item.text, x: x + 6, y: y + 4 });
                continue;
            }
            const number = numberOf.get(item.s.id) ?? null;
            dots.push({
                id: item.s.id,
                name: item.s.name,
                cls: region.cls,
                x: number !== null ? x + 12 : x + 7,
                y,
                text: number !== null ? null : item.text,
                number,
                current: item.s.current,
                title: `${item.s.name}: ${region.label.toLowerCase()} (${detailOf(item.s)}). ${SALIENCE_NOTES[region.cls]}`,
            });
        }
    }
    const [p, l, u] = g.centres;
    const drawingRight = l[0] + g.r + MARGIN;
    const y = u[1] + g.r + 40;
    // Stakeholders with none of the three attributes sit outside the circles, in a box of their own.
    const outsideMembers = byClass.get('non-stakeholder') ?? [];
    const boxW = Math.max(Math.min(320, (options.width ?? 320) - 2 * MARGIN), drawingRight - 2 * MARGIN);
    const outsideDots: SalienceDot[] = [];
    let ox = MARGIN + 10,
        oy = y + 40;
    for (const m of outsideMembers) {
        const text = truncate(m.name, NAME_MAX, LABEL_SIZE);
        const w = 14 + textWidth(text, LABEL_SIZE) * 1.1 + 12;
        if (ox + w > MARGIN + boxW - 6 && ox > MARGIN + 10) {
            ox = MARGIN + 10;
            oy += ROW;
        }
        outsideDots.push({
            id: m.id,
            name: m.name,
            cls: 'non-stakeholder',
            x: ox + 7,
            y: oy,
            text,
            number: null,
            current: m.current,
            title: `${m.name}: none of the three (${detailOf(m)}). ${SALIENCE_NOTES['non-stakeholder']}`,
        });
        ox += w;
    }
    const outside = { x: MARGIN, y, w: boxW, h: 40 + (outsideMembers.length > 0 ? oy - y - 12 + ROW : 14) };
    const width = Math.max(options.width ?? 0, drawingRight);
    const side = width - drawingRight >= PANEL_W || options.width === undefined;
    const panel = side ? { x: drawingRight + 8, y: 40 } : { x: MARGIN, y: outside.y + outside.h + 30 };
    const borderline = (byClass.get('borderline') ?? []).map(s => ({ id: s.id, name: s.name, detail: detailOf(s), current: s.current }));
    const unclassified = input.stakeholders
        .filter(s => s.salience.class === null)
        .map(s => ({
            id: s.id,
            name: s.name,
            detail:
                s.salience.legitimacy === null && s.salience.urgency === null
                    ? 'legitimacy and urgency not given'
                    : `${s.salience.legitimacy === null ? 'legitimacy' : 'urgency'} not given`,
            current: s.current,
        }));
    const panelLines = 7 + 2 + borderline.length * 2 + 2 + unclassified.length * 2 + (keyed.length > 0 ? 2 + keyed.length : 0);
    const panelBottom = panel.y + panelLines * 17 + 60;
    return {
        width: side ? Math.max(width, drawingRight + PANEL_W + 8) : width,
        height: Math.max(outside.y + outside.h + 16, panelBottom),
        circles: [
            {
                attribute: 'power',
                label: 'Power',
                cx: p[0],
                cy: p[1],
                r: g.r,
                lx: p[0] - g.r * 0.55,
                ly: p[1] - g.r - 10,
                anchor: 'middle',
            },
            {
                attribute: 'legitimacy',
                label: 'Legitimacy',
                cx: l[0],
                cy: l[1],
                r: g.r,
                lx: l[0] + g.r * 0.55,
                ly: l[1] - g.r - 10,
                anchor: 'middle',
            },
            { attribute: 'urgency', label: 'Urgency', cx: u[0], cy: u[1], r: g.r, lx: u[0], ly: u[1] + g.r + 22, anchor: 'middle' },
        ],
        captions,
        dots,
        outside: { ...outside, dots: outsideDots },
        panel,
        borderline,
        unclassified,
        keyed: keyed.map(s => ({ id: s.id, name: s.name, detail: s.salience.class ?? '', number: numberOf.get(s.id), current: s.current })),
        counts,
    };
}
