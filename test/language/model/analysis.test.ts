import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../../helpers/workspace.js';

describe('analysis of a workspace', () => {
    test('coverage: present, excluded with reason, missing', async () => {
        const ws = await buildWorkspace(`programme P { excludes standards-body "National level", ngo }
        stakeholder A : municipality
        stakeholder B : citizens
        group Media
        stakeholder C : Media`);
        const { coverage } = ws.analysis();
        expect(coverage.present).toEqual(['municipality', 'citizens']);
        expect(coverage.excluded).toEqual([
            { group: 'standards-body', reason: 'National level' },
            { group: 'ngo', reason: null },
        ]);
        expect(coverage.missing).toHaveLength(12 - 2 - 2);
        expect(coverage.missing).not.toContain('citizens');
    });

    test('as-of comes from the programme; consultations before it are past', async () => {
        const ws = await buildWorkspace(`programme P { as-of 2026-06-30 }
        consultation Early { date 2026-03-15 }
        consultation Late { date 2026-09-01 }`);
        const analysis = ws.analysis();
        expect(analysis.programme.asOf).toBe('2026-06-30');
        expect(analysis.consultations.map(c => [c.id, c.past])).toEqual([
            ['Early', true],
            ['Late', false],
        ]);
    });

    test('the latest assessment by date gives the assessed level', async () => {
        const ws = await buildWorkspace(`stakeholder A : citizens { engagement neutral }
        assessment "Q2" on 2026-06-30 { A supportive }
        assessment "Q1" on 2026-03-31 { A resistant }`);
        expect(ws.analysis().stakeholders[0].engagement).toEqual({ current: 'neutral', desired: null, gap: null, assessed: 'supportive' });
    });

    test('stakeholders carry placement, strategies, units and relation counts', async () => {
        const ws =
            await buildWorkspace(`stakeholder A "Council" : municipality { power high interest 3 strategy keep-satisfied "note" unit U "Planning" : urban-planning }
        stakeholder B : citizens { category affected opponent, beneficiary }
        relation A -> B : informs
        relation B <-> A : consults`);
        const [a, b] = ws.analysis().stakeholders;
        expect(a).toMatchObject({
            name: 'Council',
            quadrant: 'borderline',
            strategy: 'keep-satisfied',
            strategyNote: 'note',
            suggestedStrategy: null,
            acceptedStrategies: ['manage-closely', 'keep-satisfied'],
            strategyMatches: true,
            relationCount: 2,
        });
        expect(a.units).toEqual([{ id: 'U', name: 'Planning', type: 'urban-planning', qualifiedId: 'A.U' }]);
        expect(b).toMatchObject({
            categories: ['affected', 'beneficiary'],
            attitude: 'opponent',
            quadrant: 'unplaced',
            suggestedStrategy: null,
        });
    });
});
