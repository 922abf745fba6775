import { Cancellation, DocumentState, URI } from 'langium';
import { setTextDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Model } from '../../../language/generated/ast.js';
import { createTestServices } from '../../helpers/workspace.js';

const URI_TEXT = 'file:///work/model.ssc';

const model = (name: string, note: string) => `group citizens

stakeholder a "A" : citizens {
    aims "${note}"
}

stakeholder ${name} "B" : citizens {
    aims "clean air"
}

relation a -> b : funds "money"
`;

describe('links kept across block re-parses', () => {
    test('a keystroke keeps the links of untouched elements, and they still lead to the right nodes', async () => {
        const services = await createTestServices();
        const builder = services.shared.workspace.DocumentBuilder;
        const uri = URI.parse(URI_TEXT);
        let version = 0;
        const open = async (text: string) => {
            setTextDocument(services.shared, TextDocument.create(URI_TEXT, 'ssc', ++version, text));
            if (!services.shared.workspace.LangiumDocuments.hasDocument(uri)) {
                const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
                services.shared.workspace.LangiumDocuments.addDocument(document);
                await builder.build([document], { validation: true });
            } else {
                await builder.update([uri], []);
            }
            return services.shared.workspace.LangiumDocuments.getDocument(uri)!;
        };
        await open(model('b', 'jobs'));
        const document = await open(model('b', 'jobsx'));
        expect(services.Ssc.ssc.IncrementalParser.stats().incremental).toBe(1);
        const root = document.parseResult.value as Model;
        const relation = root.elements.find(e => e.$type === 'Relation') as { to: { ref?: unknown } };
        const b = root.elements.find(e => (e as { name?: string }).name === 'b');
        expect(relation.to.ref).toBe(b);
        expect(document.diagnostics?.filter(d => d.code === 'identification/unknown-reference')).toEqual([]);
    });

    test('a build cancelled after a rename does not leave the old links to be kept by the next keystroke', async () => {
        const services = await createTestServices();
        const builder = services.shared.workspace.DocumentBuilder;
        const uri = URI.parse(URI_TEXT);
        let version = 0;
        const setText = (text: string) => setTextDocument(services.shared, TextDocument.create(URI_TEXT, 'ssc', ++version, text));
        setText(model('b', 'jobs'));
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(model('b', 'jobs'), uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await builder.build([document], { validation: true });

        // The rename of `b` to `c` is cancelled once its names are compared, before it is linked again.
        const source = new Cancellation.CancellationTokenSource();
        const listener = builder.onBuildPhase(DocumentState.ComputedScopes, () => source.cancel());
        setText(model('c', 'jobs'));
        await builder.update([uri], [], source.token).catch(() => undefined);
        listener.dispose();

        // A keystroke elsewhere: names are as in the cancelled build, so only the block is re-parsed.
        setText(model('c', 'jobsx'));
        await builder.update([uri], []);
        const now = services.shared.workspace.LangiumDocuments.getDocument(uri)!;
        const unknown = now.diagnostics?.filter(d => d.code === 'identification/unknown-reference') ?? [];
        expect(unknown.map(d => d.message)).toEqual([expect.stringContaining("'b'")]);
    });

    test('a keystroke cancelled before its linking does not keep failed links once another file adds the name', async () => {
        const services = await createTestServices();
        const builder = services.shared.workspace.DocumentBuilder;
        const documents = services.shared.workspace.LangiumDocuments;
        const a = URI.parse('file:///work/a.ssc');
        const text = (note: string) =>
            `group citizens\n\nstakeholder a "A" : citizens {\n    aims "${note}"\n}\n\nrelation a -> m : funds "money"\n`;
        setTextDocument(services.shared, TextDocument.create(a.toString(), 'ssc', 1, text('jobs')));
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text('jobs'), a);
        documents.addDocument(document);
        await builder.build([document], { validation: true });
        expect(document.diagnostics?.filter(d => d.code === 'identification/unknown-reference')).toHaveLength(1);

        // A keystroke in a.ssc, cancelled once its names are compared (its links may be kept), before it is linked.
        const source = new Cancellation.CancellationTokenSource();
        const listener = builder.onBuildPhase(DocumentState.ComputedScopes, () => source.cancel());
        setTextDocument(services.shared, TextDocument.create(a.toString(), 'ssc', 2, text('jobsx')));
        await builder.update([a], [], source.token).catch(() => undefined);
        listener.dispose();

        // Another file declares `m`: a.ssc is linked in this build, and its relation must find `m`.
        const m = URI.parse('file:///work/m.ssc');
        setTextDocument(services.shared, TextDocument.create(m.toString(), 'ssc', 1, 'stakeholder m "M" : citizens\n'));
        await builder.update([m], []);
        const now = documents.getDocument(a)!;
        expect(now.diagnostics?.filter(d => d.code === 'identification/unknown-reference')).toEqual([]);
    });
});
