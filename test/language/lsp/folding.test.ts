import { expectFoldings } from 'langium/test';
import { FoldingRangeKind } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { createTestServices } from '../../helpers/workspace.js';

describe('folding', () => {
    test('elements with blocks, block comments and runs of line comments fold; short elements do not', async () => {
        const services = await createTestServices();
        await expectFoldings(services.Ssc)({
            text: [
                '<|// A header',
                '// over two lines|>',
                '<|programme P {',
                '    city "X"',
                '|>}',
                'stakeholder A : citizens { power low }',
                '<|stakeholder B : ngo {',
                '    power low',
                '    interest high',
                '|>}',
                '<|/* a long',
                '   block comment',
                '*/|>',
                'relation A -> B : informs',
            ].join('\n'),
            disposeAfterCheck: true,
            assert: (foldings, expected) => {
                expect(foldings.map(f => [f.startLine, f.endLine, f.kind ?? null])).toEqual([
                    [0, 1, FoldingRangeKind.Comment],
                    [2, 3, null],
                    [6, 8, null],
                    [10, 11, FoldingRangeKind.Comment],
                ]);
                expect(expected).toHaveLength(4);
            },
        });
    });
});
