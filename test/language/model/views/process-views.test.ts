import { describe, expect, test } from 'vitest';
import { layoutGrid } from '../../../../language/model/views/grid-layout.js';
import { layoutPlan } from '../../../../language/model/views/plan-layout.js';
import type { ActionInfo, ProcessInput, ProcessStakeholder, SalienceClass } from '../../../../language/model/views/process-input.js';
import { processInput } from '../../../../language/model/views/process-input.js';
import { reviewView } from '../../../../language/model/views/review-view.js';
import { layoutSalience } from '../../../../language/model/views/salience-layout.js';
import { textWidth } from '../../../../language/model/views/text-metrics.js';
import { layoutTrajectories } from '../../../../language/model/views/trajectory-layout.js';
import { salienceClass } from '../../../../language/model/salience.js';
import { buildWorkspace } from '../../../helpers/workspace.js';

function stakeholder(id: string, extra: Partial<ProcessStakeholder> = {}): ProcessStakeholder {
    return {
        id,
        name: `${id} name`,
        file: 'm.ssc',
        line: 1,
        power: 4,
        interest: 4,
        quadrant: 'manage-closely',
        strategy: 'manage-closely',
        current: 'neutral',
        desired: 'supportive',
        units: [],
        salience: { legitimacy: null, urgency: null, class: null },
        participation: { reached: null, needed: 'involve' },
        trajectory: [],
        ...extra,
    };
}

function action(id: string, extra: Partial<ActionInfo> = {}): ActionInfo {
    return {
        id,
        name: `${id} title`,
        with: [],
        owner: null,
        level: 'consult',
        toward: null,
        channel: null,
        due: '2026-07-15',
        status: 'open',
        doneOn: null,
        reason: null,
        overdue: false,
        file: 'm.ssc',
        line: 2,
        ...extra,
    };
}

function input(stakeholders: ProcessStakeholder[], actions: ActionInfo[], review: Partial<ProcessInput['review']> = {}): ProcessInput {
    return {
        asOf: '2026-06-30',
        stakeholders,
        actions,
        review: { everyMonths: 3, lastAssessment: '2026-03-31', nextDue: '2026-06-30', overdue: false, neverAssessed: [], ...review },
    };
}

describe('the plan on a time axis', () => {
    const city = stakeholder('City', { units: [{ id: 'Planning', name: 'Urban planning' }] });
    const water = stakeholder('Water');
    const plan = input(
        [city, water],
        [
            action('Walks', { with: ['City.Planning'], owner: 'City', due: '2026-05-01', overdue: true }),
            action('Talks', { with: ['Water', 'City'], owner: 'City.Planning', due: '2026-09-30' }),
            action('Old', { with: ['Water'], owner: null, due: '2026-02-01', status: 'done', doneOn: '2026-01-20' }),
            action('Later', { with: ['Water'], owner: 'Water', due: null }),
        ],
    );

    test('by stakeholder: a unit counts for its stakeholder, an action with two stakeholders sits in both bands', () => {
        const p = layoutPlan(plan);
        expect(p.bands.map(b => b.ref)).toEqual(['stakeholder:City', 'stakeholder:Water']);
        expect(p.bands[0].marks.map(m => m.id)).toEqual(['Walks', 'Talks']);
        expect(p.bands[1].marks.map(m => m.id)).toEqual(['Old', 'Talks']);
        expect(p.bands[0].marks[0].status).toBe('overdue');
        expect(p.counts).toEqual({ open: 2, overdue: 1, done: 1, dropped: 0 });
        expect(p.undated.map(u => u.id)).toEqual(['Later']);
    });

    test('by owner: every action once, a unit owner under its qualified name, no owner last', () => {
        const p = layoutPlan(plan, { grouping: 'owner' });
        expect(p.bands.map(b => b.lines.join(' '))).toEqual(['City name', 'City name › Urban planning', 'No owner']);
        expect(p.bands.flatMap(b => b.marks.map(m => m.id)).sort()).toEqual(['Old', 'Talks', 'Walks']);
        expect(p.bands[2].ref).toBeNull();
    });

    test('dates run left to right; as-of and the next review are placed on the axis', () => {
        const p = layoutPlan(plan);
        const byId = new Map(p.bands.flatMap(b => b.marks).map(m => [m.id, m.x]));
        expect(byId.get('Old')!).toBeLessThan(byId.get('Walks')!);
        expect(byId.get('Walks')!).toBeLessThan(p.asOf.x);
        expect(p.asOf.x).toBeLessThanOrEqual(p.nextReview!.x);
        expect(p.nextReview!.x).toBeLessThan(byId.get('Talks')!);
        expect(p.ticks.map(t => t.x)).toEqual([...p.ticks.map(t => t.x)].sort((a, b) => a - b));
        for (const t of p.ticks) expect(t.x).toBeGreaterThanOrEqual(p.plot.x);
    });

    test('100 actions on one stakeholder: names never overlap and stay inside the drawing at the width given', () => {
        const many = Array.from({ length: 100 }, (_, k) =>
            action(`A${k}`, {
                with: ['City'],
                name: `A fairly long action title number ${k}`,
                due: `2026-${String(1 + (k % 12)).padStart(2, '0')}-15`,
            }),
        );
        for (const width of [600, 980]) {
            const p = layoutPlan(input([city], many), { width });
            const boxes = p.bands[0].marks.map(m => {
                const w = textWidth(m.label.text, 12);
                return { x: m.label.anchor === 'end' ? m.label.x - w : m.label.x, y: m.label.y - 12, w, h: 15 };
            });
            for (const b of boxes) expect(b.x + b.w).toBeLessThanOrEqual(width);
            for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i],
                        b = boxes[j];
                    expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h, `${i} and ${j} at ${width}`).toBe(
                        false,
                    );
                }
            }
            expect(p.width).toBe(width);
        }
    });

    test('no actions: an empty plan, no bands', () => {
        const p = layoutPlan(input([city], []));
        expect(p.bands).toEqual([]);
        expect(p.total).toBe(0);
    });
});

describe('the review page', () => {
    const entry = (label: string, date: string, level: string, power: number | null = null, interest: number | null = null) => ({
        label,
        date,
        level,
        power,
        interest,
    });
    const rising = stakeholder('Rising', {
        trajectory: [entry('Q1', '2026-03-31', 'neutral', 2, 4), entry('Q2', '2026-06-30', 'supportive', 4, 4)],
    });
    const falling = stakeholder('Falling', {
        trajectory: [entry('Q0', '2025-12-31', 'leading'), entry('Q1', '2026-03-31', 'leading'), entry('Q2', '2026-06-30', 'neutral')],
    });
    const moved = stakeholder('Moved', {
        trajectory: [entry('Q1', '2026-03-31', 'neutral', 4, 2), entry('Q2', '2026-06-30', 'neutral', 4, 3)],
    });
    const once = stakeholder('Once', { trajectory: [entry('Q2', '2026-06-30', 'neutral')] });
    const never = stakeholder('Never', {
        current: 'resistant',
        desired: 'supportive',
        participation: { reached: 'inform', needed: 'involve' },
    });
    const view = reviewView(
        input(
            [rising, falling, moved, once, never],
            [
                action('Late', { with: ['Rising'], owner: 'Rising', due: '2026-06-01', overdue: true }),
                action('Soon', { with: ['Falling'], due: '2026-06-30' }),
                action('Far', { with: ['Falling'], due: '2026-12-01' }),
                action('Gone', { with: ['Never'], due: '2026-05-01', status: 'dropped' }),
            ],
            { neverAssessed: ['Never'], nextDue: '2026-09-30' },
        ),
    );

    test('the change between the last two assessments: level up or down, grid moves with the quadrant, losses first', () => {
        expect(view.changes.map(c => [c.id, c.kind, c.levelDelta])).toEqual([
            ['Falling', 'down', -2],
            ['Rising', 'up', 1],
            ['Moved', 'moved', 0],
        ]);
        expect(view.changes.find(c => c.id === 'Rising')!.moves).toEqual(['power 2 → 4', 'quadrant keep-informed → manage-closely']);
        expect(view.changes.find(c => c.id === 'Moved')!.moves).toEqual(['interest 2 → 3', 'quadrant keep-satisfied → borderline']);
        expect(view.changes.find(c => c.id === 'Falling')!.previous.label).toBe('Q1');
        expect(view.assessedOnce.map(s => s.id)).toEqual(['Once']);
    });

    test('overdue actions with their days, open actions due before the next review, never assessed, gaps and shortfalls', () => {
        expect(view.overdueActions.map(a => [a.id, a.days])).toEqual([['Late', 29]]);
        expect(view.upcoming.map(a => [a.id, a.days])).toEqual([['Soon', 0]]);
        expect(view.neverAssessed).toEqual([{ id: 'Never', name: 'Never name' }]);
        // A dropped action does not answer a gap.
        expect(view.gapsWithoutAction.map(g => g.id)).toEqual(['Moved', 'Once', 'Never']);
        expect(view.shortfalls.length).toBe(5);
        expect(view.shortfalls.find(x => x.id === 'Never')).toEqual({
            id: 'Never',
            name: 'Never name',
            reached: 'inform',
            needed: 'involve',
        });
        expect(view.daysPastDue).toBe(-92);
    });
});

describe('the salience diagram', () => {
    const REGION: Record<string, [boolean, boolean, boolean]> = {
        definitive: [true, true, true],
        dominant: [true, true, false],
        dangerous: [true, false, true],
        dependent: [false, true, true],
        dormant: [true, false, false],
        discretionary: [false, true, false],
        demanding: [false, false, true],
    };
    const values: Array<[number, number, number]> = [
        [4, 4, 4],
        [4, 4, 2],
        [4, 2, 4],
        [2, 4, 4],
        [4, 2, 2],
        [2, 4, 2],
        [2, 2, 4],
        [2, 2, 2],
        [3, 4, 4],
    ];
    function people(count: number): ProcessStakeholder[] {
        return Array.from({ length: count }, (_, i) => {
            const [p, l, u] = values[i % values.length];
            return stakeholder(`S${i}`, {
                name: `Stakeholder ${i} with a name`,
                power: p,
                salience: { legitimacy: l, urgency: u, class: salienceClass(p, l, u) as SalienceClass },
            });
        });
    }

    test.each([9, 60, 200])('with %i stakeholders every classified one is drawn inside its own region, or keyed by number', count => {
        const list = people(count);
        list.push(stakeholder('Loose', { salience: { legitimacy: 4, urgency: null, class: null } }));
        const s = layoutSalience(input(list, []));
        const [p, l, u] = s.circles;
        for (const d of s.dots) {
            const want = REGION[d.cls];
            [p, l, u].forEach((c, k) => {
                const inside = Math.hypot(d.x - c.cx, d.y - c.cy) < c.r;
                expect(inside, `${d.id} (${d.cls}) against ${c.attribute}`).toBe(want[k]);
            });
        }
        const drawn = new Set([...s.dots, ...s.outside.dots].map(d => d.id));
        const keyed = new Set(s.keyed.map(k => k.id));
        for (const x of list.filter(x => x.salience.class !== null && x.salience.class !== 'borderline'))
            expect(drawn.has(x.id) || keyed.has(x.id), x.id).toBe(true);
        expect(s.borderline.map(b => b.id)).toEqual(list.filter(x => x.salience.class === 'borderline').map(x => x.id));
        expect(s.unclassified).toEqual([{ id: 'Loose', name: 'Loose name', detail: 'urgency not given', current: 'neutral' }]);
        expect(s.outside.dots.length).toBe(list.filter(x => x.salience.class === 'non-stakeholder').length);
    });

    test('a small model is drawn by name, with no numbered key', () => {
        const s = layoutSalience(input(people(9), []));
        expect(s.keyed).toEqual([]);
        expect(s.dots.every(d => d.text !== null)).toBe(true);
    });

    test('narrow: the side lists go under the drawing', () => {
        const s = layoutSalience(input(people(9), []), { width: 560 });
        expect(s.panel.y).toBeGreaterThan(s.outside.y);
    });
});

describe('trajectories on the grid', () => {
    test("oldest to newest, ending on the stakeholder's own marker; entries without a position are skipped", async () => {
        const analysis = (
            await buildWorkspace(`
stakeholder A "Alpha" : citizens { power 4 interest 4 }
stakeholder B "Beta" : citizens { power 4 interest 4 }
stakeholder C "Gamma" : citizens { engagement neutral }
`)
        ).analysis();
        const base = processInput(analysis);
        const traj = (id: string) => {
            if (id === 'A')
                return [
                    { date: '2026-01-31', label: 'Q1', level: 'neutral', power: 2, interest: 2 },
                    { date: '2026-03-31', label: 'Q2', level: 'neutral', power: null, interest: null },
                    { date: '2026-06-30', label: 'Q3', level: 'supportive', power: 4, interest: 4 },
                ];
            if (id === 'C') return [{ date: '2026-06-30', label: 'Q3', level: 'neutral', power: 2, interest: 5 }];
            return [];
        };
        const withTrajectories = { ...base, stakeholders: base.stakeholders.map(s => ({ ...s, trajectory: traj(s.id) })) };
        const grid = layoutGrid(analysis);
        const layer = layoutTrajectories(grid, withTrajectories);
        expect(layer.trajectories.map(t => t.id)).toEqual(['A', 'C']);
        const a = layer.trajectories[0];
        expect(a.points.map(p => p.label)).toEqual(['Q1', 'Q3']);
        const marker = grid.points.find(p => p.id === 'A')!;
        expect(a.points[1]).toMatchObject({ x: marker.cx, y: marker.cy });
        expect(a.points[0].x).toBeLessThan(a.points[1].x);
        expect(a.points[0].y).toBeGreaterThan(a.points[1].y);
        expect(a.level).toBe('supportive');
        expect(layer.trajectories[1].placed).toBe(false);
        expect(layer.moving).toBe(1);
    });
});
