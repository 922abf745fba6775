import { describe, expect, test } from 'vitest';
import { reviewStatus } from '../../../language/model/review.js';

const a = (date: string | null, ...ids: string[]) => ({ date, entries: ids.map(stakeholder => ({ stakeholder })) });

describe('the review cadence', () => {
    test('next review is the latest assessment plus N months; not overdue on the due date itself', () => {
        const assessments = [a('2026-03-31', 'A'), a('2026-06-30', 'B')];
        expect(reviewStatus(3, assessments, ['A', 'B', 'C'], '2026-09-30')).toEqual({
            everyMonths: 3,
            lastAssessment: '2026-06-30',
            nextDue: '2026-09-30',
            overdue: false,
            neverAssessed: ['C'],
        });
        expect(reviewStatus(3, assessments, ['A'], '2026-10-01').overdue).toBe(true);
    });
    test('the day is clamped to the month end', () => {
        expect(reviewStatus(1, [a('2026-08-31', 'A')], ['A'], '2026-09-30').nextDue).toBe('2026-09-30');
    });
    test('no assessment at all is overdue, with null dates', () => {
        expect(reviewStatus(6, [], ['A'], '2026-01-01')).toEqual({
            everyMonths: 6,
            lastAssessment: null,
            nextDue: null,
            overdue: true,
            neverAssessed: ['A'],
        });
    });
    test('without a cadence nothing is overdue, but the facts remain', () => {
        expect(reviewStatus(null, [a('2026-03-31', 'A')], ['A', 'B'], '2027-01-01')).toEqual({
            everyMonths: null,
            lastAssessment: '2026-03-31',
            nextDue: null,
            overdue: false,
            neverAssessed: ['B'],
        });
    });
    test('an impossible date is no review', () => {
        expect(reviewStatus(3, [a('2026-02-30', 'A')], ['A'], '2026-03-01')).toMatchObject({
            lastAssessment: null,
            overdue: true,
            neverAssessed: [],
        });
    });
});
