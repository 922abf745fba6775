import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { buildModelData } from '../../language/builder/model-builder.js';
import { analyse, type Analysis } from '../../language/model/analysis.js';
import { createSscServices, type SscServicesOptions } from '../../language/ssc-module.js';
import { ensureBuiltins } from '../../language/workspace/builtins.js';

/** Fresh language services over an empty in-memory file system, with the built-in library loaded. */
export async function createTestServices(options: SscServicesOptions = {}) {
    const services = createSscServices(EmptyFileSystem, options);
    const builtins = ensureBuiltins(services.shared);
    await services.shared.workspace.DocumentBuilder.build([builtins]);
    return services;
}

/** A built workspace of in-memory files. */
export interface TestWorkspace {
    services: Awaited<ReturnType<typeof createTestServices>>;
    documents: Map<string, LangiumDocument>;
    /** Diagnostics of one file (by its name as given). */
    diagnostics(file: string): Diagnostic[];
    /** All diagnostics with a given code, across files. */
    withCode(code: string): Array<Diagnostic & { file: string }>;
    /** The analysis of the workspace. */
    analysis(): Analysis;
}

/**
 * Builds and validates a workspace of files given as `{ 'name.ssc': text }` (a plain string is one
 * file named `model.ssc`). URIs are `file:///work/<name>`.
 */
export async function buildWorkspace(
    files: Record<string, string> | string,
    services?: Awaited<ReturnType<typeof createTestServices>>,
): Promise<TestWorkspace> {
    const s = services ?? (await createTestServices());
    const entries = typeof files === 'string' ? { 'model.ssc': files } : files;
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(entries)) {
        const document = s.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///work/${name}`));
        s.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await s.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return {
        services: s,
        documents,
        diagnostics: file => documents.get(file)?.diagnostics ?? [],
        withCode: code =>
            [...documents.entries()].flatMap(([file, d]) => (d.diagnostics ?? []).filter(x => x.code === code).map(x => ({ ...x, file }))),
        analysis: () =>
            analyse(
                buildModelData([...documents.values()], d => d.uri.path.replace(/^\/work\//, '')),
                { today: '2026-06-30' },
            ),
    };
}

/** The editor's flow for one file: its text changes, then the builder updates that one document. */
export async function editFile(ws: TestWorkspace, file: string, text: string): Promise<void> {
    const uri = URI.parse(`file:///work/${file}`);
    setTextDocument(ws.services.shared, TextDocument.create(uri.toString(), 'ssc', Date.now(), text));
    await ws.services.shared.workspace.DocumentBuilder.update([uri], []);
}
