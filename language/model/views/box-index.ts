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

    constructor(boxes: Iterable<Box> = []) {
        for (const box of boxes) this.add(box);
    }

    /** Adds a box. */
    add(box: Box): void {
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

    private cell(cx: number, cy: number): Box[] | undefined {
        return cx >= 0 && cy >= 0 && cx < DENSE && cy < DENSE ? this.dense[cy * DENSE + cx] : this.sparse.get(cy * 2 ** 21 + cx);
    }
}
