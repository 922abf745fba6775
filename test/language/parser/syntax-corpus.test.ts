import { URI, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test } from 'vitest';
import { firstSentence } from '../../../language/validation/message-text.js';
import { createTestServices } from '../../helpers/workspace.js';
import { SYNTAX_MISTAKES } from './syntax-corpus.js';

type Services = Awaited<ReturnType<typeof createTestServices>>;
let services: Services;
let n = 0;

beforeAll(async () => {
    services = await createTestServices();
});

async function validate(text: string): Promise<{ document: LangiumDocument; syntax: Diagnostic[] }> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///corpus/${++n}.ssc`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const syntax = (document.diagnostics ?? []).filter(d => d.code === 'syntax');
    services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    return { document, syntax };
}

function apply(text: string, action: CodeAction): string {
    const edits = Object.values(action.edit?.changes ?? {})[0] ?? [];
    return TextDocument.applyEdits(TextDocument.create('file:///x.ssc', 'ssc', 1, text), edits);
}

describe('a corpus of typical mistakes', () => {
    test('holds at least 40 mistakes', () => {
        expect(SYNTAX_MISTAKES.length).toBeGreaterThanOrEqual(40);
    });

    test('"fix all in file" applies every syntax fix that has a single repair', async () => {
        const text = 'stakeholder Folks "Residents" citizens {\n    intrest high\n    power hgh\n    scale locl\n    category active,\n}\n';
        const { document, syntax } = await validate(text);
        expect(syntax).toHaveLength(5);
        const actions = services.Ssc.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: syntax[0].range,
            context: { diagnostics: [syntax[0]] },
        }) as CodeAction[];
        const all = actions.find(a => a.title.startsWith('Apply every syntax fix in the file'));
        expect(all?.title).toBe('Apply every syntax fix in the file that has a single repair (5)');
        const fixed = apply(text, all!);
        expect(fixed).toBe(
            'stakeholder Folks "Residents" : citizens {\n    interest high\n    power high\n    scale local\n    category active\n}\n',
        );
        expect((await validate(fixed)).syntax).toEqual([]);
    });

    for (const mistake of SYNTAX_MISTAKES) {
        test(mistake.name, async () => {
            const { document, syntax } = await validate(mistake.text);
            expect(syntax.length, 'a syntax diagnostic').toBeGreaterThan(0);
            const first = syntax[0];
            expect({ line: first.range.start.line + 1, message: first.message }).toEqual({
                line: mistake.line,
                message: expect.stringMatching(mistake.message),
            });
            for (const d of syntax) {
                expect(d.message).not.toMatch(/[\r\n]|token|Expecting|\[ID\]|\bEOF\b/);
                expect(firstSentence(d.message, 1000).length).toBeLessThanOrEqual(120);
                expect(d.codeDescription?.href).toMatch(/docs\/rules\.md#syntax$/);
            }
            const actions = services.Ssc.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() },
                range: first.range,
                context: { diagnostics: [first] },
            }) as CodeAction[];
            const fixes = actions.filter(a => a.diagnostics?.includes(first));
            if (mistake.fixed === undefined) {
                expect(fixes).toEqual([]);
                return;
            }
            expect(fixes.length, 'a quick fix').toBeGreaterThan(0);
            const fixed = apply(mistake.text, fixes[0]);
            expect(fixed).toContain(mistake.fixed);
            expect((await validate(fixed)).syntax.map(d => d.message)).toEqual([]);
        });
    }
});
