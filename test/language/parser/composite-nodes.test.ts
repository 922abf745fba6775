import { CompositeCstNodeImpl, CstUtils, isCompositeCstNode, type CstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { SscCompositeCstNode } from '../../../language/parser/composite-nodes.js';
import { allSyntaxSamples } from '../../helpers/syntax-samples.js';
import { createTestServices } from '../../helpers/workspace.js';

/** Langium's own getter, read on our node. */
const langiumsOffset = Object.getOwnPropertyDescriptor(CompositeCstNodeImpl.prototype, 'offset')!.get!;

describe('composite syntax nodes (language/parser/composite-nodes.ts)', () => {
    test("every composite node but the root is ours, with Langium's offset and length, comments and broken texts included", async () => {
        const { Ssc } = await createTestServices();
        const texts = [...allSyntaxSamples(), '/* a */ stakeholder A /* b */ : ngo { // c\n power high /* d */ }\n// e\n', ''];
        let composites = 0;
        for (const text of texts) {
            const root = Ssc.parser.LangiumParser.parse(text).value.$cstNode!;
            for (const node of CstUtils.streamCst(root)) {
                if (!isCompositeCstNode(node) || node === root) continue;
                expect(node).toBeInstanceOf(SscCompositeCstNode);
                const offset = langiumsOffset.call(node) as number;
                expect(node.offset, node.text).toBe(offset);
                expect(node.length, node.text).toBe(node.end - offset);
                composites++;
            }
        }
        expect(composites).toBeGreaterThan(1000);
    });

    test('a node whose children are all comments starts at its first; an empty node at 0', () => {
        const node = new SscCompositeCstNode();
        expect(node.offset).toBe(0);
        const comment = { hidden: true, offset: 7 } as CstNode;
        node.content.push(comment, { hidden: true, offset: 12 } as CstNode);
        expect(node.offset).toBe(7);
        expect(node.offset).toBe(langiumsOffset.call(node));
    });
});
