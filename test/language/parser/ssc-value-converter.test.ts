import { AstUtils, CstUtils, DefaultValueConverter, GrammarAST, ValueConverter, isCompositeCstNode, type CstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateModel } from '../../../bench/model-generator.js';
import { allSyntaxSamples } from '../../helpers/syntax-samples.js';
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

    test("every token's value is Langium's, with its type: names, numbers, dates, keywords of datatype rules", async () => {
        const { Ssc } = await createTestServices();
        const langiums = new DefaultValueConverter();
        const rules = new Set<string>();
        for (const text of [...allSyntaxSamples(), 'stakeholder A : ngo { power 4 }\nreview every 3 months']) {
            for (const leaf of CstUtils.streamCst(Ssc.parser.LangiumParser.parse(text).value.$cstNode!)) {
                const source = leaf.grammarSource;
                if (isCompositeCstNode(leaf) || !(GrammarAST.isRuleCall(source) || GrammarAST.isCrossReference(source))) continue;
                const ours = Ssc.parser.ValueConverter.convert(leaf.text, leaf);
                expect(ours, leaf.text).toStrictEqual(langiums.convert(leaf.text, leaf));
                // Twice: the second conversion of a rule takes what was worked out the first time.
                expect(Ssc.parser.ValueConverter.convert(leaf.text, leaf), leaf.text).toStrictEqual(ours);
                if (GrammarAST.isRuleCall(source)) rules.add(source.rule.$refText);
            }
        }
        expect([...rules].sort()).toEqual(expect.arrayContaining(['DATE', 'HYPHEN_ID', 'ID', 'INT', 'STRING']));
    });
});
