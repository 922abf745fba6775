import { loadavg } from 'node:os';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { buildModelData } from '../language/builder/model-builder.js';
import { analyse } from '../language/model/analysis.js';
import { renderHtmlReport } from '../language/model/render/render-html.js';
import { prepareReport } from '../language/model/views/report-data.js';
import { createSscServices } from '../language/ssc-module.js';
import { ensureBuiltins } from '../language/workspace/builtins.js';
import type { Corpus } from './corpus.js';
import { stats, type Stats } from './stats.js';

/** The corpus's documents built and validated in fresh services, the built-in vocabulary first. */
export async function buildCorpus(corpus: Corpus): Promise<LangiumDocument[]> {
    const { shared } = createSscServices(EmptyFileSystem);
    const documents: LangiumDocument[] = [ensureBuiltins(shared)];
    for (const [file, text] of corpus.texts) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///bench/${file}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

/** Time to turn built documents into the analysis and render the HTML report (every view, the map included). */
export interface RenderResult {
    analysisMs: Stats;
    htmlMs: Stats;
    totalMs: Stats;
    /** CPU time of this process (all threads) per run: the figure to read when other work shares the machine. */
    totalCpuMs?: Stats;
    /** The 1-minute load average when the runs ended. */
    loadAverage?: number;
}

/**
 * Builds the corpus once, then times model building + analysis, and `prepareReport` + the HTML
 * report. The map layout cache is emptied before each run, so every run lays the map out again.
 */
export async function benchRender(corpus: Corpus, runs: number): Promise<RenderResult> {
    const documents = await buildCorpus(corpus);
    const analysisTimes: number[] = [],
        htmlTimes: number[] = [],
        totals: number[] = [],
        cpuTotals: number[] = [];
    for (let i = 0; i < runs; i++) {
        globalThis.gc?.();
        const cpu = process.cpuUsage();
        const start = performance.now();
        const analysis = analyse(buildModelData(documents, d => d.uri.path));
        const analysed = performance.now();
        renderHtmlReport(await prepareReport(analysis));
        const rendered = performance.now();
        analysisTimes.push(analysed - start);
        htmlTimes.push(rendered - analysed);
        totals.push(rendered - start);
        const used = process.cpuUsage(cpu);
        cpuTotals.push((used.user + used.system) / 1000);
    }
    return {
        analysisMs: stats(analysisTimes),
        htmlMs: stats(htmlTimes),
        totalMs: stats(totals),
        totalCpuMs: stats(cpuTotals),
        loadAverage: loadavg()[0],
    };
}
