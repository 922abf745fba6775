/**
 * Guards for the Langium internals our overrides rely on (ARCHITECTURE.md, "Langium overrides").
 * TypeScript already fails the build when an overridden protected method disappears; these tests
 * fail, naming the file to revisit, when a Langium upgrade changes what the compiler cannot see:
 * private fields we write to, objects we patch, and the order in which Langium calls our overrides.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
    createLangiumParser,
    CstUtils,
    DefaultAstNodeDescriptionProvider,
    DefaultLinker,
    DocumentState,
    isCompositeCstNode,
    type AstNode,
    type CstNode,
    type LangiumDocument,
    type LeafCstNode,
    type Reference,
} from 'langium';
import { describe, expect, test, vi } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { SscDocumentBuilder } from '../../language/workspace/ssc-document-builder.js';
import { REPO } from '../helpers/source-graph.js';
import { buildWorkspace, createTestServices, editFile } from '../helpers/workspace.js';

describe('Langium internals we depend on', () => {
    test('Langium is the version the overrides were written and measured against', () => {
        const { version } = JSON.parse(readFileSync(path.join(REPO, 'node_modules', 'langium', 'package.json'), 'utf8')) as {
            version: string;
        };
        expect(
            version,
            'Langium was upgraded: re-check every override listed in ARCHITECTURE.md ("Langium overrides") and these tests, then update this pin',
        ).toBe('4.2.1');
    });

    test("DefaultLinker keeps a resolved reference's target in `_ref` and its description in `_nodeDescription` (SscLinker.retarget writes both)", async () => {
        const ws = await buildWorkspace('stakeholder A : ngo\nstakeholder B : ngo\nrelation A -> B : funds');
        const document = ws.documents.get('model.ssc')!;
        const reference = document.references.find(r => r.$refText === 'B') as Reference;
        const state = reference as unknown as { _ref?: unknown; _nodeDescription?: { name: string; documentUri: unknown } };
        expect(reference.ref, 'reference did not resolve').toBeDefined();
        expect(
            state._ref,
            'DefaultLinker no longer stores the target in `_ref`: rewrite SscLinker.retarget (language/references/ssc-linker.ts)',
        ).toBe(reference.ref);
        expect(
            state._nodeDescription?.name,
            'DefaultLinker no longer stores `_nodeDescription`: rewrite SscLinker.retarget and referencesInto (ssc-linker.ts)',
        ).toBe('B');
    });

    test("Langium's references have the members SscReference repeats (language/references/ssc-reference.ts)", async () => {
        const services = await createTestServices();
        const linker = services.Ssc.references.Linker;
        const node = { $type: 'Relation' } as unknown as AstNode;
        const langiums = DefaultLinker.prototype.buildReference.call(linker, node, 'to', undefined, 'B') as object;
        const ours = linker.buildReference(node, 'to', undefined, 'B') as object;
        const members = (o: object) => [...Object.keys(o), ...Object.keys(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(o)))];
        expect(
            Object.keys(langiums).sort(),
            "Langium's references changed their members: compare DefaultLinker.buildReference with SscReference (ssc-reference.ts)",
        ).toEqual(['$nodeDescription', '$refNode', '$refText', '_ref', 'error', 'ref']);
        for (const member of Object.keys(langiums)) expect(members(ours), `SscReference lacks ${member}`).toContain(member);
    });

    test("Langium's node descriptions have the members SscNodeDescription repeats (language/references/ssc-node-description.ts)", async () => {
        const ws = await buildWorkspace('stakeholder A "Council" : municipality');
        const node = (ws.documents.get('model.ssc')!.parseResult.value as Model).elements[0];
        const provider = ws.services.Ssc.workspace.AstNodeDescriptionProvider;
        const langiums = DefaultAstNodeDescriptionProvider.prototype.createDescription.call(provider, node, undefined);
        const ours = provider.createDescription(node, undefined);
        const members = (o: object) => [...Object.keys(o), ...Object.keys(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(o)))];
        expect(
            Object.keys(langiums).sort(),
            "Langium's node descriptions changed their members: compare DefaultAstNodeDescriptionProvider.createDescription with SscNodeDescription",
        ).toEqual(['documentUri', 'name', 'nameSegment', 'node', 'path', 'selectionSegment', 'type']);
        for (const member of Object.keys(langiums)) {
            expect(members(ours), `SscNodeDescription lacks ${member}`).toContain(member);
            expect((ours as unknown as Record<string, unknown>)[member], `SscNodeDescription.${member} differs`).toEqual(
                (langiums as unknown as Record<string, unknown>)[member],
            );
        }
    });

    test('retargeting through those fields points references at the new tree, as relinking would', async () => {
        const ws = await buildWorkspace({
            'a.ssc': 'stakeholder A "Council" : municipality',
            'b.ssc': 'stakeholder B : ngo\nrelation B -> A : funds',
        });
        await editFile(ws, 'a.ssc', 'stakeholder A "City council" : municipality');
        const b = ws.documents.get('b.ssc')!;
        const a = ws.services.shared.workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('/a.ssc'))!;
        const target = (b.references.find(r => r.$refText === 'A') as Reference).ref;
        expect(
            target,
            'the reference into the edited file does not lead to its new tree: SscLinker.retarget no longer works with this Langium',
        ).toBe((a.parseResult.value as Model).elements[0]);
    });

    test("the parser's leaves are Langium's, with the range worked out when asked for (createSscParser repeats CstNodeBuilder.buildLeafNode)", async () => {
        const { Ssc } = await createTestServices();
        const text =
            'stakeholder A "Council" : municipality {\r\n    power 4 // high\n    aims "x"\r}\n/* note */\nrelation A -> A : funds\n';
        const leaves = (root: CstNode) =>
            CstUtils.streamCst(root)
                .filter(n => !isCompositeCstNode(n))
                .toArray();
        const described = (n: CstNode) => ({
            offset: n.offset,
            length: n.length,
            text: n.text,
            hidden: n.hidden,
            range: n.range,
            grammarSource: n.grammarSource,
            container: n.container?.grammarSource,
            tokenType: (n as LeafCstNode).tokenType?.name,
        });
        const langiums = leaves(createLangiumParser(Ssc).parse(text).value.$cstNode!.root).map(described);
        const ours = leaves(Ssc.parser.LangiumParser.parse(text).value.$cstNode!.root).map(described);
        expect(ours.length, 'no leaves parsed').toBeGreaterThan(10);
        expect(
            ours,
            "our leaves differ from Langium's: compare CstNodeBuilder.buildLeafNode with createSscParser (parser/ssc-parser.ts)",
        ).toEqual(langiums);
    });

    test('the CST builder of the parser has `addHiddenNodes`, which createSscParser wraps (language/parser/ssc-parser.ts)', async () => {
        const { Ssc } = await createTestServices();
        const builder = (Ssc.parser.LangiumParser as unknown as { nodeBuilder?: { addHiddenNodes?: unknown } }).nodeBuilder;
        expect(
            builder,
            'LangiumParser has no `nodeBuilder` any more: the quadratic-parse fix in ssc-parser.ts silently does nothing',
        ).toBeDefined();
        const own = Object.prototype.hasOwnProperty.call(builder, 'addHiddenNodes');
        expect(own, 'CstNodeBuilder.addHiddenNodes is not wrapped: the quadratic-parse fix in ssc-parser.ts silently does nothing').toBe(
            true,
        );
    });

    test("the parser takes each token's comments by `extractHiddenTokens`, which createSscParser wraps (language/parser/ssc-parser.ts)", async () => {
        const { Ssc } = await createTestServices();
        const parser = Ssc.parser.LangiumParser as unknown as { extractHiddenTokens?: unknown };
        expect(
            Object.prototype.hasOwnProperty.call(parser, 'extractHiddenTokens'),
            'LangiumParser.extractHiddenTokens is not wrapped: a new empty array is made again for every token',
        ).toBe(true);
        const text = '// before A\nstakeholder A : ngo { power high } // after A\n/* before B */ stakeholder B : ngo\n';
        const leaves = CstUtils.streamCst(Ssc.parser.LangiumParser.parse(text).value.$cstNode!)
            .filter(n => n.hidden)
            .map(n => [n.text, n.offset])
            .toArray();
        expect(leaves).toEqual([
            ['// before A', 0],
            ['// after A', text.indexOf('// after')],
            ['/* before B */', text.indexOf('/*')],
        ]);
    });

    test('the CST builder makes composite nodes by `buildCompositeNode`, which createSscParser replaces (language/parser/ssc-parser.ts)', async () => {
        const { Ssc } = await createTestServices();
        const builder = (Ssc.parser.LangiumParser as unknown as { nodeBuilder?: object }).nodeBuilder;
        expect(
            builder && Object.prototype.hasOwnProperty.call(builder, 'buildCompositeNode'),
            "CstNodeBuilder.buildCompositeNode is not replaced: composite nodes are Langium's again",
        ).toBe(true);
    });

    test('with the parser patch, comments still become hidden CST nodes', async () => {
        const ws = await buildWorkspace('// a comment\nstakeholder A : ngo /* inline */ { power high }\n');
        const root = ws.documents.get('model.ssc')!.parseResult.value.$cstNode!;
        const hidden = CstUtils.streamCst(root)
            .filter(n => n.hidden)
            .map(n => n.text)
            .toArray();
        expect(hidden).toEqual(['// a comment', '/* inline */']);
    });

    test('the document builder calls runCancelable for the linking phase (SscDocumentBuilder reconciles exports there)', async () => {
        const spy = vi.spyOn(
            SscDocumentBuilder.prototype as unknown as { runCancelable: (d: LangiumDocument[], s: DocumentState) => Promise<void> },
            'runCancelable',
        );
        try {
            await buildWorkspace('stakeholder A : ngo');
            const states = spy.mock.calls.map(call => call[1]);
            expect(
                states,
                'DefaultDocumentBuilder no longer runs linking through runCancelable: move reconcileExports (ssc-document-builder.ts)',
            ).toContain(DocumentState.Linked);
        } finally {
            spy.mockRestore();
        }
    });

    test('the index manager keeps `symbolIndex` and `referenceIndex` keyed by document URI (SscIndexManager reads and rewrites them)', async () => {
        const ws = await buildWorkspace('stakeholder A : ngo\nstakeholder B : ngo\nrelation A -> B : funds');
        const index = ws.services.shared.workspace.IndexManager;
        const uri = ws.documents.get('model.ssc')!.uri.toString();
        expect(
            index.exportsOf(uri).map(d => d.name),
            'IndexManager.symbolIndex changed shape: revisit SscIndexManager.exportsOf',
        ).toEqual(['A', 'B']);
        const internals = index as unknown as { referenceIndex: Map<string, unknown[]> };
        expect(
            internals.referenceIndex instanceof Map && internals.referenceIndex.get(uri)?.length,
            'IndexManager.referenceIndex changed shape: revisit SscIndexManager.moveReferenceTargets',
        ).toBeGreaterThan(0);
    });

    test('CST leaves keep their offset in `_offset`, comments their range in `_range`, the root its text in `_text` (block-reparse.ts shifts them)', async () => {
        const { Ssc } = await createTestServices();
        const result = Ssc.parser.LangiumParser.parse('group g\n// c\nstakeholder a : g');
        const root = result.value.$cstNode as unknown as { _text?: string; content: unknown[] };
        type Leaf = { _offset?: number; _range?: unknown; range: unknown };
        const token = CstUtils.findLeafNodeAtOffset(result.value.$cstNode!, 13) as unknown as Leaf;
        const comment = CstUtils.streamCst(result.value.$cstNode!).find(n => n.hidden) as unknown as Leaf | undefined;
        const where = 'rewrite the splice of language/parser/block-reparse.ts';
        expect(root._text, `RootCstNodeImpl no longer keeps its text in \`_text\`: ${where}`).toBe('group g\n// c\nstakeholder a : g');
        expect(token._offset, `LeafCstNodeImpl no longer keeps its offset in \`_offset\`: ${where}`).toBe(13);
        expect(token._range, 'a token leaf stores a range: it is not an SscLeafCstNode (parser/lazy-ranges.ts)').toBeUndefined();
        expect(comment, 'the comment before the stakeholder is not found').toBeDefined();
        expect(comment!._range, `LeafCstNodeImpl no longer keeps its range in \`_range\`: ${where}`).toBe(comment!.range);
    });

    test('the parser parses from the `Element` rule, giving the element under a root CST node (block-reparse.ts)', async () => {
        const { Ssc } = await createTestServices();
        const result = Ssc.parser.LangiumParser.parse('stakeholder a : g', { rule: 'Element' });
        expect(
            result.value.$type,
            'parsing from the Element rule no longer gives the element: rewrite language/parser/block-reparse.ts',
        ).toBe('Stakeholder');
        expect(
            (result.value.$cstNode as unknown as { content: unknown[] }).content,
            'the element CST is no longer one node under the root',
        ).toHaveLength(1);
    });
});
