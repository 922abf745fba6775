/**
 * The stakeholder onion (clause 4.1 b) as positioned plain data: four rings from the most involved
 * (core) outwards, each stakeholder a numbered marker on its ring, and a key beside the rings.
 */
import type { Analysis } from '../analysis.js';
import { ONION_LAYERS } from '../vocabulary.js';
import { displayName, onionLabel } from './labels.js';
import { textWidth, truncate } from './text-metrics.js';

/** One ring of the onion. */
export interface OnionRing {
    layer: string;
    label: string;
    rIn: number;
    rOut: number;
    count: number;
}

/** A stakeholder marker on a ring. */
export interface OnionDot {
    id: string;
    name: string;
    number: number;
    x: number;
    y: number;
    current: string | null;
    layer: string;
}

/** A line of the key beside the rings. */
export interface OnionKeyLine {
    x: number;
    y: number;
    kind: 'header' | 'entry';
    text: string;
    id?: string;
    number?: number;
    current?: string | null;
    /** The whole name, when `text` is cut. */ full?: string;
}

/** The laid-out onion. */
export interface OnionLayout {
    width: number;
    height: number;
    cx: number;
    cy: number;
    rings: OnionRing[];
    dots: OnionDot[];
    key: OnionKeyLine[];
}

const DOT_SPACING = 25,
    ORBIT_STEP = 24,
    KEY_WIDTH = 270,
    KEY_LINE = 18,
    KEY_HEADER = 26,
    MARGIN = 24;

/** Short sentence about each ring, used in the key headers. */
const RING_HINT: Record<string, string> = {
    core: 'most involved',
    direct: 'interact directly',
    indirect: 'take part indirectly',
    wider: 'wider context, most passive',
};

function arcGap(r: number, label: string): number {
    return r === 0 ? 0 : Math.min(Math.PI / 2, (textWidth(label, 11) / 2 + 14) / r);
}

function capacity(r: number, label: string): number {
    if (r === 0) return 1;
    return Math.max(1, Math.floor(((2 * Math.PI - 2 * arcGap(r, label)) * r) / DOT_SPACING));
}

/** Lays out the onion diagram of an analysis. Pure and deterministic. */
export function layoutOnion(analysis: Analysis): OnionLayout {
    const rings: OnionRing[] = [];
    const placements: Array<{ r: number; members: Analysis['stakeholders']; label: string }> = [];
    let rIn = 0;
    for (const layer of ONION_LAYERS) {
        const members = analysis.stakeholders.filter(s => s.onion === layer);
        const label = onionLabel(layer);
        const orbits: number[] = [];
        let r = rIn === 0 ? (members.length <= 1 ? 0 : 30) : rIn + 24;
        let room = 0;
        while (room < members.length) {
            orbits.push(r);
            room += capacity(r, label);
            r = r === 0 ? 30 : r + ORBIT_STEP;
        }
        let start = 0;
        orbits.forEach((orbit, k) => {
            const remaining = members.length - start;
            const left = orbits.slice(k).reduce((sum, o) => sum + capacity(o, label), 0);
            const take =
                k === orbits.length - 1
                    ? remaining
                    : Math.min(capacity(orbit, label), Math.round((remaining * capacity(orbit, label)) / left));
            placements.push({ r: orbit, members: members.slice(start, start + take), label });
            start += take;
        });
        const rOut = Math.max(rIn + 40, (orbits.length > 0 ? orbits[orbits.length - 1] : rIn) + 26, rIn === 0 ? 46 : 0);
        rings.push({ layer, label, rIn, rOut, count: members.length });
        rIn = rOut;
    }
    const radius = rIn;
    const cx = MARGIN + radius,
        cy = MARGIN + radius;
    const numbers = new Map<string, number>();
    ONION_LAYERS.flatMap(l => analysis.stakeholders.filter(s => s.onion === l)).forEach((s, i) => numbers.set(s.id, i + 1));
    const dots: OnionDot[] = [];
    for (const { r, members, label } of placements) {
        const gap = arcGap(r, label);
        const span = 2 * Math.PI - 2 * gap;
        members.forEach((s, i) => {
            const angle = -Math.PI / 2 + gap + (span * (i + 0.5)) / members.length;
            dots.push({
                id: s.id,
                name: displayName(s),
                number: numbers.get(s.id)!,
                current: s.engagement.current,
                layer: s.onion!,
                x: Math.round((cx + r * Math.cos(angle)) * 10) / 10,
                y: Math.round((cy + r * Math.sin(angle)) * 10) / 10,
            });
        });
    }
    dots.sort((a, b) => a.number - b.number);
    const lines: Array<Omit<OnionKeyLine, 'x' | 'y'>> = [];
    for (const ring of rings) {
        lines.push({ kind: 'header', text: `${ring.label}: ${RING_HINT[ring.layer]}` });
        for (const d of dots.filter(x => x.layer === ring.layer))
            lines.push({
                kind: 'entry',
                text: truncate(d.name, KEY_WIDTH - 40),
                full: d.name,
                id: d.id,
                number: d.number,
                current: d.current,
            });
        if (ring.count === 0) lines.push({ kind: 'entry', text: 'nobody in this ring' });
    }
    const unlayered = analysis.stakeholders.filter(s => !s.onion || !ONION_LAYERS.includes(s.onion as never));
    if (unlayered.length > 0) {
        lines.push({ kind: 'header', text: 'No ring given' });
        for (const s of unlayered)
            lines.push({
                kind: 'entry',
                text: truncate(displayName(s), KEY_WIDTH - 40),
                full: displayName(s),
                id: s.id,
                current: s.engagement.current,
            });
    }
    const heightOf = (l: Omit<OnionKeyLine, 'x' | 'y'>) => (l.kind === 'header' ? KEY_HEADER : KEY_LINE);
    const total = lines.reduce((sum, l) => sum + heightOf(l), 0);
    const columns = Math.max(1, Math.ceil(total / Math.max(2 * radius, 360)));
    const perColumn = total / columns;
    const key: OnionKeyLine[] = [];
    let column = 0,
        y = MARGIN;
    const keyX = 2 * MARGIN + 2 * radius + 16;
    for (const line of lines) {
        if (y - MARGIN >= perColumn && line.kind === 'header' && column < columns - 1) {
            column++;
            y = MARGIN;
        } else if (y - MARGIN >= perColumn + KEY_LINE * 3 && column < columns - 1) {
            column++;
            y = MARGIN;
        }
        y += heightOf(line);
        key.push({ ...line, x: keyX + column * KEY_WIDTH, y });
    }
    const keyHeight = Math.max(...key.map(k => k.y), 0) + MARGIN;
    return {
        width: keyX + columns * KEY_WIDTH,
        height: Math.max(2 * radius + 2 * MARGIN, keyHeight),
        cx,
        cy,
        rings,
        dots,
        key,
    };
}
