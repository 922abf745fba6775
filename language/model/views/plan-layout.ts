/**
 * The engagement plan on a time axis as positioned plain data: one band per stakeholder (or per
 * owner), each action a marker at its due date with its name beside it, packed into as few lanes
 * as the names allow; the `as-of` date and the next review drawn across every band.
 */
import { byDue, daysBetween, refName, stakeholderOf, type ActionInfo, type ProcessInput } from './process-input.js';
import { textWidth, truncate, wrapText } from './text-metrics.js';

/** How the plan is grouped into bands. */
export type PlanGrouping = 'stakeholder' | 'owner';

/** An action's status as drawn: an open action past its due date is `overdue`. */
export type PlanStatus = 'open' | 'overdue' | 'done' | 'dropped';

/** One action marker with its label. */
export interface PlanMark {
    id: string;
    name: string;
    status: PlanStatus;
    due: string;
    x: number;
    y: number;
    label: { x: number; y: number; anchor: 'start' | 'end'; text: string };
    /** A one-line description for the tooltip. */
    title: string;
}

/** One band of the plan: a stakeholder or an owner with its actions. */
export interface PlanBand {
    /** `stakeholder:ID` of the band's stakeholder, or null for "no stakeholder" / "no owner". */
    ref: string | null;
    lines: string[];
    y: number;
    h: number;
    marks: PlanMark[];
}

/** The laid-out plan. */
export interface PlanLayout {
    grouping: PlanGrouping;
    width: number;
    height: number;
    plot: { x: number; y: number; w: number; h: number };
    ticks: Array<{ x: number; text: string }>;
    asOf: { x: number; date: string };
    nextReview: { x: number; date: string } | null;
    bands: PlanBand[];
    /** Actions with no due date, listed below the axis. */
    undated: Array<{ id: string; name: string; status: PlanStatus }>;
    counts: Record<PlanStatus, number>;
    total: number;
}

const BAND_LABEL_W = 190,
    LANE_H = 22,
    BAND_PAD = 8,
    AXIS_H = 44,
    LABEL_SIZE = 12,
    MAX_LABEL = 220,
    MARK_R = 6;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The drawn status of an action. */
export function planStatus(a: Pick<ActionInfo, 'status' | 'overdue'>): PlanStatus {
    return a.status === 'open' && a.overdue ? 'overdue' : a.status;
}

function dayNumber(date: string): number {
    return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

function monthStart(year: number, month: number): number {
    return Math.floor(Date.UTC(year, month, 1) / 86_400_000);
}

/** Month, quarter or year ticks across [from, to] (day numbers), at most about one per 70 px. */
function timeTicks(from: number, to: number, pxPerDay: number): Array<{ day: number; text: string }> {
    const step = [1, 3, 6, 12, 24, 60].find(months => months * 30.4 * pxPerDay >= 70) ?? 120;
    const start = new Date(from * 86_400_000);
    let year = start.getUTCFullYear(),
        month = start.getUTCMonth();
    month = Math.ceil(month / step) * step;
    const ticks: Array<{ day: number; text: string }> = [];
    for (let guard = 0; guard < 400; guard++) {
        year += Math.floor(month / 12);
        month %= 12;
        const day = monthStart(year, month);
        if (day > to) break;
        if (day >= from) ticks.push({ day, text: step >= 12 ? String(year) : `${MONTHS[month]} ${year}` });
        month += step;
    }
    return ticks;
}

interface BandSeed {
    ref: string | null;
    name: string;
    actions: ActionInfo[];
}

function bandsOf(input: ProcessInput, grouping: PlanGrouping): BandSeed[] {
    const order = new Map(input.stakeholders.map((s, i) => [s.id, i]));
    const seeds = new Map<string, BandSeed>();
    const none: BandSeed = { ref: null, name: grouping === 'owner' ? 'No owner' : 'No stakeholder', actions: [] };
    const add = (key: string | null, action: ActionInfo) => {
        if (key === null) {
            none.actions.push(action);
            return;
        }
        let seed = seeds.get(key);
        if (!seed) {
            const known = order.has(stakeholderOf(key));
            seed = { ref: known ? `stakeholder:${stakeholderOf(key)}` : null, name: refName(input, key), actions: [] };
            seeds.set(key, seed);
        }
        if (!seed.actions.includes(action)) seed.actions.push(action);
    };
    for (const action of input.actions) {
        if (grouping === 'owner') add(action.owner, action);
        else if (action.with.length === 0) add(null, action);
        // A unit or ministry counts for its stakeholder: its actions sit in the stakeholder's band.
        else for (const w of action.with) add(stakeholderOf(w), action);
    }
    const rank = (key: string) => order.get(stakeholderOf(key)) ?? Number.MAX_SAFE_INTEGER;
    const sorted = [...seeds.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(e => e[1]);
    return none.actions.length > 0 ? [...sorted, none] : sorted;
}

/** Options of {@link layoutPlan}. */
export interface PlanOptions {
    grouping?: PlanGrouping;
    /** The width to lay out for, in pixels (at least 360). */
    width?: number;
    /**
     * Measured action labels by action id, shared between the two groupings of one report so each
     * name is measured once (measuring is most of the cost at a thousand actions).
     */
    labels?: Map<string, { text: string; w: number }>;
    /** Wrapped band names, shared the same way. */
    bandLines?: Map<string, string[]>;
}

/** Lays out the plan. Pure and deterministic: dates come from the input, never from a clock. */
export function layoutPlan(input: ProcessInput, options: PlanOptions = {}): PlanLayout {
    const grouping = options.grouping ?? 'stakeholder';
    const labels = options.labels ?? new Map<string, { text: string; w: number }>();
    const bandLines = options.bandLines ?? new Map<string, string[]>();
    const width = Math.max(360, Math.round(options.width ?? 980));
    const narrow = width < 760;
    const labelW = width < 520 ? 110 : narrow ? 130 : BAND_LABEL_W;
    const plot = { x: labelW + 16, y: AXIS_H, w: width - labelW - 16 - 16, h: 0 };
    const dated = input.actions.filter(a => a.due !== null);
    const days = [dayNumber(input.asOf), ...dated.map(a => dayNumber(a.due!))];
    if (input.review.nextDue) days.push(dayNumber(input.review.nextDue));
    const span = Math.max(60, Math.max(...days) - Math.min(...days));
    const from = Math.min(...days) - Math.round(span * 0.04) - 7,
        to = Math.max(...days) + Math.round(span * 0.04) + 7;
    const pxPerDay = plot.w / (to - from);
    const xOf = (date: string) => plot.x + (dayNumber(date) - from) * pxPerDay;
    const bands: PlanBand[] = [];
    let y = plot.y;
    for (const seed of bandsOf(input, grouping)) {
        const actions = byDue(seed.actions.filter(a => a.due !== null));
        if (actions.length === 0) continue;
        const lanes: number[] = [];
        const marks: PlanMark[] = [];
        for (const a of actions) {
            const x = xOf(a.due!);
            const status = planStatus(a);
            let measured = labels.get(a.id);
            if (!measured) {
                const text = truncate(a.name ?? a.id, MAX_LABEL, LABEL_SIZE);
                measured = { text, w: textWidth(text, LABEL_SIZE) };
                labels.set(a.id, measured);
            }
            const { text, w } = measured;
            // Names run right of the marker, or left of it when the right edge is too close.
            const anchor: 'start' | 'end' = x + MARK_R + 4 + w > plot.x + plot.w && x - MARK_R - 4 - w >= plot.x ? 'end' : 'start';
            const left = anchor === 'start' ? x - MARK_R - 2 : x - MARK_R - 4 - w - 2;
            const right = anchor === 'start' ? x + MARK_R + 4 + w + 8 : x + MARK_R + 2 + 8;
            let lane = lanes.findIndex(end => end <= left);
            if (lane < 0) {
                lane = lanes.length;
                lanes.push(right);
            } else lanes[lane] = right;
            const my = y + BAND_PAD + lane * LANE_H + LANE_H / 2;
            const late = status === 'overdue' ? `, ${daysBetween(a.due!, input.asOf)} days overdue` : '';
            const done = a.status === 'done' && a.doneOn ? ` on ${a.doneOn}` : a.status === 'dropped' && a.reason ? ` (${a.reason})` : '';
            marks.push({
                id: a.id,
                name: a.name ?? a.id,
                status,
                due: a.due!,
                x,
                y: my,
                label: { x: anchor === 'start' ? x + MARK_R + 4 : x - MARK_R - 4, y: my + 4, anchor, text },
                title:
                    `${a.name ?? a.id}: due ${a.due}, ${a.status}${done}${late}; owner ${refName(input, a.owner) || 'not given'}` +
                    `${a.with.length > 0 ? `; with ${a.with.map(w => refName(input, w)).join(', ')}` : ''}${a.level ? `; IAP2 ${a.level}` : ''}`,
            });
        }
        const h = Math.max(lanes.length * LANE_H + 2 * BAND_PAD, 40);
        const maxLines = Math.max(1, Math.floor((h - 8) / 15));
        const key = `band\u0000${seed.name}\u0000${labelW}\u0000${maxLines}`;
        let lines = bandLines.get(key);
        if (!lines) {
            lines = wrapText(seed.name, labelW - 8, maxLines, LABEL_SIZE);
            bandLines.set(key, lines);
        }
        bands.push({ ref: seed.ref, lines, y, h, marks });
        y += h;
    }
    plot.h = Math.max(y - plot.y, 60);
    const counts: Record<PlanStatus, number> = { open: 0, overdue: 0, done: 0, dropped: 0 };
    for (const a of input.actions) counts[planStatus(a)]++;
    const undated = byDue(input.actions.filter(a => a.due === null)).map(a => ({ id: a.id, name: a.name ?? a.id, status: planStatus(a) }));
    return {
        grouping,
        width,
        height: plot.y + plot.h + AXIS_H + (undated.length > 0 ? 30 + undated.length * 18 : 0),
        plot,
        ticks: timeTicks(from, to, pxPerDay).map(t => ({ x: plot.x + (t.day - from) * pxPerDay, text: t.text })),
        asOf: { x: xOf(input.asOf), date: input.asOf },
        nextReview: input.review.nextDue ? { x: xOf(input.review.nextDue), date: input.review.nextDue } : null,
        bands,
        undated,
        counts,
        total: input.actions.length,
    };
}
