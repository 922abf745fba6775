import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';

const FILES = {
    'city.ssc': [
        'stakeholder CityCouncil "Valencia City Council" : municipality {',
        '    unit Planning "Urban Planning Department" : urban-planning',
        '    unit Water : water-sanitation',
        '}',
        'stakeholder Other : municipality { unit Planning : urban-planning }',
        'stakeholder Residents : citizens',
        'stakeholder Ministry : government { ministry Infra : infrastructure-industry-it }',
    ].join('\n'),
    'links.ssc': [
        'relation CityCouncil.Planning -> Residents : consults',
        'relation Ministry.Infra -> CityCouncil : advises',
        'kpi Losses { provider CityCouncil.Water examiner CityCouncil }',
        'consultation Walk { participants CityCouncil.Planning, Other.Planning, Residents }',
    ].join('\n'),
};

function at(ws: TestWorkspace, file: string, needle: string, delta = 1) {
    const document = ws.documents.get(file)!;
    const offset = document.textDocument.getText().indexOf(needle);
    expect(offset, needle).toBeGreaterThanOrEqual(0);
    return {
        document,
        params: { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset + delta) },
    };
}

function apply(ws: TestWorkspace, edit: WorkspaceEdit | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [file, document] of ws.documents) {
        result[file] = TextDocument.applyEdits(document.textDocument as TextDocument, edit?.changes?.[document.uri.toString()] ?? []);
    }
    return result;
}

describe('qualified unit and ministry names', () => {
    test('resolve to the unit of their own stakeholder; a unit name alone does not', async () => {
        const ws = await buildWorkspace({
            ...FILES,
            'bad.ssc': 'relation Planning -> Residents : informs\nrelation Residents.Planning -> Residents : informs',
        });
        expect(ws.withCode('identification/unknown-reference').map(d => `${d.file}:${d.range.start.line}`)).toEqual([
            'bad.ssc:0',
            'bad.ssc:1',
        ]);
        expect(ws.diagnostics('links.ssc').filter(d => d.code === 'identification/unknown-reference')).toEqual([]);
        const unknown = ws.withCode('identification/unknown-reference')[0];
        expect(unknown.message).toMatch(/^Unknown stakeholder, unit or ministry 'Planning'/);
        expect(unknown.message).toContain("'CityCouncil.Planning'");
    });

    test('two stakeholders may each have a Planning unit; a repeated one inside a stakeholder is a duplicate', async () => {
        const ws = await buildWorkspace({
            ...FILES,
            'dup.ssc': 'stakeholder Third : municipality { unit Planning : urban-planning unit Planning : finance }',
        });
        expect(ws.withCode('identification/duplicate-name').map(d => d.file)).toEqual(['dup.ssc']);
    });

    test('go to definition: the member part leads to the unit, the qualifier to the stakeholder', async () => {
        const ws = await buildWorkspace(FILES);
        const definition = ws.services.Ssc.lsp.DefinitionProvider!;
        const member = at(ws, 'links.ssc', 'Planning ->');
        const toUnit = await definition.getDefinition(member.document, member.params);
        expect(toUnit?.map(l => [l.targetUri, l.targetSelectionRange.start])).toEqual([
            ['file:///work/city.ssc', { line: 1, character: 9 }],
        ]);
        const qualifier = at(ws, 'links.ssc', 'CityCouncil.Planning ->');
        const toStakeholder = await definition.getDefinition(qualifier.document, qualifier.params);
        expect(toStakeholder?.map(l => [l.targetUri, l.targetSelectionRange.start])).toEqual([
            ['file:///work/city.ssc', { line: 0, character: 12 }],
        ]);
    });

    test('hover: a card for the unit on the member part, the stakeholder card on the qualifier', async () => {
        const ws = await buildWorkspace(FILES);
        const hover = ws.services.Ssc.lsp.HoverProvider!;
        const member = at(ws, 'links.ssc', 'Planning ->');
        const unit = await hover.getHoverContent(member.document, member.params);
        const text = (unit?.contents as { value: string }).value;
        expect(text).toContain('**CityCouncil.Planning** — Urban Planning Department');
        expect(text).toContain('Municipal unit of CityCouncil');
        expect(text).toContain('Urban planning unit (Table 2)');
        const ministry = at(ws, 'links.ssc', 'Infra ->');
        expect(((await hover.getHoverContent(ministry.document, ministry.params))?.contents as { value: string }).value).toContain(
            'Ministry of Ministry',
        );
        const qualifier = at(ws, 'links.ssc', 'CityCouncil.Planning ->');
        expect(((await hover.getHoverContent(qualifier.document, qualifier.params))?.contents as { value: string }).value).toContain(
            '**CityCouncil** — Valencia City Council',
        );
    });

    test('renaming a unit updates the member part of every qualified reference, across files, and no other Planning', async () => {
        const ws = await buildWorkspace(FILES);
        const { document, params } = at(ws, 'city.ssc', 'Planning "');
        const after = apply(ws, await ws.services.Ssc.lsp.RenameProvider!.rename(document, { ...params, newName: 'Urbanism' }));
        expect(after['city.ssc']).toBe(FILES['city.ssc'].replace('unit Planning "', 'unit Urbanism "'));
        expect(after['links.ssc']).toBe(
            FILES['links.ssc']
                .replace('relation CityCouncil.Planning', 'relation CityCouncil.Urbanism')
                .replace('participants CityCouncil.Planning', 'participants CityCouncil.Urbanism'),
        );
    });

    test('renaming a unit from a qualified reference gives the same edit', async () => {
        const ws = await buildWorkspace(FILES);
        const { document, params } = at(ws, 'links.ssc', 'Planning, Other');
        const after = apply(ws, await ws.services.Ssc.lsp.RenameProvider!.rename(document, { ...params, newName: 'Urbanism' }));
        expect(after['links.ssc']).toContain('participants CityCouncil.Urbanism, Other.Planning, Residents');
        expect(after['city.ssc']).toContain('unit Urbanism "Urban Planning Department"');
    });

    test("renaming a stakeholder updates the qualifier of its units' references too", async () => {
        const ws = await buildWorkspace(FILES);
        const { document, params } = at(ws, 'city.ssc', 'CityCouncil "');
        const after = apply(ws, await ws.services.Ssc.lsp.RenameProvider!.rename(document, { ...params, newName: 'Ayuntamiento' }));
        expect(after['links.ssc']).toBe(FILES['links.ssc'].replaceAll('CityCouncil', 'Ayuntamiento'));
        expect(after['city.ssc']).toBe(FILES['city.ssc'].replace('stakeholder CityCouncil', 'stakeholder Ayuntamiento'));
        const rebuilt = await buildWorkspace(after);
        expect(rebuilt.withCode('identification/unknown-reference')).toEqual([]);
    });

    test('renaming from the qualifier renames the stakeholder', async () => {
        const ws = await buildWorkspace(FILES);
        const { document, params } = at(ws, 'links.ssc', 'CityCouncil.Water');
        const after = apply(ws, await ws.services.Ssc.lsp.RenameProvider!.rename(document, { ...params, newName: 'Ayuntamiento' }));
        expect(after['links.ssc']).toBe(FILES['links.ssc'].replaceAll('CityCouncil', 'Ayuntamiento'));
    });

    test("a unit may take a name another stakeholder's unit has, but not a sibling's", async () => {
        const ws = await buildWorkspace({ ...FILES, 'more.ssc': 'stakeholder B : municipality { unit Water : water-sanitation }' });
        const rename = ws.services.Ssc.lsp.RenameProvider!;
        const other = at(ws, 'city.ssc', 'Planning : urban-planning }');
        expect(await rename.rename(other.document, { ...other.params, newName: 'Water' })).toBeDefined();
        const sibling = at(ws, 'city.ssc', 'Planning "');
        await expect(rename.rename(sibling.document, { ...sibling.params, newName: 'Water' })).rejects.toThrow(
            /already names a unit or ministry of CityCouncil/,
        );
    });

    test('find references of a unit lists the member parts only', async () => {
        const ws = await buildWorkspace(FILES);
        const { document, params } = at(ws, 'city.ssc', 'Planning "');
        const refs = await ws.services.Ssc.lsp.ReferencesProvider!.findReferences(document, {
            ...params,
            context: { includeDeclaration: false },
        });
        const texts = refs.map(r => ws.documents.get(r.uri.replace('file:///work/', ''))!.textDocument.getText(r.range));
        expect(texts).toEqual(['Planning', 'Planning']);
    });
});
