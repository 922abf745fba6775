import { describe, expect, test } from 'vitest';
import { BoxIndex } from '../../../../language/model/views/box-index.js';
import { FarSearch, type Bounds } from '../../../../language/model/views/label-search.js';

/** The search as first written: every lattice position nearest first, each tested against every nearby box. */
function naive(cx: number, cy: number, w: number, h: number, index: BoxIndex, b: Bounds): { bx: number; by: number } | undefined {
    const offsets: Array<[number, number]> = [];
    for (let dy = -180; dy <= 180; dy += 8) for (let dx = -260; dx <= 260; dx += 10) offsets.push([dx, dy]);
    offsets.sort((p, q) => Math.hypot(p[0], p[1] * 2) - Math.hypot(q[0], q[1] * 2));
    for (const [dx, dy] of offsets) {
        const bx = dx < 0 ? cx + dx - w : cx + dx,
            by = cy + dy - h / 2;
        if (bx >= b.left && by >= b.top && bx + w <= b.right && by + h <= b.bottom && !index.hitsAt(bx, by, w, h)) return { bx, by };
    }
    return undefined;
}

function random(seed: number): () => number {
    let a = seed;
    return () => {
        a = (a * 1103515245 + 12345) % 2 ** 31;
        return a / 2 ** 31;
    };
}

describe('wide label search', () => {
    test('finds the same place as testing every lattice position in turn, as the plot fills up', () => {
        const next = random(7);
        const bounds = { left: 98, top: 26, right: 1094, bottom: 842 };
        const area = { x: bounds.left, y: bounds.top, w: bounds.right - bounds.left, h: bounds.bottom - bounds.top };
        const index = new BoxIndex();
        const search = new FarSearch();
        // Markers crowd around a few points, as on a grid with many stakeholders at the same values.
        const centres = [
            [300, 200],
            [700, 500],
            [150, 800],
            [1050, 100],
        ];
        let found = 0,
            missed = 0;
        for (let n = 0; n < 600; n++) {
            const [x, y] = centres[n % centres.length];
            const cx = x + (next() - 0.5) * 160,
                cy = y + (next() - 0.5) * 160;
            index.add({ x: cx - 8, y: cy - 8, w: 16, h: 16 });
            const w = [9, 17, 25, 60 + Math.round(next() * 100)][n % 4];
            const place = search.find(cx, cy, index.sized(w, 15, area), bounds);
            const expected = naive(cx, cy, w, 15, index, bounds);
            expect(place && { bx: place.bx, by: place.by }, `label ${n}`).toEqual(expected);
            if (place) {
                expect(place.before).toBe(place.bx + w <= cx);
                index.add({ x: place.bx, y: place.by, w, h: 15 });
                found++;
            } else missed++;
        }
        // The plot filled up: both outcomes were checked.
        expect(found).toBeGreaterThan(100);
        expect(missed).toBeGreaterThan(10);
    });
});
