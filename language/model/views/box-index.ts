/**
 * A set of boxes bucketed on a uniform grid, so "does this box overlap any of them?" looks only at
 * the boxes nearby. Label placement asks that thousands of times per stakeholder on a crowded grid.
 */
import { overlaps, type Box } from './text-metrics.js';

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
        return this.forCells(box, key => this.cells.get(key)?.some(o => overlaps(o, box)) ?? false);
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
