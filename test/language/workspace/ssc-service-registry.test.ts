import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, test, vi } from 'vitest';
import { createSscServices } from '../../../language/ssc-module.js';

test('a .ssc file gets the language services without a look at the open documents', () => {
    const { shared, Ssc } = createSscServices(EmptyFileSystem);
    const lookup = vi.spyOn(shared.workspace.TextDocuments!, 'get');
    expect(shared.ServiceRegistry.getServices(URI.parse('file:///city/model.ssc'))).toBe(Ssc);
    expect(lookup).not.toHaveBeenCalled();
});

test("an open document of the language without the extension still gets them, through Langium's lookup", () => {
    const { shared, Ssc } = createSscServices(EmptyFileSystem);
    const uri = 'untitled:Untitled-1';
    shared.workspace.TextDocuments!.set(TextDocument.create(uri, 'ssc', 1, 'stakeholder A : ngo'));
    expect(shared.ServiceRegistry.getServices(URI.parse(uri))).toBe(Ssc);
    expect(shared.ServiceRegistry.hasServices(URI.parse(uri))).toBe(true);
});

test('a file of another language gets no services, as before', () => {
    const { shared } = createSscServices(EmptyFileSystem);
    const uri = URI.parse('file:///city/notes.txt');
    expect(() => shared.ServiceRegistry.getServices(uri)).toThrow(/no services for the extension '.txt'/);
    expect(shared.ServiceRegistry.hasServices(uri)).toBe(false);
});
