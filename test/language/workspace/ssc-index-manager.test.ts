import { URI, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Model } from '../../../language/generated/ast.js';
import { buildWorkspace, editFile } from '../../helpers/workspace.js';

describe('the reference index after a declaration moves', () => {
    test('references into a file whose declarations moved (not renamed) still lead to them, with their own place in the text', async () => {
        const ws = await buildWorkspace({
            'a.ssc': 'stakeholder A : ngo',
            'b.ssc': 'stakeholder B : ngo\nrelation B -> A : funds\nrelation A -> B : informs',
        });
        // A moves from the first element to the second: its path changes, its name does not.
        await editFile(ws, 'a.ssc', 'stakeholder Z : ngo\nstakeholder A : ngo');
        const a = ws.services.shared.workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('/a.ssc'))!;
        const target = (a.parseResult.value as Model).elements[1] as AstNode;
        const path = ws.services.Ssc.workspace.AstNodeLocator.getAstNodePath(target);
        const found = ws.services.shared.workspace.IndexManager.findAllReferences(target, path).toArray();
        const b = ws.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(found[0]?.sourceUri.toString() ?? 'file:///none'));
        expect(found.map(r => r.sourceUri.path.split('/').pop())).toEqual(['b.ssc', 'b.ssc']);
        expect(found.map(r => b!.textDocument.getText(r.segment.range))).toEqual(['A', 'A']);
        expect(found.map(r => r.segment.range.start.line)).toEqual([1, 2]);
    });
});
