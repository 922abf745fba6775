import { AstUtils, CstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { cstEnd, cstStart } from '../../../language/utils/cst-start.js';
import { allSyntaxSamples } from '../../helpers/syntax-samples.js';
import { createTestServices } from '../../helpers/workspace.js';

describe('where a syntax node starts and ends, read without its whole range', () => {
    test("cstStart and cstEnd give the start and end of Langium's range for every syntax node", async () => {
        const { Ssc } = await createTestServices();
        let nodes = 0;
        for (const text of [...allSyntaxSamples(), '', '// only a comment\n']) {
            const root = Ssc.parser.LangiumParser.parse(text).value;
            for (const node of AstUtils.streamAst(root)) {
                if (!node.$cstNode) continue;
                for (const cst of CstUtils.streamCst(node.$cstNode)) {
                    const { start, end } = cst.range;
                    expect(cstStart(cst)).toEqual(start);
                    // Langium ends a node whose last token sits above its first where it starts; cstEnd does not.
                    if (end.line >= start.line) expect(cstEnd(cst)).toEqual(end);
                    nodes++;
                }
            }
        }
        expect(nodes).toBeGreaterThan(5000);
    });
});
