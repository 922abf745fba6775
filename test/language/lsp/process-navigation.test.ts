import { expectFoldings, expectSymbols } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { buildWorkspace, createTestServices, type TestWorkspace } from '../../helpers/workspace.js';

const kindName = (kind: SymbolKind) => Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0];

describe('outline and folding of actions', () => {
    test('an action is a symbol with its level, due date and status', async () => {
        const services = await createTestServices();
        await expectSymbols(services.Ssc)({
            text: 'stakeholder W : ngo\naction Talks "Review" { with W level involve due 2026-09-30 status done 2026-09-01 }\naction Bare "Only a title"',
            disposeAfterCheck: true,
            assert: (symbols: DocumentSymbol[]) =>
                expect(symbols.map(s => `${kindName(s.kind)} ${s.name} (${s.detail})`)).toEqual([
                    'Class W (ngo)',
                    'Function Talks (involve · due 2026-09-30 · done 2026-09-01)',
                    'Function Bare (Only a title)',
                ]),
        });
    });
    test('an action block folds like any element', async () => {
        const services = await createTestServices();
        await expectFoldings(services.Ssc)({
            text: ['stakeholder W : ngo', '<|action Talks {', '    with W', '    level consult', '|>}'].join('\n'),
            disposeAfterCheck: true,
            assert: foldings => expect(foldings.map(f => [f.startLine, f.endLine])).toEqual([[1, 3]]),
        });
    });
});

const FILES = {
    'people.ssc': 'stakeholder Council : municipality { unit Planning : urban-planning }\nstakeholder Water : utility-provider\n',
    'plan.ssc': [
        'action Talks { with Water, Council.Planning owner Council level involve }',
        'consultation H { level consult participants Water, Council }',
        'assessment "Q" on 2026-01-01 { Water neutral power 4 interest 2 }',
    ].join('\n'),
};

function apply(ws: TestWorkspace, edit: WorkspaceEdit | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [file, document] of ws.documents) {
        result[file] = TextDocument.applyEdits(document.textDocument as TextDocument, edit?.changes?.[document.uri.toString()] ?? []);
    }
    return result;
}

async function rename(ws: TestWorkspace, file: string, needle: string, newName: string) {
    const document = ws.documents.get(file)!;
    const position = document.textDocument.positionAt(document.textDocument.getText().indexOf(needle) + 1);
    return ws.services.Ssc.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName });
}

describe('rename across files reaches the process forms', () => {
    test('renaming a stakeholder updates with, owner, participants and assessment entries, qualified names included', async () => {
        const ws = await buildWorkspace(FILES);
        const after = apply(ws, await rename(ws, 'people.ssc', 'Council :', 'CityCouncil'));
        expect(after['plan.ssc']).toBe(
            FILES['plan.ssc']
                .replace('Council.Planning owner Council', 'CityCouncil.Planning owner CityCouncil')
                .replace('Water, Council }', 'Water, CityCouncil }'),
        );
        const renamedWater = apply(ws, await rename(ws, 'plan.ssc', 'Water,', 'WaterCo'));
        expect(renamedWater['plan.ssc']).toBe(FILES['plan.ssc'].replaceAll('Water', 'WaterCo'));
        expect(renamedWater['people.ssc']).toContain('stakeholder WaterCo : utility-provider');
    });
    test('an action can be renamed; a stakeholder named like a new keyword still renames', async () => {
        const ws = await buildWorkspace({ ...FILES, 'old.ssc': 'stakeholder level : citizens\nrelation level -> Water : informs\n' });
        expect(apply(ws, await rename(ws, 'plan.ssc', 'Talks', 'WaterTalks'))['plan.ssc']).toContain('action WaterTalks {');
        expect(apply(ws, await rename(ws, 'old.ssc', 'level ->', 'Neighbours'))['old.ssc']).toBe(
            'stakeholder Neighbours : citizens\nrelation Neighbours -> Water : informs\n',
        );
    });
});
