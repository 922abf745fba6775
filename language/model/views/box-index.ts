/**
 * A set of boxes bucketed on a uniform grid, so "does this box overlap any of them?" looks only at
 * the boxes nearby. Label placement asks that thousands of times per stakeholder on a crowded grid.
 */
import type { Box } from './text-metrics.js';

const CELL = 48;
/** Cells with both coordinates in [0, DENSE) live in an array (the drawings' usual area, 6,144 px square); others in a map. */
const DENSE = 128;

/** Boxes that can be asked whether a box overlaps any of them. */
export class BoxIndex {
    private readonly dense: Array<Box[] | undefined> = new Array<Box[] | undefined>(DENSE * DENSE);
    private readonly sparse = new Map<number, Box[]>();
    /** Every box added, in order (a {@link SizedProbe} raster starts from them). */
    private readonly all: Box[] = [];
    private readonly probes: SizedProbe[] = [];

    constructor(boxes: Iterable<Box> = []) {
        for (const box of boxes) this.add(box);
    }

    /** Adds a box. */
    add(box: Box): void {
        this.all.push(box);
        for (const probe of this.probes) probe.block(box);
        const x0 = Math.floor(box.x / CELL),
            x1 = Math.floor((box.x + box.w) / CELL);
        const y0 = Math.floor(box.y / CELL),
            y1 = Math.floor((box.y + box.h) / CELL);
        for (let cy = y0; cy <= y1; cy++) {
            for (let cx = x0; cx <= x1; cx++) {
                const list = this.cell(cx, cy);
                if (list) list.push(box);
                else if (cx >= 0 && cy >= 0 && cx < DENSE && cy < DENSE) this.dense[cy * DENSE + cx] = [box];
                // Keys pack both cell coordinates into one number; layouts stay far inside ±2^20 cells.
                else this.sparse.set(cy * 2 ** 21 + cx, [box]);
            }
        }
    }

    /** Whether `box` overlaps a box of the set (touching edges do not count). */
    hits(box: Box): boolean {
        return this.hitsAt(box.x, box.y, box.w, box.h);
    }

    /** {@link hits} for a box given by its coordinates: label searches probe thousands of places without allocating a box each. */
    hitsAt(x: number, y: number, w: number, h: number): boolean {
        const x0 = Math.floor(x / CELL),
            x1 = Math.floor((x + w) / CELL);
        const y0 = Math.floor(y / CELL),
            y1 = Math.floor((y + h) / CELL);
        for (let cy = y0; cy <= y1; cy++) {
            for (let cx = x0; cx <= x1; cx++) {
                const list = this.cell(cx, cy);
                if (!list) continue;
                for (let i = 0; i < list.length; i++) {
                    const o = list[i];
                    if (o.x < x + w && x < o.x + o.w && o.y < y + h && y < o.y + o.h) return true;
                }
            }
        }
        return false;
    }

    /**
     * The prober of `w`×`h` boxes placed inside `area` (one per size, kept up to date as boxes are
     * added): it gives the answers of {@link hitsAt}, faster when the same size is probed many times.
     */
    sized(w: number, h: number, area: Box): SizedProbe {
        let probe = this.probes.find(p => p.w === w && p.h === h && sameBox(p.area, area));
        if (!probe) {
            probe = new SizedProbe(this, w, h, area);
            this.probes.push(probe);
        }
        return probe;
    }

    /** The boxes added so far. */
    boxes(): readonly Box[] {
        return this.all;
    }

    private cell(cx: number, cy: number): Box[] | undefined {
        return cx >= 0 && cy >= 0 && cx < DENSE && cy < DENSE ? this.dense[cy * DENSE + cx] : this.sparse.get(cy * 2 ** 21 + cx);
    }
}

function sameBox(a: Box, b: Box): boolean {
    return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}

/** Side in pixels of a raster cell of {@link SizedProbe}. */
const RASTER_CELL = 2;
/** Exact probes of one size before its raster is drawn: a label searched once (a name) never pays for one. */
const RASTER_AFTER = 4000;
/** How far inside a blocked region a raster cell must lie: far above any rounding error of pixel coordinates. */
const MARGIN = 1e-6;

/**
 * {@link BoxIndex.hitsAt} for boxes of one size. A crowded grid probes hundreds of places per
 * label, nearly all of them taken; once a size has been probed often, a raster marks the cells
 * where a box of that size (its top-left corner) surely overlaps a box of the set, so most probes
 * are answered by one array read. Cells are marked only when they lie wholly inside a blocked
 * region with a margin, so a marked cell never disagrees with the exact test; unmarked cells (free,
 * or on the edge of a blocked region) get the exact test.
 */
export class SizedProbe {
    private raster: Uint8Array | undefined;
    private readonly columns: number;
    private readonly rows: number;
    private count = 0;

    constructor(
        private readonly index: BoxIndex,
        readonly w: number,
        readonly h: number,
        readonly area: Box,
    ) {
        this.columns = Math.max(0, Math.ceil(area.w / RASTER_CELL) + 1);
        this.rows = Math.max(0, Math.ceil(area.h / RASTER_CELL) + 1);
    }

    /** Whether a `w`×`h` box with its top-left corner at (x, y) overlaps a box of the index. */
    hitsAt(x: number, y: number): boolean {
        const raster = this.raster;
        if (raster) {
            const i = Math.floor((x - this.area.x) / RASTER_CELL),
                j = Math.floor((y - this.area.y) / RASTER_CELL);
            if (i >= 0 && j >= 0 && i < this.columns && j < this.rows && raster[j * this.columns + i] === 1) return true;
        } else if (++this.count > RASTER_AFTER) {
            this.raster = new Uint8Array(this.columns * this.rows);
            for (const box of this.index.boxes()) this.block(box);
        }
        return this.index.hitsAt(x, y, this.w, this.h);
    }

    /** The raster (cell index = {@link rowStart} + {@link column}; 1 = surely taken), once drawn. */
    marks(): Uint8Array | undefined {
        return this.raster;
    }

    /** The raster column of the top-left corner x (inside the area). */
    column(x: number): number {
        return Math.floor((x - this.area.x) / RASTER_CELL);
    }

    /** The index of the first raster cell of the row of the top-left corner y (inside the area). */
    rowStart(y: number): number {
        return Math.floor((y - this.area.y) / RASTER_CELL) * this.columns;
    }

    /** Marks the cells where this size's box surely overlaps `box` (called by the index for each added box). */
    block(box: Box): void {
        const raster = this.raster;
        if (!raster) return;
        // Top-left corners (x, y) that overlap `box`: box.x - w < x < box.x + box.w, and the same for y.
        const i0 = Math.max(0, Math.ceil((box.x - this.w + MARGIN - this.area.x) / RASTER_CELL)),
            i1 = Math.min(this.columns - 1, Math.floor((box.x + box.w - MARGIN - this.area.x) / RASTER_CELL) - 1);
        const j0 = Math.max(0, Math.ceil((box.y - this.h + MARGIN - this.area.y) / RASTER_CELL)),
            j1 = Math.min(this.rows - 1, Math.floor((box.y + box.h - MARGIN - this.area.y) / RASTER_CELL) - 1);
        for (let j = j0; j <= j1; j++) raster.fill(1, j * this.columns + i0, j * this.columns + i1 + 1);
    }
}
