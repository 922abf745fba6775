/**
 * A set of boxes bucketed on a uniform grid, so "does this box overlap any of them?" looks only at
 * the boxes nearby. Label placement asks that thousands of times per stakeholder on a crowded grid.
 */
import type { Box } from './text-metrics.js';

const CELL = 48;

/** Boxes that can be asked whether a box overlaps any of them. */
export class BoxIndex {
    private readonly cells = new Map<number, Box[]>();

    constructor(boxes: Iterable<Box> = []) {
        for (const box of boxes) this.add(box);
    }

    /** Adds a box. */
    add(box: Box): void {
        this.forCells(box, key => {
            const list = this.cells.get(key);
            if (list) list.push(box);
            else this.cells.set(key, [box]);
            return false;
        });
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
                const list = this.cells.get(cy * 2 ** 21 + cx);
                if (!list) continue;
                for (const o of list) if (o.x < x + w && x < o.x + o.w && o.y < y + h && y < o.y + o.h) return true;
            }
        }
        return false;
    }

    /** Calls `visit` with the key of every cell `box` touches, until it returns true. */
    private forCells(box: Box, visit: (key: number) => boolean): boolean {
        const x0 = Math.floor(box.x / CELL),
            x1 = Math.floor((box.x + box.w) / CELL);
        const y0 = Math.floor(box.y / CELL),
            y1 = Math.floor((box.y + box.h) / CELL);
        for (let y = y0; y <= y1; y++) {
            // Keys pack both cell coordinates into one number; layouts stay far inside ±2^20 cells.
            for (let x = x0; x <= x1; x++) if (visit(y * 2 ** 21 + x)) return true;
        }
        return false;
    }
}
