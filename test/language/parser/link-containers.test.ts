import { AstUtils, createLangiumParser, isCompositeCstNode, LangiumParser, type AstNode, type CstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { linkContainers } from '../../../language/parser/link-containers.js';
import { allSyntaxSamples, syntaxSamples } from '../../helpers/syntax-samples.js';
import { createTestServices } from '../../helpers/workspace.js';

/** Every node of the tree (by its place in the walk) with its container's place, container property and index. */
function links(root: AstNode): Array<[number, string | undefined, number | undefined]> {
    const nodes = AstUtils.streamAst(root).toArray();
    return nodes.map(n => [n.$container ? nodes.indexOf(n.$container) : -1, n.$containerProperty, n.$containerIndex]);
}

function clear(root: AstNode): void {
    for (const node of AstUtils.streamAst(root)) {
        const n = node as { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };
        if (node !== root) [n.$container, n.$containerProperty, n.$containerIndex] = [undefined, undefined, undefined];
    }
}

const { clean } = syntaxSamples();

describe('linkContainers (the containers set at the end of every parse)', () => {
    test("sets the containers Langium's linkContentToContainer sets, on every node", async () => {
        const { Ssc } = await createTestServices();
        let nodes = 0;
        for (const text of allSyntaxSamples()) {
            const root = Ssc.parser.LangiumParser.parse(text).value;
            const ours = links(root);
            clear(root);
            AstUtils.linkContentToContainer(root, { deep: true });
            expect(links(root)).toEqual(ours);
            clear(root);
            linkContainers(root);
            expect(links(root)).toEqual(ours);
            nodes += ours.length;
        }
        expect(nodes).toBeGreaterThan(800);
    });

    test("every syntax node's container is the one Langium's parser gives it", async () => {
        const { Ssc } = await createTestServices();
        const langium = createLangiumParser(Ssc);
        // Each node in document order with the place of its container in that order, its extent and kind.
        const shape = (root: CstNode) => {
            const nodes: CstNode[] = [];
            const walk = (node: CstNode) => {
                nodes.push(node);
                if (isCompositeCstNode(node)) node.content.forEach(walk);
            };
            walk(root);
            return nodes.map(n => [n.container ? nodes.indexOf(n.container) : -1, n.offset, n.length, n.hidden, isCompositeCstNode(n)]);
        };
        for (const text of clean) {
            const ours = Ssc.parser.LangiumParser.parse(text).value.$cstNode!;
            expect(shape(ours)).toEqual(shape(langium.parse(text).value.$cstNode!));
        }
    });

    test('our parse repeats the steps of Langium 4.2.1’s LangiumParser.parse (language/parser/ssc-parser.ts, linkingOnce)', () => {
        const source = LangiumParser.prototype.parse.toString();
        for (const step of [
            'this.nodeBuilder.buildRootNode(input)',
            'this.lexer.tokenize(input)',
            'this.wrapper.input = lexerResult.tokens',
            'this.allRules.get(options.rule) : this.mainRule',
            'this.doParse(ruleMethod)',
            'this.nodeBuilder.addHiddenNodes(lexerResult.hidden)',
            'this.unorderedGroups.clear()',
            'this.lexerResult = undefined',
            'linkContentToContainer(result, { deep: true })',
            'lexerReport: lexerResult.report',
        ])
            expect(source, `LangiumParser.parse changed: revisit linkingOnce in language/parser/ssc-parser.ts`).toContain(step);
        expect(source.split('\n').length, 'LangiumParser.parse grew: revisit linkingOnce').toBeLessThan(24);
    });
});
