import { describe, expect, test } from 'vitest';
import { acceptedStrategies, engagementGap, gridNumber, quadrantOf, suggestedStrategy } from '../../../language/model/grid.js';

describe('the power/interest grid', () => {
    test('words map to 2, 3 and 4; numbers stay', () => {
        expect([
            gridNumber({ level: 'low' }),
            gridNumber({ level: 'medium' }),
            gridNumber({ level: 'high' }),
            gridNumber({ value: 5 }),
            gridNumber(undefined),
        ]).toEqual([2, 3, 4, 5, null]);
    });

    test.each([
        [4, 4, 'manage-closely'],
        [5, 1, 'keep-satisfied'],
        [2, 4, 'keep-informed'],
        [1, 2, 'monitor'],
        [3, 4, 'borderline'],
        [4, 3, 'borderline'],
        [3, 3, 'borderline'],
        [null, 4, 'unplaced'],
        [4, null, 'unplaced'],
    ] as const)('power %s, interest %s is %s', (power, interest, quadrant) => {
        expect(quadrantOf(power, interest)).toBe(quadrant);
    });

    test('on a line either neighbouring strategy is accepted, and none is suggested over the others', () => {
        expect(acceptedStrategies(3, 4).sort()).toEqual(['keep-informed', 'manage-closely']);
        expect(acceptedStrategies(4, 3).sort()).toEqual(['keep-satisfied', 'manage-closely']);
        expect(acceptedStrategies(3, 3)).toHaveLength(4);
        expect(acceptedStrategies(2, 2)).toEqual(['monitor']);
        expect(suggestedStrategy(3, 4)).toBeNull();
        expect(suggestedStrategy(4, 3)).toBeNull();
        expect(suggestedStrategy(4, 4)).toBe('manage-closely');
        expect(suggestedStrategy(2, 2)).toBe('monitor');
        expect(suggestedStrategy(null, 2)).toBeNull();
    });

    test('engagement gap counts levels from current to desired', () => {
        expect(engagementGap('resistant', 'supportive')).toBe(2);
        expect(engagementGap('leading', 'neutral')).toBe(-2);
        expect(engagementGap('neutral', null)).toBeNull();
        expect(engagementGap('neutral', 'neutral')).toBe(0);
        expect(engagementGap(null, 'leading')).toBeNull();
    });
});
