import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildModelData } from '../../../language/builder/model-builder.js';
import { analyse } from '../../../language/model/analysis.js';
import { AnalysisMemo } from '../../../language/model/memo.js';
import { indexModel } from '../../../language/model/model-index.js';
import type { ModelData, StakeholderData } from '../../../language/model/types.js';
import { buildWorkspace } from '../../helpers/workspace.js';

describe('AnalysisMemo.list', () => {
    test('maps again only the records between the unchanged start and end', () => {
        const memo = new AnalysisMemo();
        const [a, b, c, d] = [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }];
        const mapped: number[] = [];
        const map = (x: { n: number }) => (mapped.push(x.n), { n: x.n * 10 });
        const first = memo.list('k', [a, b, c], [], map);
        expect(mapped).toEqual([1, 2, 3]);
        const c2 = { n: 33 };
        const second = memo.list('k', [a, b, c2, d], [], map);
        expect(mapped).toEqual([1, 2, 3, 33, 4]);
        expect(second[0]).toBe(first[0]);
        expect(second[1]).toBe(first[1]);
        expect(second.map(x => x.n)).toEqual([10, 20, 330, 40]);
        expect(memo.list('k', [a, b, c2, d], [], map)).toBe(second);
    });

    test('maps everything when the inputs change or the records in between ask for it', () => {
        const memo = new AnalysisMemo();
        const [a, b] = [{ n: 1 }, { n: 2 }];
        let calls = 0;
        const map = (x: { n: number }) => (calls++, x.n);
        memo.list('k', [a, b], ['x'], map);
        memo.list('k', [a, b], ['y'], map);
        expect(calls).toBe(4);
        memo.list('k', [a, { n: 3 }], ['y'], map, () => false);
        expect(calls).toBe(6);
    });
});

/** A seeded sequence of pseudo-random integers below `n`. */
function random(seed: number): (n: number) => number {
    let state = seed;
    return n => {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        return state % n;
    };
}

type Edit = (model: ModelData, pick: (n: number) => number) => ModelData;

function replaceStakeholder(model: ModelData, at: number, change: (s: StakeholderData) => StakeholderData): ModelData {
    return { ...model, stakeholders: model.stakeholders.map((s, i) => (i === at ? change(s) : s)) };
}

/** Record-level edits like those of a keystroke: the edited element's record is replaced, every other record kept. */
const EDITS: Edit[] = [
    (m, pick) =>
        replaceStakeholder(m, pick(m.stakeholders.length), s => ({ ...s, profile: { ...s.profile, aims: [...s.profile.aims, 'x'] } })),
    (m, pick) => replaceStakeholder(m, pick(m.stakeholders.length), s => ({ ...s, power: pick(5) + 1, interest: pick(5) + 1 })),
    (m, pick) => replaceStakeholder(m, pick(m.stakeholders.length), s => ({ ...s, legitimacy: pick(5) + 1, strategy: 'involve' })),
    (m, pick) => replaceStakeholder(m, pick(m.stakeholders.length), s => ({ ...s, id: `${s.id}x` })),
    // A repeated id, then the first of the two edited.
    (m, pick) => replaceStakeholder(m, pick(m.stakeholders.length), s => ({ ...s, id: m.stakeholders[0].id })),
    m => replaceStakeholder(m, 0, s => ({ ...s, urgency: 5, group: 'ngo' })),
    (m, pick) =>
        replaceStakeholder(m, pick(m.stakeholders.length), s => ({ ...s, units: [...s.units, { id: 'Desk', name: null, type: null }] })),
    (m, pick) => ({ ...m, relations: m.relations.filter((_, i) => i !== pick(m.relations.length)) }),
    (m, pick) => ({
        ...m,
        relations: [
            ...m.relations,
            { ...m.relations[pick(m.relations.length)], from: `${m.stakeholders[pick(m.stakeholders.length)].id}.Desk` },
        ],
    }),
    (m, pick) => ({
        ...m,
        assessments: m.assessments.map((a, i) => (i === pick(m.assessments.length) ? { ...a, entries: a.entries.slice(1) } : a)),
    }),
    (m, pick) => ({
        ...m,
        actions: m.actions.map((a, i) => (i === pick(m.actions.length) ? { ...a, status: a.status === 'done' ? null : 'done' } : a)),
    }),
    (m, pick) => ({ ...m, stakeholders: m.stakeholders.filter((_, i) => i !== pick(m.stakeholders.length)) }),
];

/** Reads the Valencia example's model data afresh on each call (the workspace is built once). */
async function valenciaModel(): Promise<() => ModelData> {
    const dir = path.join(__dirname, '../../../examples/valencia');
    const files = Object.fromEntries(readdirSync(dir).map(f => [f, readFileSync(path.join(dir, f), 'utf8')]));
    const ws = await buildWorkspace(files);
    return () => buildModelData(ws.documents.values(), d => d.uri.path);
}

describe('the analysis with a memo', () => {
    test('after every record-level edit, equals the analysis from scratch, and the index finds the same', async () => {
        const valencia = await valenciaModel();
        let model = valencia();
        const memo = new AnalysisMemo();
        const pick = random(20261128);
        for (let step = 0; step < 300; step++) {
            if (model.stakeholders.length < 5 || model.relations.length < 2) model = valencia();
            model = EDITS[pick(EDITS.length)](model, pick);
            const remembered = analyse(model, { today: '2026-06-30', memo });
            const fresh = analyse(model, { today: '2026-06-30' });
            expect(JSON.stringify(remembered), `step ${step}`).toBe(JSON.stringify(fresh));
            const [withMemo, without] = [indexModel(model, remembered, memo), indexModel(model, fresh)];
            for (const id of [
                ...model.stakeholders.map(s => s.id),
                ...model.stakeholders.flatMap(s => s.units.map(u => `${s.id}.${u.id}`)),
            ]) {
                expect(JSON.stringify(withMemo.party(id)), `step ${step}: ${id}`).toBe(JSON.stringify(without.party(id)));
                expect(withMemo.latestAssessment(id)).toEqual(without.latestAssessment(id));
                expect(withMemo.actionStatusesWith(id)).toEqual(without.actionStatusesWith(id));
            }
            expect(withMemo.ownerCandidates).toEqual(without.ownerCandidates);
        }
    });

    test('a keystroke in one stakeholder keeps the analysis of every other', async () => {
        const model = (await valenciaModel())();
        const memo = new AnalysisMemo();
        const before = analyse(model, { today: '2026-06-30', memo });
        const edited = replaceStakeholder(model, 3, s => ({ ...s, profile: { ...s.profile, aims: ['Typed'] } }));
        const after = analyse(edited, { today: '2026-06-30', memo });
        expect(after.stakeholders[3].profile.aims).toEqual(['Typed']);
        after.stakeholders.forEach((s, i) =>
            i === 3 ? expect(s).not.toBe(before.stakeholders[i]) : expect(s).toBe(before.stakeholders[i]),
        );
        expect(after.actions).toBe(before.actions);
        expect(after.review).toBe(before.review);
    });
});
