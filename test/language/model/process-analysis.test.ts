import { describe, expect, test } from 'vitest';
import { analyseProcess, type ProcessModelInput } from '../../../language/model/process-analysis.js';

const base: ProcessModelInput = {
    reviewMonths: 3,
    stakeholders: [
        { id: 'City', power: 4, interest: 4, strategy: null, legitimacy: 4, urgency: 2 },
        { id: 'Water', power: 4, interest: 2, strategy: 'keep-satisfied', legitimacy: 3, urgency: 4 },
        { id: 'Residents', power: 2, interest: 4, strategy: null },
    ],
    consultations: [{ participants: ['City.Planning', 'Residents'], level: null }],
    actions: [
        {
            id: 'Talks',
            name: 'Talks',
            with: ['Water'],
            owner: 'City',
            level: 'involve',
            toward: 'supportive',
            channel: 'Board',
            due: '2026-06-01',
            status: null,
            file: 'a.ssc',
            line: 3,
        },
        {
            id: 'Old',
            name: null,
            with: ['Residents'],
            owner: null,
            level: 'empower',
            toward: null,
            channel: null,
            due: '2026-01-01',
            status: 'dropped',
            droppedReason: 'Merged',
            file: 'a.ssc',
            line: 9,
        },
        {
            id: 'Done',
            name: null,
            with: ['City'],
            owner: 'City',
            level: 'collaborate',
            toward: null,
            channel: null,
            due: '2026-02-30',
            status: 'done',
            doneOn: '2026-02-01',
            file: 'a.ssc',
            line: 12,
        },
    ],
    assessments: [
        { label: 'Q1', date: '2026-03-31', entries: [{ stakeholder: 'Water', level: 'resistant', power: 4, interest: 2 }] },
        { label: 'Q2', date: '2026-06-30', entries: [{ stakeholder: 'Water', level: 'neutral', power: 5, interest: 3 }] },
    ],
};

describe('the process analysis', () => {
    const result = analyseProcess(base, '2026-06-30');
    test('salience per stakeholder, with a class only when legitimacy and urgency are given', () => {
        expect(result.stakeholders.get('City')!.salience).toEqual({ legitimacy: 4, urgency: 2, class: 'dominant' });
        expect(result.stakeholders.get('Water')!.salience.class).toBe('borderline');
        expect(result.stakeholders.get('Residents')!.salience).toEqual({ legitimacy: null, urgency: null, class: null });
    });
    test('participation reached against needed; a dropped action does not count', () => {
        expect(result.stakeholders.get('City')!.participation).toEqual({ reached: 'collaborate', needed: 'involve' });
        expect(result.stakeholders.get('Water')!.participation).toEqual({ reached: 'involve', needed: 'consult' });
        expect(result.stakeholders.get('Residents')!.participation).toEqual({ reached: 'consult', needed: 'inform' });
    });
    test('actions: status defaults to open, overdue against as-of, done date and drop reason kept', () => {
        expect(result.actions.map(a => [a.id, a.status, a.overdue, a.doneOn, a.reason])).toEqual([
            ['Talks', 'open', true, null, null],
            ['Old', 'dropped', false, null, 'Merged'],
            ['Done', 'done', false, '2026-02-01', null],
        ]);
    });
    test('trajectory and review', () => {
        expect(result.stakeholders.get('Water')!.trajectory.map(p => [p.label, p.level, p.power, p.interest])).toEqual([
            ['Q1', 'resistant', 4, 2],
            ['Q2', 'neutral', 5, 3],
        ]);
        expect(result.review).toEqual({
            everyMonths: 3,
            lastAssessment: '2026-06-30',
            nextDue: '2026-09-30',
            overdue: false,
            neverAssessed: ['City', 'Residents'],
        });
    });
});
