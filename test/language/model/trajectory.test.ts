import { describe, expect, test } from 'vitest';
import { lastChange, trajectories } from '../../../language/model/trajectory.js';

describe('trajectories over assessments', () => {
    const assessments = [
        { label: 'Q2', date: '2026-06-30', entries: [{ stakeholder: 'W', level: 'neutral', power: 4, interest: 4 }] },
        {
            label: 'Q1',
            date: '2026-03-31',
            entries: [
                { stakeholder: 'W', level: 'resistant', power: 4, interest: 2 },
                { stakeholder: 'C', level: 'leading' },
            ],
        },
        { label: 'draft', date: null, entries: [{ stakeholder: 'W', level: 'leading' }] },
    ];
    test('every dated entry naming a stakeholder, oldest first', () => {
        const t = trajectories(assessments);
        expect(t.get('W')).toEqual([
            { date: '2026-03-31', label: 'Q1', level: 'resistant', power: 4, interest: 2 },
            { date: '2026-06-30', label: 'Q2', level: 'neutral', power: 4, interest: 4 },
        ]);
        expect(t.get('C')).toEqual([{ date: '2026-03-31', label: 'Q1', level: 'leading', power: null, interest: null }]);
    });
    test('the last change gives levels gained and whether the grid position moved', () => {
        const t = trajectories(assessments);
        expect(lastChange(t.get('W')!)).toMatchObject({ levelDelta: 1, moved: true });
        expect(lastChange(t.get('C')!)).toBeNull();
    });
});
