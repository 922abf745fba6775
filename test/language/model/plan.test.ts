import { describe, expect, test } from 'vitest';
import { isOverdue, ownerStakeholder, participationReached, stakeholdersWithActions } from '../../../language/model/plan.js';

const action = (id: string, w: string[], level: string | null, status: string | null, due: string | null = null) => ({
    id,
    with: w,
    level,
    status,
    due,
});

describe('the engagement plan', () => {
    test('a qualified unit or ministry name counts for its stakeholder', () => {
        expect(ownerStakeholder('CityCouncil.Planning')).toBe('CityCouncil');
        expect(ownerStakeholder('Residents')).toBe('Residents');
    });
    test('an open action past due is overdue; done, dropped or due on as-of is not', () => {
        expect(isOverdue(action('a', [], null, 'open', '2026-06-29'), '2026-06-30')).toBe(true);
        expect(isOverdue(action('a', [], null, null, '2026-06-29'), '2026-06-30')).toBe(true);
        expect(isOverdue(action('a', [], null, 'open', '2026-06-30'), '2026-06-30')).toBe(false);
        expect(isOverdue(action('a', [], null, 'done', '2026-01-01'), '2026-06-30')).toBe(false);
        expect(isOverdue(action('a', [], null, 'dropped', '2026-01-01'), '2026-06-30')).toBe(false);
    });
    test('reached is the highest level of consultations and not-dropped actions; units count for their stakeholder', () => {
        const reached = participationReached(
            [
                { participants: ['A', 'B.Unit'], level: null },
                { participants: ['C'], level: 'inform' },
            ],
            [action('x', ['B'], 'collaborate', 'done'), action('y', ['C'], 'empower', 'dropped'), action('z', ['A.U'], 'involve', 'open')],
        );
        expect(Object.fromEntries(reached)).toEqual({ A: 'involve', B: 'collaborate', C: 'inform' });
    });
    test('stakeholders with open (and done) actions', () => {
        const actions = [action('x', ['B.U'], null, 'done'), action('y', ['C'], null, 'open'), action('z', ['D'], null, 'dropped')];
        expect([...stakeholdersWithActions(actions, false)]).toEqual(['C']);
        expect([...stakeholdersWithActions(actions, true)].sort()).toEqual(['B', 'C']);
    });
});
