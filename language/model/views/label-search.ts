/**
 * The wide search for a free place for a grid label, when none of the places right beside its
 * marker is free: a lattice of positions around the marker, tried nearest first. A crowded grid
 * (a thousand stakeholders) runs it for hundreds of labels, each walking hundreds of taken
 * positions, so the walk reads precomputed rows and columns instead of recomputing each position.
 */
import type { SizedProbe } from './box-index.js';

const STEP_X = 10,
    STEP_Y = 8,
    REACH_X = 260,
    REACH_Y = 180;
const COLUMNS = (2 * REACH_X) / STEP_X + 1,
    ROWS = (2 * REACH_Y) / STEP_Y + 1;

/**
 * The lattice positions nearest first (vertical distance counting double), as column and row
 * numbers: dx = column × STEP_X − REACH_X, dy = row × STEP_Y − REACH_Y. Ties keep row-major order.
 */
const ORDER: { column: Uint8Array; row: Uint8Array } = (() => {
    const list: Array<[number, number]> = [];
    for (let row = 0; row < ROWS; row++) for (let column = 0; column < COLUMNS; column++) list.push([column, row]);
    const distance = ([column, row]: [number, number]) => Math.hypot(column * STEP_X - REACH_X, (row * STEP_Y - REACH_Y) * 2);
    list.sort((a, b) => distance(a) - distance(b));
    return { column: Uint8Array.from(list, p => p[0]), row: Uint8Array.from(list, p => p[1]) };
})();

/** Where the box of the label goes: its top-left corner, and whether it lies left of the marker (text anchored at its end). */
export interface FarPlace {
    bx: number;
    by: number;
    before: boolean;
}

/** The inside of the plot a label box must stay in. */
export interface Bounds {
    left: number;
    top: number;
    right: number;
    bottom: number;
}

/** One search at a time; its scratch arrays are reused from label to label. */
export class FarSearch {
    private readonly xs = new Float64Array(COLUMNS);
    private readonly ys = new Float64Array(ROWS);
    /** Raster cell of each column and row (row: its first cell), or −1 when that column or row puts the box outside the bounds. */
    private readonly cellColumn = new Int32Array(COLUMNS);
    private readonly cellRow = new Int32Array(ROWS);

    /**
     * The first lattice position around the marker at (`cx`, `cy`) where a box of the probe's size
     * lies inside `bounds` and overlaps nothing: left of the marker a position is the box's right
     * edge, right of it (and straight above or below) its left edge.
     */
    find(cx: number, cy: number, probe: SizedProbe, bounds: Bounds): FarPlace | undefined {
        const { w, h } = probe;
        const { left, top, right, bottom } = bounds;
        const { xs, ys, cellColumn, cellRow } = this;
        for (let column = 0; column < COLUMNS; column++) {
            const dx = column * STEP_X - REACH_X;
            const bx = dx < 0 ? cx + dx - w : cx + dx;
            xs[column] = bx;
            cellColumn[column] = bx >= left && bx + w <= right ? probe.column(bx) : -1;
        }
        for (let row = 0; row < ROWS; row++) {
            const by = cy + (row * STEP_Y - REACH_Y) - h / 2;
            ys[row] = by;
            cellRow[row] = by >= top && by + h <= bottom ? probe.rowStart(by) : -1;
        }
        const { column: columns, row: rows } = ORDER;
        let marks = probe.marks();
        for (let k = 0; k < columns.length; k++) {
            const column = columns[k],
                row = rows[k];
            const c = cellColumn[column],
                r = cellRow[row];
            if (c < 0 || r < 0 || (marks !== undefined && marks[r + c] === 1)) continue;
            if (!probe.hitsAt(xs[column], ys[row])) return { bx: xs[column], by: ys[row], before: column * STEP_X < REACH_X };
            // The probe may have drawn its raster on that exact test.
            marks ??= probe.marks();
        }
        return undefined;
    }
}
