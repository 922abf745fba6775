import { AstUtils, type AstNode, type ReferenceInfo } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Model } from '../../../language/generated/ast.js';
import { forEachReference, subtree } from '../../../language/utils/ast-walk.js';
import { allSyntaxSamples } from '../../helpers/syntax-samples.js';
import { createTestServices } from '../../helpers/workspace.js';

describe("walks over syntax trees in Langium's order", () => {
    test('subtree gives the nodes streamAst gives, in its order', async () => {
        const { Ssc } = await createTestServices();
        let nodes = 0;
        for (const text of allSyntaxSamples()) {
            const root = Ssc.parser.LangiumParser.parse(text).value;
            for (const element of [root, ...(root as Model).elements]) {
                const walked = subtree(element);
                const streamed = AstUtils.streamAst(element).toArray();
                expect(walked.length).toBe(streamed.length);
                expect(walked.every((node, i) => node === streamed[i])).toBe(true);
                nodes += walked.length;
            }
        }
        expect(nodes).toBeGreaterThan(1000);
    });

    test('forEachReference gives the references streamReferences gives, in its order, with their places', async () => {
        const { Ssc } = await createTestServices();
        const plain = (r: ReferenceInfo) => [r.reference, r.container, r.property, r.index];
        let references = 0;
        for (const text of allSyntaxSamples()) {
            for (const node of AstUtils.streamAst(Ssc.parser.LangiumParser.parse(text).value) as Iterable<AstNode>) {
                const ours: unknown[][] = [];
                forEachReference(node, r => ours.push(plain(r)));
                const theirs = AstUtils.streamReferences(node).map(plain).toArray();
                expect(ours.length).toBe(theirs.length);
                expect(ours.every((r, i) => r.every((part, k) => part === theirs[i][k]))).toBe(true);
                references += ours.length;
            }
        }
        expect(references).toBeGreaterThan(300);
    });
});
