import { describe, expect, test } from 'vitest';
import { analyse } from '../../../../language/model/analysis.js';
import { renderMermaidGrid } from '../../../../language/model/render/mermaid-grid.js';
import type { ModelData, StakeholderData } from '../../../../language/model/types.js';
import { layoutGrid } from '../../../../language/model/views/grid-layout.js';

function stakeholder(id: string, power: number, interest: number): StakeholderData {
    return {
        file: 'm.ssc',
        line: 1,
        id,
        name: null,
        group: 'citizens',
        custom: false,
        scale: null,
        sector: null,
        categories: [],
        attitude: null,
        roles: [],
        power,
        interest,
        legitimacy: null,
        urgency: null,
        strategy: null,
        strategyNote: null,
        current: null,
        desired: null,
        onion: null,
        profile: { aims: [], challenges: [], potential: [], constraints: [], contributions: [] },
        units: [],
        ministries: [],
    };
}

function chart(points: Array<[string, number, number]>): Map<string, [number, number]> {
    const model: ModelData = {
        programme: null,
        stakeholders: points.map(([id, p, i]) => stakeholder(id, p, i)),
        groups: [],
        relations: [],
        kpis: [],
        grievances: [],
        consultations: [],
        actions: [],
        assessments: [],
    };
    const text = renderMermaidGrid(layoutGrid(analyse(model, { today: '2026-06-30' })));
    const drawn = new Map<string, [number, number]>();
    for (const m of text.matchAll(/^ {4}"([^"]+)": \[([\d.]+), ([\d.]+)\]$/gm)) drawn.set(m[1], [Number(m[2]), Number(m[3])]);
    return drawn;
}

/** Where Mermaid draws a coordinate: above or below the dividing line at 0.5, or on it. */
function side(v: number): 'high' | 'low' | 'line' {
    return v > 0.5 ? 'high' : v < 0.5 ? 'low' : 'line';
}
function half(v: number): 'high' | 'low' | 'line' {
    return v > 3 ? 'high' : v < 3 ? 'low' : 'line';
}

describe('Mermaid quadrantChart of the grid', () => {
    // Crowds at the corners, beside the lines and on them: spreading shared points must never cross a line.
    const crowd = (prefix: string, power: number, interest: number, n: number): Array<[string, number, number]> =>
        Array.from({ length: n }, (_, k) => [`${prefix}${k}`, power, interest]);
    const points: Array<[string, number, number]> = [
        ...crowd('ManageClosely', 4, 4, 15),
        ...crowd('KeepSatisfied', 5, 1, 8),
        ...crowd('KeepInformed', 2, 5, 8),
        ...crowd('Monitor', 1, 2, 8),
        ...crowd('PowerLine', 3, 4, 9),
        ...crowd('InterestLine', 4, 3, 9),
        ...crowd('PowerLineLow', 3, 1, 5),
        ...crowd('InterestLineLow', 2, 3, 5),
    ];
    const drawn = chart(points);

    test.each([
        ['manage-closely (top right)', 'ManageClosely'],
        ['keep-satisfied (top left)', 'KeepSatisfied'],
        ['keep-informed (bottom right)', 'KeepInformed'],
        ['monitor (bottom left)', 'Monitor'],
    ])('every stakeholder of %s is drawn inside that quadrant', (_, prefix) => {
        const mine = points.filter(p => p[0].startsWith(prefix) && !/Line/.test(p[0]));
        for (const [id, power, interest] of mine) {
            const [x, y] = drawn.get(id)!;
            expect([side(x), side(y)], id).toEqual([half(interest), half(power)]);
        }
    });

    test('a stakeholder with power 3 is drawn on the horizontal line, on its own side of the vertical one', () => {
        for (const [id, , interest] of points.filter(p => p[0].startsWith('PowerLine'))) {
            const [x, y] = drawn.get(id)!;
            expect(y, id).toBe(0.5);
            expect(side(x), id).toBe(half(interest));
        }
    });

    test('a stakeholder with interest 3 is drawn on the vertical line, on its own side of the horizontal one', () => {
        for (const [id, power] of points.filter(p => p[0].startsWith('InterestLine'))) {
            const [x, y] = drawn.get(id)!;
            expect(x, id).toBe(0.5);
            expect(side(y), id).toBe(half(power));
        }
    });

    test('stakeholders on both lines share one point at the crossing that names them all', () => {
        const both = chart([
            ['A', 3, 3],
            ['B', 3, 3],
            ['C', 4, 4],
        ]);
        expect(both.get('A, B')).toEqual([0.5, 0.5]);
        expect(both.get('C')).toEqual([0.7, 0.7]);
    });

    test('every placed stakeholder is drawn exactly once', () => {
        expect(drawn.size).toBe(points.length);
    });
});
