import { AstUtils, ValueConverter, isCompositeCstNode, type CstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateModel } from '../../../bench/model-generator.js';
import { createTestServices } from '../../helpers/workspace.js';

describe('string values (language/parser/ssc-value-converter.ts)', () => {
    test("are Langium's values, escapes included", async () => {
        const { Ssc } = await createTestServices();
        const text = [
            ...generateModel({ stakeholders: 20 }).values(),
            'stakeholder Q "Quote \\"inside\\" and a \\\\ backslash" : ngo { aims "tab\\there", "", "   ", "plain" }',
            'grievance G "x\\ny" established 2026-01-01',
        ].join('\n');
        const root = Ssc.parser.LangiumParser.parse(text).value;
        let strings = 0,
            escaped = 0;
        const leaves = (cst: CstNode | undefined): CstNode[] => (!cst ? [] : isCompositeCstNode(cst) ? cst.content.flatMap(leaves) : [cst]);
        for (const node of AstUtils.streamAst(root)) {
            for (const leaf of leaves(node.$cstNode)) {
                if (leaf.astNode !== node || !leaf.text.startsWith('"')) continue;
                const value = Ssc.parser.ValueConverter.convert(leaf.text, leaf);
                expect(value, leaf.text).toBe(ValueConverter.convertString(leaf.text));
                strings++;
                if (leaf.text.includes('\\')) escaped++;
            }
        }
        expect(strings).toBeGreaterThan(200);
        expect(escaped).toBe(3);
    });
});
