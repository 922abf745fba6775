import { AstUtils, Cancellation, isAstNode, URI, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestServices } from './workspace.js';

type Services = Awaited<ReturnType<typeof createTestServices>>;

const URI_TEXT = 'file:///work/model.ssc';

/**
 * The same file open in two sets of services, one parsing edits block by block and one parsing
 * every edit whole, for differential tests of the incremental path.
 */
export interface IncrementalPair {
    incremental: Services;
    full: Services;
    /** Sets the file's text in both (an edit, as the editor sends it) and rebuilds both. */
    edit(text: string): Promise<void>;
    /** What users see of the file in each: tree, CST, diagnostics, references, symbols, folding, tokens, formatting. */
    views(): Promise<{ incremental: FileView; full: FileView }>;
}

/** A comparable picture of one document. */
export type FileView = Record<string, unknown>;

let version = 0;

/** Opens `text` in both sets of services. */
export async function openPair(text: string): Promise<IncrementalPair> {
    const incremental = await createTestServices();
    const full = await createTestServices();
    full.Ssc.ssc.IncrementalParser.enabled = false;
    const uri = URI.parse(URI_TEXT);
    const open = async (services: Services, content: string) => {
        setTextDocument(services.shared, TextDocument.create(URI_TEXT, 'ssc', ++version, content));
        const documents = services.shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(uri)) {
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(content, uri);
            documents.addDocument(document);
            await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        } else {
            await services.shared.workspace.DocumentBuilder.update([uri], []);
        }
    };
    await open(incremental, text);
    await open(full, text);
    return {
        incremental,
        full,
        edit: async content => {
            await open(incremental, content);
            await open(full, content);
        },
        views: async () => ({ incremental: await viewOf(incremental, uri), full: await viewOf(full, uri) }),
    };
}

function documentOf(services: Services, uri: URI): LangiumDocument {
    return services.shared.workspace.LangiumDocuments.getDocument(uri)!;
}

async function viewOf(services: Services, uri: URI): Promise<FileView> {
    const document = documentOf(services, uri);
    const locator = services.Ssc.workspace.AstNodeLocator;
    const where = (node: AstNode) => `${AstUtils.getDocument(node).uri.toString()}#${locator.getAstNodePath(node)}`;
    const textDocument = { uri: uri.toString() };
    const lsp = services.Ssc.lsp;
    const none = Cancellation.CancellationToken.None;
    const root = document.parseResult.value;
    return {
        text: root.$cstNode?.root.fullText,
        tree: astView(root, where),
        cst: cstView(root.$cstNode!, root.$cstNode!, n => locator.getAstNodePath(n)),
        errors: [document.parseResult.lexerErrors.length, document.parseResult.parserErrors.length],
        diagnostics: document.diagnostics,
        references: document.references.map(r => {
            const single = r as { $refText: string; ref?: AstNode; error?: { message: string } };
            return [single.$refText, single.ref ? where(single.ref) : single.error?.message];
        }),
        exports: [...services.shared.workspace.IndexManager.exportsOf(uri.toString())].map(d => [
            d.type,
            d.name,
            d.path,
            d.nameSegment,
            d.selectionSegment,
        ]),
        symbols: await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }, none),
        folding: await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }, none),
        tokens: (await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }, none)).data,
        formatting: await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } }, none),
    };
}

function astView(node: AstNode, where: (node: AstNode) => string): unknown {
    const view: Record<string, unknown> = { $type: node.$type };
    const record = node as unknown as Record<string, unknown>;
    for (const key of Object.keys(record).sort()) {
        if (key === '$type' || key === '$container' || key === '$cstNode' || key === '$document') continue;
        const value = record[key];
        view[key] = Array.isArray(value) ? value.map(v => valueView(v, where)) : valueView(value, where);
    }
    const cst = node.$cstNode;
    view.$cst = cst ? [cst.offset, cst.length, cst.range, cst.text] : undefined;
    if (node.$container && node.$container.$cstNode?.root !== cst?.root) throw new Error(`${node.$type} sits under another tree`);
    return view;
}

function valueView(value: unknown, where: (node: AstNode) => string): unknown {
    if (isAstNode(value)) {
        return astView(value, where);
    }
    if (typeof value === 'object' && value !== null && '$refText' in value) {
        const reference = value as { $refText: string; ref?: AstNode; $refNode?: CstNode };
        return { $refText: reference.$refText, ref: reference.ref ? where(reference.ref) : undefined, at: reference.$refNode?.offset };
    }
    return value;
}

function cstView(node: CstNode, root: CstNode, path: (node: AstNode) => string): unknown {
    if (node.root !== root) throw new Error(`a CST node at ${node.offset} belongs to another root`);
    const internals = node as unknown as { content?: CstNode[]; _astNode?: AstNode; grammarSource?: AstNode; tokenType?: { name: string } };
    const view: unknown[] = [
        node.constructor.name,
        node.offset,
        node.length,
        node.range,
        node.hidden,
        internals.tokenType?.name,
        internals.grammarSource ? path(internals.grammarSource) : undefined,
        internals._astNode ? internals._astNode.$type : undefined,
    ];
    if (internals.content) {
        for (const child of internals.content) {
            if (child.container !== node) throw new Error(`a CST node at ${child.offset} has the wrong container`);
            view.push(cstView(child, root, path));
        }
    } else {
        view.push(node.text);
    }
    return view;
}
