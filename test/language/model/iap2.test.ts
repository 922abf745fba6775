import { describe, expect, test } from 'vitest';
import { higherIap2, IAP2_LEVELS, IAP2_NOTES, iap2Index, participationNeed } from '../../../language/model/iap2.js';

describe('the IAP2 spectrum', () => {
    test('levels are ordered from inform to empower, each with a promise of its own', () => {
        expect(IAP2_LEVELS).toEqual(['inform', 'consult', 'involve', 'collaborate', 'empower']);
        expect(iap2Index('involve')).toBe(2);
        expect(iap2Index('leading')).toBe(-1);
        expect(new Set(IAP2_LEVELS.map(l => IAP2_NOTES[l].promise)).size).toBe(5);
        expect(higherIap2('consult', 'involve')).toBe('involve');
        expect(higherIap2(null, 'inform')).toBe('inform');
    });

    test.each([
        ['manage-closely', 1, 1, 'involve', 'declared'],
        ['keep-satisfied', null, null, 'consult', 'declared'],
        ['keep-informed', 4, 4, 'inform', 'declared'],
        ['monitor', 5, 5, null, 'declared'],
        [null, 4, 4, 'involve', 'quadrant'],
        [null, 4, 2, 'consult', 'quadrant'],
        [null, 2, 4, 'inform', 'quadrant'],
        [null, 2, 2, null, 'quadrant'],
        [null, 4, 3, 'consult', 'line'],
        [null, 3, 4, 'inform', 'line'],
        [null, 3, 2, null, 'line'],
        [null, null, 4, null, null],
    ] as const)('strategy %s at power %s, interest %s needs %s (%s)', (strategy, power, interest, needed, source) => {
        const need = participationNeed(strategy, power, interest);
        expect(need.needed).toBe(needed);
        expect(need.source).toBe(source);
    });
});
