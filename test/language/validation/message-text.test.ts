import { describe, expect, test } from 'vitest';
import { afterFirstSentence, firstSentence, oneLine } from '../../../language/validation/message-text.js';
import { defaultRulesDocUri, relativeRuleLink, ruleAnchor } from '../../../language/validation/rule-links.js';

describe('one line', () => {
    test('turns each line break and the space around it into one space, and trims', () => {
        expect(oneLine('  First line  \n   second\r\n\r\nthird\rfourth  ')).toBe('First line second third fourth');
        expect(oneLine('  Already one line, with  two spaces inside.  ')).toBe('Already one line, with  two spaces inside.');
        expect(oneLine('')).toBe('');
    });
});

describe('first sentence', () => {
    test('ends at a full stop before a capital, not inside e.g. or a clause number', () => {
        expect(firstSentence('A needs `:` after its name, e.g. `stakeholder A : citizens`. Then more.')).toBe(
            'A needs `:` after its name, e.g. `stakeholder A : citizens`.',
        );
        expect(firstSentence('See clause 4.2 a. The grid needs it.')).toBe('See clause 4.2 a.');
        expect(afterFirstSentence('One. Two. Three.')).toBe('Two. Three.');
    });

    test('a line break never survives', () => {
        expect(firstSentence('One\nline.')).toBe('One line.');
    });

    test('a first sentence over 120 characters is cut at a list boundary with an ellipsis', () => {
        const long = 'Missing groups: ' + Array.from({ length: 30 }, (_, i) => `group-${i}`).join(', ') + '.';
        const cut = firstSentence(long);
        expect(cut.length).toBeLessThanOrEqual(120);
        expect(cut).toMatch(/group-\d+…$/);
    });
});

describe('rule links', () => {
    test('the anchor is the code with / replaced by -, syntax errors link to #syntax', () => {
        expect(ruleAnchor('analysis/unplaced')).toBe('analysis-unplaced');
        expect(ruleAnchor('syntax')).toBe('syntax');
        expect(relativeRuleLink('engagement/missing-level')).toBe('docs/rules.md#engagement-missing-level');
    });

    test('the docs file sits beside the bundle in dist/ or two levels above the sources', () => {
        expect(defaultRulesDocUri('file:///ext/dist/server.cjs')).toBe('file:///ext/docs/rules.md');
        expect(defaultRulesDocUri('file:///repo/language/validation/ssc-document-validator.ts')).toBe('file:///repo/docs/rules.md');
        expect(defaultRulesDocUri('https://example.org/worker.js')).toBeUndefined();
    });
});
