import { describe, expect, test } from 'vitest';
import { SALIENCE_CLASSES, SALIENCE_NOTES, salienceClass } from '../../../language/model/salience.js';

describe('stakeholder salience', () => {
    test.each([
        [4, 4, 4, 'definitive'],
        [4, 5, 1, 'dominant'],
        [5, 2, 4, 'dangerous'],
        [2, 4, 4, 'dependent'],
        [4, 2, 2, 'dormant'],
        [1, 4, 2, 'discretionary'],
        [2, 2, 4, 'demanding'],
        [2, 1, 2, 'non-stakeholder'],
        [3, 4, 4, 'borderline'],
        [4, 3, 4, 'borderline'],
        [4, 4, 3, 'borderline'],
    ] as const)('power %s, legitimacy %s, urgency %s is %s', (p, l, u, expected) => {
        expect(salienceClass(p, l, u)).toBe(expected);
    });
    test('no class without legitimacy, urgency or power', () => {
        expect(salienceClass(4, null, 4)).toBeNull();
        expect(salienceClass(4, 4, null)).toBeNull();
        expect(salienceClass(null, 4, 4)).toBeNull();
    });
    test('every class has a meaning', () => {
        for (const c of SALIENCE_CLASSES) expect(SALIENCE_NOTES[c].length).toBeGreaterThan(20);
    });
});
