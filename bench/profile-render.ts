/**
 * A profiling aid, not part of `npm run bench`: builds the 1,000-in-1 corpus once, then times analysis + the
 * HTML report as bench/render-bench.ts does (a forced collection before each run), and with `--phases` the
 * median of each layout and each view's rendering on its own. Run it under `node --cpu-prof` to see where
 * the time goes:
 *
 *     npx esbuild bench/profile-render.ts --bundle --platform=node --format=esm --external:vscode \
 *         --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);" \
 *         --outfile=dist/profile-render.mjs
 *     node --expose-gc --cpu-prof dist/profile-render.mjs [runs] [stakeholders] [--phases]
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildModelData } from '../language/builder/model-builder.js';
import { analyse } from '../language/model/analysis.js';
import { renderHtmlReport } from '../language/model/render/render-html.js';
import { renderCoverage } from '../language/model/render/html-coverage.js';
import { renderAssessmentMatrix, renderEngagementTable } from '../language/model/render/html-engagement.js';
import { renderPlanView } from '../language/model/render/html-plan.js';
import { renderReview } from '../language/model/render/html-review.js';
import { renderSummaryTable } from '../language/model/render/html-summary.js';
import { renderViews } from '../language/model/render/report-views.js';
import { renderClassificationSvg } from '../language/model/render/svg-classification.js';
import { renderGridSvg } from '../language/model/render/svg-grid.js';
import { renderMapSvg } from '../language/model/render/svg-map.js';
import { renderOnionSvg } from '../language/model/render/svg-onion.js';
import { renderSalienceSvg } from '../language/model/render/svg-salience.js';
import { layoutMap } from '../language/model/views/map-layout.js';
import { prepareReport, prepareViews, type ReportData, type ReportViews } from '../language/model/views/report-data.js';
import { writeCorpus } from './corpus.js';
import { buildCorpus } from './render-bench.js';

const [runs = 10, size = 1000] = process.argv
    .slice(2)
    .filter(a => !a.startsWith('--'))
    .map(Number);
const corpus = writeCorpus(path.join(tmpdir(), 'ssc-profile'), size, 1);
const documents = await buildCorpus(corpus);

const phases = new Map<string, number[]>();
function record(name: string, ms: number): void {
    const list = phases.get(name) ?? [];
    list.push(ms);
    phases.set(name, list);
}
function time<T>(name: string, f: () => T): T {
    const start = performance.now();
    const value = f();
    record(name, performance.now() - start);
    return value;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU time (ms) of the main thread alone, from /proc on Linux (10 ms ticks): not inflated by collector or compiler threads. */
function mainThreadCpuMs(): number {
    try {
        const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
        return NaN;
    }
}

let length = 0,
    mainCpu = 0;
for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const mainBefore = mainThreadCpuMs();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const analysis = time('analysis', () => analyse(buildModelData(documents, d => d.uri.path)));
    const report = await prepareReport(analysis);
    length = time('HTML', () => renderHtmlReport(report)).length;
    record('total', performance.now() - start);
    mainCpu += mainThreadCpuMs() - mainBefore;
    const used = process.cpuUsage(cpu);
    record('total CPU (all threads)', (used.user + used.system) / 1000);
}
console.log(
    `${runs} runs, ${size} stakeholders, HTML ${length} characters; main thread CPU ${(mainCpu / runs).toFixed(0)} ms per run (mean); medians:`,
);
for (const [name, xs] of phases) console.log(`${median(xs).toFixed(1).padStart(8)} ms  ${name}`);

if (process.argv.includes('--split')) {
    phases.clear();
    for (let i = 0; i < runs; i++) {
        globalThis.gc?.();
        const analysis = time('split analysis', () => analyse(buildModelData(documents, d => d.uri.path)));
        const report = await prepareReport(analysis);
        time('split renderViews', () => renderViews(report));
        time('split renderHtmlReport (views kept)', () => renderHtmlReport(report));
    }
    for (const [name, xs] of phases) console.log(`${median(xs).toFixed(1).padStart(8)} ms  ${name}`);
}

if (process.argv.includes('--phases')) {
    phases.clear();
    for (let i = 0; i < runs; i++) {
        globalThis.gc?.();
        const analysis = analyse(buildModelData(documents, d => d.uri.path));
        const views = prepareViews(analysis);
        for (const key of Object.keys(views) as Array<keyof ReportViews>) time(`layout ${key}`, () => views[key]);
        const start = performance.now();
        const map = await layoutMap(analysis);
        record('layout map', performance.now() - start);
        const report: ReportData = Object.assign(views, { map });
        time('render grid', () => renderGridSvg(report.grid, false, report.trajectories));
        time('render engagement', () => renderEngagementTable(report.engagement) + renderAssessmentMatrix(report.engagement));
        time('render plan', () => renderPlanView(report.process, report.plan, report.planByOwner));
        time('render review', () => renderReview(report.review, report.findings));
        time('render salience', () => renderSalienceSvg(report.salience));
        time('render summary', () => renderSummaryTable(report.summary));
        time('render classification', () => renderClassificationSvg(report.classification));
        time('render map', () => renderMapSvg(report.map));
        time('render onion', () => renderOnionSvg(report.onion));
        time('render coverage', () => renderCoverage(report.coverage));
        time('render all views again', () => renderViews(report));
    }
    console.log('phases (medians):');
    for (const [name, xs] of phases) console.log(`${median(xs).toFixed(1).padStart(8)} ms  ${name}`);
}
