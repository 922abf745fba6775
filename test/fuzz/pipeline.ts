import { URI, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { buildModelData } from '../../language/builder/model-builder.js';
import { analyse } from '../../language/model/analysis.js';
import { RENDERERS } from '../../cli/renderers.js';
import { seededRandom } from '../../bench/model-generator.js';
import type { createTestServices } from '../helpers/workspace.js';

type Services = Awaited<ReturnType<typeof createTestServices>>;

/** The time one step may take before the run counts as hung. */
export const STEP_LIMIT_MS = 10_000;

/** What one pipeline run did: the steps and their durations. */
export interface PipelineReport {
    steps: Array<{ name: string; ms: number }>;
}

async function timed<T>(report: PipelineReport, name: string, step: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
        return await step();
    } catch (error) {
        const message = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
        throw new Error(`step '${name}' threw: ${message}`);
    } finally {
        const ms = performance.now() - start;
        report.steps.push({ name, ms });
        if (ms > STEP_LIMIT_MS) throw new Error(`step '${name}' took ${Math.round(ms)} ms`);
    }
}

function position(document: LangiumDocument, offset: number) {
    return document.textDocument.positionAt(Math.min(offset, document.textDocument.getText().length));
}

/**
 * Sends one text through everything a user can trigger: parse, index, link, every rule, the analysis,
 * every renderer, and the LSP features at a random position. Throws on any exception or hang.
 */
export async function runPipeline(services: Services, text: string, seed: number, uri = 'file:///fuzz/model.ssc'): Promise<PipelineReport> {
    const report: PipelineReport = { steps: [] };
    const { shared, Ssc } = services;
    const documents = shared.workspace.LangiumDocuments;
    const parsedUri = URI.parse(uri);
    if (documents.hasDocument(parsedUri)) documents.deleteDocument(parsedUri);
    const document = await timed(report, 'parse', () => shared.workspace.LangiumDocumentFactory.fromString(text, parsedUri));
    documents.addDocument(document);
    try {
        await timed(report, 'build', () => shared.workspace.DocumentBuilder.build([document], { validation: true }));
        const analysis = await timed(report, 'analysis', () => analyse(buildModelData([document], d => d.uri.path), { today: '2026-06-30' }));
        for (const [format, render] of Object.entries(RENDERERS)) {
            const views = format === 'svg' ? ['grid', 'onion', 'map', 'classification'] : [undefined];
            for (const view of views) await timed(report, `render ${format}${view ? ' ' + view : ''}`, () => render(analysis, { view, findings: [] }));
        }
        const random = seededRandom(seed);
        const length = document.textDocument.getText().length;
        const textDocument = { uri: document.uri.toString() };
        const lsp = Ssc.lsp;
        for (let i = 0; i < 3; i++) {
            const at = position(document, Math.floor(random() * (length + 1)));
            await timed(report, 'completion', () => lsp.CompletionProvider?.getCompletion(document, { textDocument, position: at }, CancellationToken.None));
            await timed(report, 'hover', () => lsp.HoverProvider?.getHoverContent(document, { textDocument, position: at }, CancellationToken.None));
        }
        await timed(report, 'symbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }, CancellationToken.None));
        await timed(report, 'formatting', () => lsp.Formatter?.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } }, CancellationToken.None));
        await timed(report, 'folding', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }, CancellationToken.None));
        await timed(report, 'semantic tokens', () => lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }, CancellationToken.None));
    } finally {
        documents.deleteDocument(parsedUri);
    }
    return report;
}
