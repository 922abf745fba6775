import { describe, expect, test } from 'vitest';
import { BoxIndex } from '../../../../language/model/views/box-index.js';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
    let a = seed;
    return () => {
        a = (a * 1103515245 + 12345) % 2 ** 31;
        return a / 2 ** 31;
    };
}

describe('box index', () => {
    test('a box overlaps only boxes it shares area with; touching edges do not count', () => {
        const index = new BoxIndex([{ x: 10, y: 10, w: 20, h: 10 }]);
        expect(index.hitsAt(29, 19, 5, 5)).toBe(true);
        expect(index.hitsAt(30, 10, 5, 5)).toBe(false);
        expect(index.hitsAt(0, 20, 50, 5)).toBe(false);
        index.add({ x: 200, y: 200, w: 1, h: 1 });
        expect(index.hits({ x: 199.5, y: 199.5, w: 1, h: 1 })).toBe(true);
    });

    test('the prober of one size answers like the exact test, before and after its raster, with boxes added between probes', () => {
        const next = random(42);
        const area = { x: 96.5, y: 24, w: 600, h: 400 };
        const index = new BoxIndex();
        const exact = new BoxIndex();
        const probe = index.sized(17, 15, area);
        let raster = 0,
            hits = 0;
        for (let round = 0; round < 400; round++) {
            // Fractional coordinates, as the sunflower spread gives markers, and boxes sitting exactly on raster cell edges.
            const box =
                round % 3 === 0
                    ? { x: area.x + 2 * Math.floor(next() * 300), y: area.y + 2 * Math.floor(next() * 200), w: 16, h: 15 }
                    : { x: area.x + next() * 600, y: area.y + next() * 400, w: 4 + next() * 40, h: 4 + next() * 20 };
            index.add(box);
            exact.add(box);
            for (let k = 0; k < 40; k++) {
                // Probe right at the edges of the new box too: that is where a raster could be wrong.
                const [x, y] =
                    k % 4 === 0
                        ? [box.x - 17, box.y + 1]
                        : k % 4 === 1
                          ? [box.x + box.w, box.y - 15 + 1e-9]
                          : [area.x + next() * (area.w - 17), area.y + next() * (area.h - 15)];
                const expected = exact.hitsAt(x, y, 17, 15);
                expect(probe.hitsAt(x, y), `probe at ${x}, ${y} after ${round} boxes`).toBe(expected);
                if (expected) hits++;
                raster++;
            }
        }
        // The run went well past the point where the prober draws its raster, and found both answers.
        expect(raster).toBeGreaterThan(10_000);
        expect(hits).toBeGreaterThan(1000);
        expect(raster - hits).toBeGreaterThan(100);
    });

    test('one prober per size and area', () => {
        const index = new BoxIndex();
        const area = { x: 0, y: 0, w: 100, h: 100 };
        expect(index.sized(10, 15, area)).toBe(index.sized(10, 15, { ...area }));
        expect(index.sized(10, 15, area)).not.toBe(index.sized(11, 15, area));
    });
});
