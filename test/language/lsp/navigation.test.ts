import { expectFindReferences, expectGoToDefinition, expectHighlight } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUILTIN_URI } from '../../../language/builtin/builtin-library.js';
import { buildWorkspace, createTestServices } from '../../helpers/workspace.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

const MODEL = `stakeholder <|Council|> : municipality
stakeholder Telco : ict-company
relation Telco -> <|Coun<|>cil|> : contracts
kpi K { provider Telco examiner <|Council|> }
consultation H { participants <|Council|>, Telco }
assessment "Q1" on 2026-03-31 { <|Council|> neutral }`;

describe('go to definition', () => {
    test('from a reference to the stakeholder declaration', async () => {
        await expectGoToDefinition(services.Ssc)({ text: MODEL, index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    test('from a standard group to its entry in the built-in library', async () => {
        const ws = await buildWorkspace('stakeholder A : citizens');
        const document = ws.documents.get('model.ssc')!;
        const links = await ws.services.Ssc.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() },
            position: { line: 0, character: 18 },
        });
        expect(links?.map(l => l.targetUri)).toEqual([BUILTIN_URI.replace('///', '/')]);
    });

    test('across files', async () => {
        const ws = await buildWorkspace({
            'catalogue.ssc': '\n\nstakeholder Ministry : government',
            'city.ssc': 'stakeholder C : municipality\nrelation Ministry -> C : funds',
        });
        const document = ws.documents.get('city.ssc')!;
        const links = await ws.services.Ssc.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() },
            position: { line: 1, character: 11 },
        });
        expect(links?.map(l => [l.targetUri, l.targetSelectionRange.start.line])).toEqual([['file:///work/catalogue.ssc', 2]]);
    });
});

describe('find references', () => {
    test('every use of a stakeholder, and its declaration', async () => {
        await expectFindReferences(services.Ssc)({ text: MODEL, includeDeclaration: true, disposeAfterCheck: true });
    });

    test('across files', async () => {
        const ws = await buildWorkspace({
            'a.ssc': 'stakeholder T : ict-company',
            'b.ssc': 'stakeholder C : municipality\nrelation T -> C : supplies\nrelation C -> T : funds',
        });
        const document = ws.documents.get('a.ssc')!;
        const references = await ws.services.Ssc.lsp.ReferencesProvider!.findReferences(document, {
            textDocument: { uri: document.uri.toString() },
            position: { line: 0, character: 12 },
            context: { includeDeclaration: false },
        });
        expect(references.map(r => `${r.uri.split('/').pop()}:${r.range.start.line}:${r.range.start.character}`).sort()).toEqual([
            'b.ssc:1:9',
            'b.ssc:2:14',
        ]);
    });
});

describe('document highlights', () => {
    test('all occurrences of the name under the cursor in the document', async () => {
        await expectHighlight(services.Ssc)({ text: MODEL, index: 0, rangeIndex: [0, 1, 2, 3, 4], disposeAfterCheck: true });
    });
});
