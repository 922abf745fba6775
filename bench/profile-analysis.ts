/**
 * A profiling aid, not part of `npm run bench`: builds a generated workspace once, then times what the
 * language server redoes for the whole workspace after a keystroke in one file — merging the model data,
 * the analysis and the model index — first from scratch, then after an edit of one stakeholder (its
 * record replaced, every other record kept, as the element caches keep them) with the memo of the
 * previous analysis.
 *
 *     npx esbuild bench/profile-analysis.ts --bundle --platform=node --format=esm --external:vscode \
 *         --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);" \
 *         --outfile=dist/profile-analysis.mjs
 *     node [--cpu-prof] dist/profile-analysis.mjs [runs] [stakeholders] [files] [--memo-only]
 */
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { documentModelData, mergeModelData } from '../language/builder/model-builder.js';
import { isBuiltinUri } from '../language/builtin/builtin-library.js';
import { analyse } from '../language/model/analysis.js';
import { AnalysisMemo } from '../language/model/memo.js';
import { indexModel } from '../language/model/model-index.js';
import type { ModelData, StakeholderData } from '../language/model/types.js';
import { writeCorpus } from './corpus.js';
import { buildCorpus } from './render-bench.js';
import { stats } from './stats.js';

const [runs = 20, size = 10000, files = 100] = process.argv
    .slice(2)
    .filter(a => !a.startsWith('--'))
    .map(Number);
const corpus = writeCorpus(path.join(tmpdir(), 'ssc-profile'), size, files);
const documents = (await buildCorpus(corpus)).filter(d => !isBuiltinUri(d.uri.toString()));
const parts = documents.map(d => documentModelData(d, d.uri.toString()));
const middle = Math.floor(parts.length / 2);

function edited(part: ModelData, i: number): ModelData {
    const at = Math.floor(part.stakeholders.length / 2);
    const s = part.stakeholders[at];
    const changed: StakeholderData = { ...s, profile: { ...s.profile, aims: [`${s.profile.aims[0] ?? ''}${'x'.repeat(i)}`] } };
    return { ...part, stakeholders: part.stakeholders.map((x, j) => (j === at ? changed : x)) };
}

function time(label: string, body: (i: number) => void): void {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        body(i);
        times.push(performance.now() - start);
    }
    const s = stats(times);
    console.log(`${label}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`);
}

if (!process.argv.includes('--memo-only'))
    time('merge + analyse + index, from scratch', () => {
        const model = mergeModelData(parts);
        indexModel(model, analyse(model));
    });
const memo = new AnalysisMemo();
analyse(mergeModelData(parts), { memo });
time('merge + analyse + index, one stakeholder edited, with the memo', i => {
    const model = mergeModelData(parts.map((p, j) => (j === middle ? edited(p, i + 1) : p)));
    indexModel(model, analyse(model, { memo }), memo);
});
