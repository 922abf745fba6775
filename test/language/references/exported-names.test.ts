import type { AstNodeDescription } from 'langium';
import { describe, expect, test } from 'vitest';
import { changedNames } from '../../../language/references/exported-names.js';

const declared = (name: string, type = 'Stakeholder') => ({ name, type, path: `/elements@${name}` }) as unknown as AstNodeDescription;

describe('changedNames', () => {
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map(n => declared(n));

    test('the same descriptions, or new ones for the same names (moved), change no name', () => {
        expect(changedNames([a, b, c], [a, b, c])).toEqual(new Set());
        expect(changedNames([a, b, c], [a, declared('B'), c])).toEqual(new Set());
    });

    test('a renamed, removed, added or repeated name between unchanged neighbours is found', () => {
        expect(changedNames([a, b, c, d], [a, declared('Bx'), c, d])).toEqual(new Set(['B', 'Bx']));
        expect(changedNames([a, b, c, d], [a, c, d])).toEqual(new Set(['B']));
        expect(changedNames([a, b, c], [a, b, declared('E'), c])).toEqual(new Set(['E']));
        expect(changedNames([a, b, c], [a, b, declared('A'), c])).toEqual(new Set(['A']));
        expect(changedNames([a, b], [a, b, declared('B', 'Group')])).toEqual(new Set(['B']));
    });
});
