import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';

const FILES = {
    'catalogue.ssc': 'stakeholder Telco "Telco and Telcos" : ict-company // Telco\ngroup LocalMedia "Local press"\n',
    'city.ssc': [
        'stakeholder Council : municipality',
        'stakeholder Press : LocalMedia',
        'stakeholder TelcoLab : academia',
        'relation Telco -> Council : supplies "Telco network"',
        'kpi Coverage { provider Telco examiner Council }',
        'consultation H { participants Council, Telco, TelcoLab }',
        'assessment "Q1" on 2026-03-31 { Telco supportive }',
    ].join('\n'),
};

function positionOf(ws: TestWorkspace, file: string, needle: string, occurrence = 0) {
    const document = ws.documents.get(file)!;
    const text = document.textDocument.getText();
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
    return { document, position: document.textDocument.positionAt(offset + 1) };
}

function apply(ws: TestWorkspace, edit: WorkspaceEdit | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [file, document] of ws.documents) {
        const edits = edit?.changes?.[document.uri.toString()] ?? [];
        result[file] = TextDocument.applyEdits(document.textDocument as TextDocument, edits);
    }
    return result;
}

async function rename(ws: TestWorkspace, file: string, needle: string, newName: string, occurrence = 0) {
    const { document, position } = positionOf(ws, file, needle, occurrence);
    return ws.services.Ssc.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName });
}

describe('rename', () => {
    test('renaming a stakeholder updates every reference in every file, and nothing else', async () => {
        const ws = await buildWorkspace(FILES);
        const after = apply(ws, await rename(ws, 'city.ssc', 'Telco ->', 'NationalTelco'));
        expect(after['catalogue.ssc']).toBe(
            'stakeholder NationalTelco "Telco and Telcos" : ict-company // Telco\ngroup LocalMedia "Local press"\n',
        );
        expect(after['city.ssc']).toBe(
            FILES['city.ssc']
                .replace('relation Telco', 'relation NationalTelco')
                .replace('provider Telco', 'provider NationalTelco')
                .replace('Council, Telco,', 'Council, NationalTelco,')
                .replace('{ Telco supportive', '{ NationalTelco supportive'),
        );
    });

    test('renaming from the declaration gives the same edit', async () => {
        const ws = await buildWorkspace(FILES);
        const fromUse = await rename(ws, 'city.ssc', 'Telco ->', 'T2');
        const fromDeclaration = await rename(ws, 'catalogue.ssc', 'Telco "', 'T2');
        expect(apply(ws, fromDeclaration)).toEqual(apply(ws, fromUse));
    });

    test('a custom group may take a hyphenated name', async () => {
        const ws = await buildWorkspace(FILES);
        const after = apply(ws, await rename(ws, 'city.ssc', 'LocalMedia', 'local-media'));
        expect(after['catalogue.ssc']).toContain('group local-media "Local press"');
        expect(after['city.ssc']).toContain('stakeholder Press : local-media');
    });

    test('built-in names cannot be renamed', async () => {
        const ws = await buildWorkspace(FILES);
        const { document, position } = positionOf(ws, 'city.ssc', 'municipality');
        const provider = ws.services.Ssc.lsp.RenameProvider!;
        expect(() => provider.prepareRename(document, { textDocument: { uri: document.uri.toString() }, position })).toThrow(
            /built-in vocabulary/,
        );
        await expect(rename(ws, 'city.ssc', 'municipality', 'city')).rejects.toBeInstanceOf(ResponseError);
    });

    test('prepare rename gives the name range for user elements', async () => {
        const ws = await buildWorkspace(FILES);
        const { document, position } = positionOf(ws, 'city.ssc', 'Council', 1);
        const range = ws.services.Ssc.lsp.RenameProvider!.prepareRename(document, {
            textDocument: { uri: document.uri.toString() },
            position,
        });
        expect(range).toEqual({ start: { line: 3, character: 18 }, end: { line: 3, character: 25 } });
    });

    test.each([
        ['a keyword', 'stakeholder', /keyword/],
        ['a hyphenated stakeholder name', 'tel-co', /letters, digits and `_`/],
        ['a name with spaces', 'Tel co', /cannot be used/],
        ['a name already used', 'Council', /already names a stakeholder/],
        ['a standard group name', 'citizens', /already names a group/],
    ])('refuses %s', async (_what, newName, message) => {
        const ws = await buildWorkspace(FILES);
        await expect(rename(ws, 'city.ssc', 'Telco ->', newName)).rejects.toThrow(message);
    });
});
