import { URI, type LangiumDocument } from 'langium';
import {
    CancellationToken,
    DiagnosticSeverity,
    ResponseError,
    type FormattingOptions,
    type Range,
    type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModelData } from '../../language/builder/model-builder.js';
import { formatSscText } from '../../language/lsp/formatting/ssc-formatter.js';
import { analyse } from '../../language/model/analysis.js';
import { previewPayload } from '../../language/model/render/preview-payload.js';
import type { Finding } from '../../language/model/views/findings.js';
import { MapLayoutCache } from '../../language/model/views/map-elk.js';
import { prepareReport } from '../../language/model/views/report-data.js';
import { RENDERERS } from '../../cli/renderers.js';
import { seededRandom } from '../../bench/model-generator.js';
import type { createTestServices } from '../helpers/workspace.js';

type Services = Awaited<ReturnType<typeof createTestServices>>;

/** The time one step may take before the run counts as hung. */
export const STEP_LIMIT_MS = 10_000;

/** How a text is sent through the pipeline. */
export interface PipelineOptions {
    /** Seeds the positions and ranges the LSP features are asked about. */
    readonly seed: number;
    /**
     * Also run what needs the ELK layout of the interaction map: the HTML report, the map SVG and
     * the preview payload. The layout is most of a run's time (see test/fuzz/README.md), so the
     * fuzz campaign asks for it on a fixed share of the mutations only.
     */
    readonly layout: boolean;
    readonly uri?: string;
}

/** What one pipeline run did: the steps and their durations, and what the format check saw. */
export interface PipelineReport {
    steps: Array<{ name: string; ms: number }>;
    /** True when the text has no syntax errors, so the formatter laid it out (and it was checked). */
    formatted: boolean;
}

async function timed<T>(report: PipelineReport, name: string, step: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    let result: T;
    try {
        result = await step();
    } catch (error) {
        report.steps.push({ name, ms: performance.now() - start });
        const message = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
        throw new Error(`step '${name}' threw: ${message}`, { cause: error });
    }
    const ms = performance.now() - start;
    report.steps.push({ name, ms });
    if (ms > STEP_LIMIT_MS) throw new Error(`step '${name}' took ${Math.round(ms)} ms`);
    return result;
}

/** Runs a request whose refusal (a `ResponseError`, e.g. renaming a built-in) is an answer, not a crash. */
async function request<T>(call: () => Promise<T> | T): Promise<T | undefined> {
    try {
        return await call();
    } catch (error) {
        if (error instanceof ResponseError) return undefined;
        throw error;
    }
}

const SEVERITY: Record<number, Finding['severity']> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint',
};

/** The document's diagnostics as report findings, the way the language server passes them to the views. */
function findingsOf(document: LangiumDocument): Finding[] {
    return (document.diagnostics ?? []).map(x => ({
        code: x.code === undefined ? 'syntax' : String(x.code),
        message: x.message,
        severity: SEVERITY[x.severity ?? DiagnosticSeverity.Error] ?? 'error',
        file: document.uri.toString(),
        line: x.range.start.line + 1,
    }));
}

/** Every token the lexer sees, comments included, in text order: the images, and whether it lexed cleanly. */
export function lexedImages(services: Services, text: string): { images: string[]; errors: number } {
    const lexed = services.Ssc.parser.Lexer.tokenize(text);
    const images = [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
    return { images, errors: lexed.errors.length };
}

/** Throws unless both texts have the same tokens and comments, image by image, in the same order. */
function expectSameTokens(services: Services, before: string, after: string, what: string): void {
    const a = lexedImages(services, before),
        b = lexedImages(services, after);
    if (b.errors > a.errors) throw new Error(`${what}: the result has ${b.errors} lexer errors, the input ${a.errors}`);
    const n = Math.max(a.images.length, b.images.length);
    for (let i = 0; i < n; i++) {
        if (a.images[i] !== b.images[i]) {
            throw new Error(
                `${what}: token ${i} of ${a.images.length} was ${JSON.stringify(a.images[i])}, is ${JSON.stringify(b.images[i])} (${b.images.length} tokens now)`,
            );
        }
    }
}

function apply(document: LangiumDocument, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(document.textDocument as TextDocument, [...edits]);
}

/**
 * The formatter's guarantees, checked on one document: whole-document formatting keeps every token
 * and comment in order (only whitespace changes), leaves a text that still parses cleanly, and is a
 * fixed point (formatting the result gives no edits); a range format keeps the tokens too, and the
 * whole format of its result is the whole format of the input. A text with syntax errors is left
 * alone by design, which the check confirms.
 */
async function checkFormatting(
    services: Services,
    document: LangiumDocument,
    report: PipelineReport,
    range: Range,
    options: FormattingOptions,
): Promise<void> {
    const formatter = services.Ssc.lsp.Formatter!;
    const { LangiumDocumentFactory } = services.shared.workspace;
    const textDocument = { uri: document.uri.toString() };
    const text = document.textDocument.getText();
    const edits = await timed(report, 'formatting', () =>
        formatter.formatDocument(document, { textDocument, options }, CancellationToken.None),
    );
    const rangeEdits = await timed(report, 'range formatting', () =>
        formatter.formatDocumentRange(document, { textDocument, options, range }, CancellationToken.None),
    );
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) {
        if (edits.length > 0 || rangeEdits.length > 0) throw new Error('the formatter changed a document with syntax errors');
        return;
    }
    report.formatted = true;
    await timed(report, 'format invariants', async () => {
        const once = apply(document, edits);
        expectSameTokens(services, text, once, 'formatting');
        if (formatSscText(services.Ssc, text, options) !== once) throw new Error('formatSscText and the formatter service disagree');
        const formatted = LangiumDocumentFactory.fromString(once, URI.parse('file:///fuzz/formatted.ssc'));
        const errors = formatted.parseResult.lexerErrors.length + formatted.parseResult.parserErrors.length;
        if (errors > 0) throw new Error(`formatting left ${errors} syntax errors in a text that had none`);
        const twice = await formatter.formatDocument(
            formatted,
            { textDocument: { uri: formatted.uri.toString() }, options },
            CancellationToken.None,
        );
        if (twice.length > 0)
            throw new Error(
                `formatting is not idempotent: the formatted text got ${twice.length} more edits, first ${JSON.stringify(twice[0])}`,
            );

        const partly = apply(document, rangeEdits);
        expectSameTokens(services, text, partly, 'range formatting');
        const partlyDocument = LangiumDocumentFactory.fromString(partly, URI.parse('file:///fuzz/range-formatted.ssc'));
        const after = apply(
            partlyDocument,
            await formatter.formatDocument(
                partlyDocument,
                { textDocument: { uri: partlyDocument.uri.toString() }, options },
                CancellationToken.None,
            ),
        );
        if (after !== once)
            throw new Error(`formatting after a range format of ${JSON.stringify(range)} differs from formatting the input`);
    });
}

/** The editor settings formatting is asked with: the default, two spaces, tabs. */
const FORMATTING_OPTIONS: FormattingOptions[] = [
    { tabSize: 4, insertSpaces: true },
    { tabSize: 2, insertSpaces: true },
    { tabSize: 4, insertSpaces: false },
];

function position(document: LangiumDocument, offset: number) {
    return document.textDocument.positionAt(Math.min(offset, document.textDocument.getText().length));
}

/**
 * Sends one text through everything a user can trigger: parse, index, link, every rule, the analysis,
 * every renderer, and every LSP feature at random positions, with the formatter's guarantees
 * checked. Throws on any exception, broken guarantee or hang.
 */
export async function runPipeline(services: Services, text: string, options: PipelineOptions): Promise<PipelineReport> {
    const report: PipelineReport = { steps: [], formatted: false };
    const { shared, Ssc } = services;
    const documents = shared.workspace.LangiumDocuments;
    const parsedUri = URI.parse(options.uri ?? 'file:///fuzz/model.ssc');
    if (documents.hasDocument(parsedUri)) documents.deleteDocument(parsedUri);
    const document = await timed(report, 'parse', () => shared.workspace.LangiumDocumentFactory.fromString(text, parsedUri));
    documents.addDocument(document);
    try {
        await timed(report, 'build', () => shared.workspace.DocumentBuilder.build([document], { validation: true }));
        const findings = findingsOf(document);
        const analysis = await timed(report, 'analysis', () =>
            analyse(
                buildModelData([document], d => d.uri.path),
                { today: '2026-06-30' },
            ),
        );
        // One layout cache per mutation: the report, the map drawing and the preview share one ELK run, as in the server.
        const layouts = new MapLayoutCache();
        for (const [format, render] of Object.entries(RENDERERS)) {
            // The report and the workbook are the slow renderers: they run with the map layouts (every tenth mutation).
            if ((format === 'html' || format === 'xlsx') && !options.layout) continue;
            const views = format === 'svg' ? ['grid', 'onion', 'classification', ...(options.layout ? ['map'] : [])] : [undefined];
            for (const view of views)
                await timed(report, `render ${format}${view ? ' ' + view : ''}`, () =>
                    render(analysis, { view, findings, layouts, ...(format === 'xlsx' ? { out: 'fuzz.xlsx' } : {}) }),
                );
        }
        if (options.layout) {
            await timed(report, 'preview', async () =>
                previewPayload(
                    await prepareReport(analysis, findings, layouts),
                    document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length,
                ),
            );
        }

        const random = seededRandom(options.seed);
        const length = document.textDocument.getText().length;
        const at = () => position(document, Math.floor(random() * (length + 1)));
        const span = (): Range => {
            const [a, b] = [at(), at()].sort((x, y) => x.line - y.line || x.character - y.character);
            return { start: a, end: b };
        };
        const textDocument = { uri: document.uri.toString() };
        const lsp = Ssc.lsp;
        const none = CancellationToken.None;
        for (let i = 0; i < 3; i++) {
            const p = { textDocument, position: at() };
            await timed(report, 'completion', () => lsp.CompletionProvider?.getCompletion(document, p, none));
            await timed(report, 'hover', () => lsp.HoverProvider?.getHoverContent(document, p, none));
            await timed(report, 'definition', () => lsp.DefinitionProvider?.getDefinition(document, p, none));
            await timed(report, 'references', () =>
                lsp.ReferencesProvider?.findReferences(document, { ...p, context: { includeDeclaration: true } }, none),
            );
            await timed(report, 'highlight', () => lsp.DocumentHighlightProvider?.getDocumentHighlight(document, p, none));
            await timed(report, 'rename', async () => {
                if (await request(() => lsp.RenameProvider?.prepareRename(document, p, none))) {
                    await request(() =>
                        lsp.RenameProvider?.rename(
                            document,
                            { ...p, newName: i === 0 ? 'Renamed_1' : i === 1 ? 'stakeholder' : 'S0' },
                            none,
                        ),
                    );
                }
            });
        }
        const diagnostics = document.diagnostics ?? [];
        await timed(report, 'code actions', async () => {
            await lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range: span(), context: { diagnostics } }, none);
            const one = diagnostics.length > 0 ? diagnostics[Math.floor(random() * diagnostics.length)] : undefined;
            if (one)
                await lsp.CodeActionProvider?.getCodeActions(
                    document,
                    { textDocument, range: one.range, context: { diagnostics: [one] } },
                    none,
                );
        });
        await timed(report, 'code lens', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }, none));
        await timed(report, 'symbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }, none));
        await timed(report, 'workspace symbols', () =>
            shared.lsp.WorkspaceSymbolProvider?.getSymbols({ query: text.charAt(Math.floor(random() * text.length)) }, none),
        );
        await timed(report, 'folding', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }, none));
        await timed(report, 'semantic tokens', () => lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }, none));
        await checkFormatting(services, document, report, span(), FORMATTING_OPTIONS[Math.floor(random() * FORMATTING_OPTIONS.length)]);
    } finally {
        documents.deleteDocument(parsedUri);
    }
    return report;
}
