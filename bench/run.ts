import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import * as path from 'node:path';
import { benchBuild, type BuildResult } from './build-bench.js';
import { benchCli, type CliResult } from './cli-bench.js';
import { writeCorpus } from './corpus.js';
import { benchLsp, type LspResult } from './lsp-bench.js';
import { benchRender, type RenderResult } from './render-bench.js';
import { benchSpreadsheets, type SpreadsheetResult } from './spreadsheet-bench.js';
import { fmt } from './stats.js';

/** One row of results: a corpus and what was measured on it. */
interface Row {
    corpus: string;
    stakeholders: number;
    files: number;
    megabytes: number;
    cli: CliResult;
    build: BuildResult;
    lsp?: LspResult;
    render?: RenderResult;
}

const ROOT = process.cwd();
const quick = process.argv.includes('--quick');
const sizes = quick ? [100, 1000] : [100, 1000, 10000];
const runs = quick ? 2 : 3;
const work = path.join(tmpdir(), 'ssc-bench');
mkdirSync(work, { recursive: true });

function log(message: string): void {
    process.stderr.write(`[bench] ${message}\n`);
}

/** Results as bench/results.json holds them. */
interface Results {
    date: string;
    machine: string;
    quick: boolean;
    rows: Row[];
    spreadsheets?: SpreadsheetResult;
    /** Keystroke latency through the language server (`--only-lsp` measures only these). */
    keystrokes?: KeystrokeRow[];
}

/** Keystrokes in one corpus, through the real server. */
interface KeystrokeRow {
    corpus: string;
    /** Load average (1 min) when the measurement ended: other work on the machine skews the figures. */
    load: number;
    /** Day of the measurement (`--only-lsp` keeps the date of the other figures). */
    date?: string;
    lsp: LspResult;
}

/** The corpora of the keystroke budgets (SSC_BENCH_CORPORA=1000-in-1,… picks some), and the edits typed into each (SSC_BENCH_EDITS overrides). */
const KEYSTROKE_CORPORA: Array<[number, number]> = (
    [
        [1000, 1],
        [200, 1],
        [10000, 100],
    ] as Array<[number, number]>
).filter(([size, files]) => !process.env.SSC_BENCH_CORPORA || process.env.SSC_BENCH_CORPORA.split(',').includes(`${size}-in-${files}`));
const KEYSTROKE_EDITS = Number(process.env.SSC_BENCH_EDITS ?? 1000);

async function measureKeystrokes(): Promise<KeystrokeRow[]> {
    const rows: KeystrokeRow[] = [];
    for (const [size, files] of KEYSTROKE_CORPORA) {
        const corpus = writeCorpus(work, size, files);
        const lsp = await benchLsp(path.join(ROOT, 'dist', 'server.cjs'), corpus, KEYSTROKE_EDITS);
        const load = loadavg()[0];
        log(
            `${corpus.name}: ${KEYSTROKE_EDITS} edits, edit→diagnostics median ${fmt(lsp.editToDiagnosticsMs.median)} ms, p95 ${fmt(lsp.editToDiagnosticsMs.p95)} ms, ` +
                `${lsp.incremental} by block, fallbacks ${JSON.stringify(lsp.fallbacks)}, heap ${fmt(lsp.heapAfterFirstMb ?? 0)} → ${fmt(lsp.heapAfterLastMb ?? 0)} MB, load ${fmt(load, 1)}`,
        );
        rows.push({ corpus: corpus.name, load, date: new Date().toISOString().slice(0, 10), lsp });
    }
    return rows;
}

async function measureSpreadsheets(): Promise<SpreadsheetResult> {
    const size = quick ? 1000 : 10000;
    const result = await benchSpreadsheets(size, size, runs);
    log(
        `import of a ${size}-row register ${fmt(result.importMs.median)} ms, export of a ${size}-stakeholder workbook ${fmt(result.exportMs.median)} ms`,
    );
    return result;
}

/** The figures of the last run (bench/results.json). */
function readResults(): Results {
    return JSON.parse(readFileSync(path.join(ROOT, 'bench', 'results.json'), 'utf8')) as Results;
}

/** Writes bench/results.json and BENCHMARKS.md from `results`. */
function writeResults(results: Results): void {
    writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), report(results) + webSection());
    log('wrote BENCHMARKS.md and bench/results.json');
}

async function main(): Promise<void> {
    if (process.argv.includes('--only-spreadsheets')) {
        // Measures only the spreadsheet import and export and keeps the other figures of the last run.
        const previous = readResults();
        const results: Results = { ...previous, spreadsheets: await measureSpreadsheets() };
        writeResults(results);
        return;
    }
    if (process.argv.includes('--only-render')) {
        // Measures only analysis + HTML of 1,000 stakeholders in one file and keeps the other figures of the last run.
        const previous = readResults();
        const corpus = writeCorpus(work, 1000, 1);
        const render = await benchRender(corpus, runs * 3);
        log(
            `analysis + HTML of 1,000 ${fmt(render.totalMs.median)} ms (analysis ${fmt(render.analysisMs.median)}, HTML ${fmt(render.htmlMs.median)})`,
        );
        const rows = previous.rows.map(r => (r.stakeholders === 1000 && r.files === 1 ? { ...r, render } : r));
        const results: Results = { ...previous, rows };
        writeResults(results);
        return;
    }
    if (process.argv.includes('--only-lsp')) {
        // Measures only keystroke latency through the server and keeps the other figures of the last run.
        const previous = readResults();
        const results: Results = { ...previous, keystrokes: await measureKeystrokes() };
        writeResults(results);
        return;
    }
    if (process.argv.includes('--report-only')) {
        // Rewrites BENCHMARKS.md from the last results (after a change to the report's text).
        writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), report(readResults()) + webSection());
        return;
    }
    const rows: Row[] = [];
    for (const size of sizes) {
        for (const files of [1, 100]) {
            const corpus = writeCorpus(work, size, files);
            log(`${corpus.name}: ${fmt(corpus.bytes / 1e6, 1)} MB`);
            const cli = benchCli(ROOT, corpus, runs);
            log(`  ssc validate ${fmt(cli.wallMs.median)} ms, ${fmt(cli.peakMb.median)} MB`);
            // Small models build in tens of milliseconds, where a few runs are mostly noise: take more of them.
            const build = await benchBuild(corpus, size <= 1000 ? runs * 3 : runs);
            log(`  parse ${fmt(build.parseMs.median)} ms, build ${fmt(build.buildMs.median)} ms`);
            const row: Row = { corpus: corpus.name, stakeholders: size, files, megabytes: corpus.bytes / 1e6, cli, build };
            if ((size === 1000 && files === 1) || (size === (quick ? 1000 : 10000) && files === 100)) {
                row.lsp = await benchLsp(path.join(ROOT, 'dist', 'server.cjs'), corpus, 30);
                log(
                    `  edit→diagnostics p95 ${fmt(row.lsp.editToDiagnosticsMs.p95)} ms, completion p95 ${fmt(row.lsp.completionMs.p95)} ms`,
                );
            }
            if (size === 1000 && files === 1) {
                row.render = await benchRender(corpus, runs * 3);
                log(`  analysis + HTML ${fmt(row.render.totalMs.median)} ms`);
            }
            rows.push(row);
        }
    }
    const spreadsheets = await measureSpreadsheets();
    // `--keep-keystrokes` keeps the keystroke figures of the last run (`--only-lsp` takes them on its own).
    const keystrokes = process.argv.includes('--keep-keystrokes') ? readResults().keystrokes : await measureKeystrokes();
    const results: Results = { date: new Date().toISOString().slice(0, 10), machine: machine(), quick, rows, spreadsheets, keystrokes };
    writeResults(results);
}

function machine(): string {
    return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
}

function budget(ok: boolean | undefined): string {
    return ok === undefined ? 'n/a' : ok ? 'met' : '**missed**';
}

/** How the figures are taken, and where the time goes (from CPU profiles: `node --cpu-prof`, or SSC_BENCH_NODE_ARGS for the server). */
const METHOD_AND_PROFILE = [
    '## How it is measured',
    '',
    '- Parse alone and the full build each start from freshly created services, as `ssc validate` does, with the',
    "  previous run's garbage collected first (`--expose-gc`): 9 runs for models up to 1,000 stakeholders, 3 for larger ones.",
    '  Parse-only and build runs take turns. The services of the previous run of each kind are held until the next run of',
    '  that kind has been measured (its documents and trees too): freed, they took with them the code V8 had optimised for',
    '  them (since 2026-11-29, see "Where the time goes").',
    '- The language server is started as the extension starts it (protocol/server-launch.ts). An edit inserts one character',
    '  inside an `aims` string in the middle of the file; the time runs from sending `didChange` to the',
    '  `publishDiagnostics` carrying that version. "Other files re-published" counts files whose diagnostics were',
    '  sent again: an edit that changes no exported name relinks and revalidates no other file.',
    '- Completion: 30 requests, one after the other, at the target of a relation in the edited file, sent as soon as the',
    "  last edit's diagnostics are out (the other files' workspace facts may still be being compared), and before the",
    "  server's heap report, whose forced collection would throw optimised code away (until 2026-11-29 they came after",
    '  it, and the first requests measured recompilation: ~190 ms for the first of 30). One untimed completion request',
    '  comes before the first edit, so that the heap after the first edit holds the completion code as the heap after',
    '  the last does (since 2026-11-29, later: before, compiling it counted as growth, ~0.7 MB of a 24 MB heap at 200',
    '  stakeholders).',
    '- `SSC_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"` profiles the server process during the LSP runs.',
    '',
    '## Where the time goes',
    '',
    '- **A keystroke in one 1,000-stakeholder file, before block-by-block parsing** (server CPU profile, per edit):',
    '  re-parsing the file about 110 ms, garbage collection about 100 ms, validation about 60 ms (of which the workspace',
    '  snapshot ~15 ms), linking ~30 ms, the reference index ~10 ms.',
    '- **The richer generated models** (since 2026-11-28: an action per stakeholder, four assessments listing every',
    '  stakeholder, IAP2 levels, legitimacy and urgency): 1.4 × the bytes of the models the whole-process budgets were',
    '  set on (2026-11-24), and denser in tokens (an assessment entry is a handful of short tokens). Parsing costs',
    '  ~0.8 s per MB against ~0.3 s then, a third of it garbage collection of the syntax tree being built (CPU profile of',
    '  `LangiumParser.parse`); validation grew with the process checks. So `ssc validate` at 10,000 stakeholders missed',
    '  its time budgets (one file ≤ 8 s, 100 files ≤ 5 s): parsing alone was ~7 s of it. A 64 MB young generation for the',
    '  CLI changed nothing (2.99 → 2.95 s at 1,000 in one file), nor did 64 or 128 MB at 10,000 in 100 files. After the',
    '  changes of 2026-11-29 below (start-up, parsing, tree walks, no reference index in the commands) one file takes',
    '  ~6.8 s and 100 files ~6.9 s, parsing ~4–5.5 s of it.',
    '- **Memory of the syntax tree** (heap snapshots after parsing 1,000 stakeholders in one file, and after building',
    '  them in 100 files; `node:v8` `writeHeapSnapshot`, counted by constructor and shape): Chevrotain builds its',
    '  end-of-file token with `NaN` positions when it loads, so V8 stored the six positions of every token as boxed',
    '  doubles (a million heap numbers for 90,000 tokens); every token leaf stored a range of three objects; every',
    '  node description and reference-index entry was an object literal with a getter, which V8 keeps as a dictionary',
    '  (~700 bytes an entry). One widening object for the token shape (parser/token-shape.ts), leaves that work out',
    '  their range from their offset (parser/lazy-ranges.ts) and classes for descriptions and entries: heap after',
    '  parsing 80 → 53 MB (the entries then took building 1,000 in 100 files from 70 to 64 MB); `ssc validate` peak',
    '  at 10,000 stakeholders 1,199 → 799 MB in one file and 1,044 → 693 MB over 100 files, and parsing 10,000 in one',
    '  file in process ~6.5 → ~5.5 s when measured back to back. The times of this run came on a slower host (the',
    '  same keystroke run of the commit before these changes measured 89–99 / 112–128 ms at the time, against',
    '  79 / 99 ms in the previous run). Parsing alone gained more than the build, which keeps every tree: at 1,000',
    '  in 100 files the build took 1,602 ms (1,584 in the run before) and parsing alone 669 ms (914), hence 2.39 ×.',
    '  Since 2026-11-29 syntax nodes start with every property of their type (parser/node-shapes.ts): Langium adds',
    '  them by computed name, and V8 kept every stakeholder (~25 properties) as a dictionary; the `ssc` commands keep',
    '  no per-element diagnostics for reuse after an edit. `ssc validate` peak at 10,000 in 100 files ~695 → ~630 MB.',
    "- **Tried and dropped (2026-11-29):** Chevrotain's LL(k) lookahead instead of Langium's LL(*) (parse of 1,000 in one",
    '  file 450–590 → 520–980 ms for k = 1–3); a `push` without rest parameters for CST child lists, and alternatives',
    '  built once per grammar alternation instead of per call (each within noise).',
    "- **Diagnostic ranges:** Langium finds the syntax of the property a diagnostic points at by walking the node's CST",
    '  again for each diagnostic (~1,800 for 1,000 stakeholders); checks now hand it the range from the property nodes',
    '  collected once per node (validation/locate.ts): validation of 1,000 in one file ~615 → ~560 ms.',
    '- **Start-up** (2026-11-29): ELK (3.4 MB of script) and exceljs with its zip and stream libraries were half of',
    '  each Node bundle, parsed by every `ssc` run and server start though only the map and workbooks use them. They',
    '  are now files of their own in `dist/vendor/`, loaded on first use: `ssc --version` 0.68 → 0.34 s, `ssc validate`',
    '  of one small file 0.83 → 0.50 s, the CLI bundle 8.3 → 2.3 MB (`/usr/bin/time`, three runs each).',
    '- **Walks over the syntax tree** (2026-11-29; CPU profiles of six builds of 1,000 stakeholders in one file): linking',
    "  and validation walked each tree through Langium's node stream and a reference stream per node, allocating",
    '  iterators and closures per node (~40 ms of linking and ~35 ms of validation per build); both now walk each tree',
    "  once into an array (utils/ast-walk.ts, tested against Langium's streams). The parser set the containers of the",
    "  nodes with Langium's `linkContentToContainer`, which makes a pair array per property of every node (383 → 224 ms",
    '  over twelve parses); `value/repeated-property` asked for the syntax of every property of every stakeholder, action',
    '  and assessment entry to find the rare repeated one (~44 → ~22 ms per build); the element index of `engagement/',
    "  stale-level` built each element's whole range for its start line. Link phase at 1,000 in one file ~100 → ~45 ms,",
    '  validation ~520 → ~450 ms (bench/build-bench, 9 runs, back to back; the host varies by ±10 %).',
    '- **Parsing** (2026-11-29): Langium builds each string value a character at a time (a chain of string pieces',
    "  per value, garbage once read whole) and adds each token's leaf through its child list's `push`, which takes",
    '  rest parameters and loops to set the parent: string values without escapes are now slices of their token',
    '  (parser/ssc-value-converter.ts) and leaves join the list by index. With the containers set by one walk, parse of',
    '  1,000 stakeholders in one file ~290 → ~230 ms (12 parses in one process, back to back). Linking and validation',
    "  gained less, so the build's ratio to parsing alone rose past 2 at 1,000 stakeholders: validation (~400 ms) now",
    '  costs more than parsing, and the ratio budgets measure that (met again: see "like for like" below). The `ssc` commands build no index of references',
    '  (~330 ms at 10,000 in one file): it serves finding references, renaming and what an edit affects.',
    '- **A memory leak found (2026-11-29):** the block re-parse parsed a slice of the document, and V8 keeps a slice',
    "  as a view into the whole string; the element's names and texts are slices of what it was parsed from, so each",
    '  element edited kept its version of the whole file alive: 200 different stakeholders of a 1,000-stakeholder file',
    '  edited one after the other took the heap from 72 to 242 MB. The keystroke runs above type into one element,',
    '  which is why they never showed it. The block is now a copy: ~62 MB after the same 200 edits.',
    '- **The build-to-parse ratio, measured like for like (2026-11-29):** the parse-only timing always made its parser',
    '  before its clock started; the full build made it inside its parse phase, so building the parser from the grammar',
    '  (~85 ms, CPU profile of 8 builds of 1,000 stakeholders) counted as building. Both make it first now. Validation',
    "  also does less per build at 1,000 stakeholders: the element cache reads an element's first and last token instead",
    '  of its composite range, documents found by URI are remembered (Langium normalises the URI and walks a trie per',
    "  lookup, ~11 ms), each finding's info is built as one shape, and dates are read digit by digit. The first builds of",
    '  a process are the slowest by far (validation of 1,000 in one file, ten builds in one process: ~550, ~510, ~350 …',
    '  ~200 ms, V8 compiling the checks as they get hot), which is why the medians above sit between the two.',
    "- **Parsing and start-up, again (2026-11-29, later):** Langium's parser builder passes rule arguments down, so at",
    '  every step of a parse it made a fresh list of alternatives (an object and a closure each), a fresh options object',
    '  per repetition and an arguments object per rule call. Our builder (parser/parser-builder.ts) makes them once, as',
    '  no rule of ours has parameters; parsing 10,000 stakeholders over 100 files went from 140 to 65 young-generation',
    '  collections (`--trace-gc`). The value converter upper-cased the rule name and worked out its type for every value,',
    '  composite nodes read their offset through an iterator, and the tree walks made an `Object.keys` array per node:',
    "  allocation while parsing 1,000 stakeholders over 100 files 79 → 64 MB, in their validation 49.5 → 43.5 MB (V8's",
    '  sampling heap profiler, collected objects included). The language is generated in production mode, so Chevrotain',
    '  no longer checks the grammar at every start (a test does): CPU of `ssc validate` on one small file ~0.67 → ~0.56 s.',
    '  Parse-only now keeps its trees until its run ends, as a build keeps its documents: thrown away at once they were',
    '  garbage before the collector had to copy them, and at 10,000 stakeholders parse-only then left out ~1.3 s of',
    "  collection that every build does (parse-only 2,557 ms against the build's parse phase of 3,903 ms, same run).",
    '  What remains at 10,000 stakeholders: young-generation collections take ~1.2 s of `ssc validate` over 100 files',
    "  whatever the young generation's size (16, 32 or 64 MB) or page-promotion threshold, since nearly all of the tree",
    "  survives them; validation ~2 s with a flat profile. This host's speed varies: the same `ssc validate` of 10,000",
    '  over 100 files took 5.5 to 8.1 s in six runs in a row with nothing else running.',
    '- **Builds after the first ran partly unoptimised (2026-11-29, later):** each build run starts from new services, and',
    "  the forced collection before it freed the last run's. V8 then threw away the code it had optimised for them",
    '  (`--trace-deopt`, 10 builds of 1,000 stakeholders in one file: 337 deoptimisations for "weak objects", against 82',
    "  with the last run's services held), so every build re-optimised the linker and the checks while it ran. Held",
    '  until the next run has been measured, validation of 1,000 stakeholders in one file took ~100 ms instead of',
    '  ~220 ms and linking ~17 instead of ~35 (same host, back to back); build / parse at 1,000 in one file 2.41 → 1.71,',
    '  1,000 over 100 files 2.65 → 1.89, 10,000 in one file 2.51 → 2.23, over 100 files 2.14 → 1.86. Neither product',
    '  use pays this: the server keeps its services for its whole life, and `ssc validate` is one cold run, timed on its',
    '  own.',
    '- **Validation, again (2026-11-29, later):** the registry listed the checks of each node type again for every',
    '  document (Langium passes a new categories array each time: ~3 of the ~30 ms a build of 100 one-stakeholder files',
    "  spends after parsing); the service registry normalised each document's URI in every phase (~0.5 ms); the element",
    '  cache worked out the last line of every element and copied its (nearly always empty) findings;',
    '  `identification/duplicate-name` made the path of every element and texts for its clashes before knowing whether',
    '  its name repeats; `process/never-assessed` collected all the syntax of a stakeholder to point at its name (72 →',
    "  17 ms over 14 builds of 1,000 stakeholders, CPU profile); the checks' loop read the no-cancellation token through",
    "  the bundle's re-export getters for every check (~1 ms per build). Validation of 1,000 stakeholders in one file",
    '  ~118 → ~107 ms with the element cache and duplicate-name changes (three alternating pairs of 13 builds).',
    '- **The heap after 1,000 edits at 200 stakeholders** was 110 % of the heap after the first edit (24 → 27 MB), over',
    '  its budget. After 3,000 edits it was 27 MB too, so nothing leaks: code space grew by ~1 MB (optimised code) and',
    '  the old generation by ~1.5 MB, ~0.7 MB of it the completion code compiled by the 30 requests timed after the',
    '  typing. An untimed completion request before the first edit puts that code in both figures.',
    '- **Completion in the 10,000-stakeholder workspace:** with an empty prefix 20,000 names were ranked by sorting',
    '  them all to keep 200, each read through a dictionary-mode description: a heap of the best 200 and descriptions',
    '  as a class took steady requests from ~45 to ~26 ms. The first request after typing takes 55–130 ms of its own',
    "  work (traced in the server: the comparison of the other files' facts, in 10 ms slices and ~150 ms per keystroke",
    '  at 10,000 in 100 files, had ended within 5 ms of the request): the global scope and the stakeholder table',
    '  are rebuilt after a keystroke (~10 and ~8 ms), the text is parsed for completion (~9 ms), and 20,000',
    '  candidates are ranked in code not yet optimised. Ranking now compares tier and key apart instead of making a',
    '  string per candidate, and asks once per request whether the role prefers the municipality (a reflection lookup',
    '  per candidate was ~16 ms of the first request).',
    '- **Block by block, before the element caches** (server CPU profile of `--only-lsp`, `SSC_BENCH_NODE_ARGS`, on the models',
    '  with actions and four assessments): every edit took the block path, and still the whole document was linked,',
    '  indexed and validated: 580 / 737 ms (median / p95) at 1000-in-1 and 1,945 / 2,705 ms at 10000-in-100 on a quiet',
    '  machine. Validation was half of it, and at 10,000 stakeholders one workspace fact (is there an open action with',
    '  this stakeholder?) scanned every action for every stakeholder of every file after each keystroke.',
    '- **Element caches** (ARCHITECTURE.md, "Incremental parsing", step 4; server CPU profile of 60 edits at 1000-in-1):',
    '  exports, links, reference-index entries, model data and findings of the elements a re-parse kept were reused, yet',
    '  every phase still visited each of the 5,000+ elements and 10,000+ references of the file to find them, and the',
    '  workspace analysis was recomputed whole: 173 / 286 ms at 1000-in-1, 542 / 692 ms at 10000-in-100 (median / p95).',
    '- **Now** (server CPU profiles of `--only-lsp` with `SSC_BENCH_NODE_ARGS`, 200–300 edits per model):',
    '  - *10000-in-100.* Per keystroke the analysis and its lookups of the whole workspace took ~220 ms, the name table',
    "    of the duplicate checks ~40 ms, and comparing the other 99 files' workspace facts ~175 ms, all before the next",
    '    keystroke could start. The analysis now goes through a memo (language/model/memo.ts): records compared by identity,',
    '    lists mapped again only between their unchanged start and end, so a keystroke in one stakeholder analyses that',
    '    stakeholder again; the name table follows the index file by file; and the facts of other files are compared after',
    "    the edited file's diagnostics are out, interrupted by the next keystroke. 582 / 689 → 59 / 76 ms.",
    '  - *1000-in-1.* Langium builds each reference as an object literal with getters of its own and `delete`s a property',
    '    when unlinking it: every one of the 10,000 references had a hidden class of its own, then a dictionary of',
    '    properties, and each read of one (restoring links, the reference index, validation) was a slow lookup. References',
    '    are now instances of one class (references/ssc-reference.ts): 138 / 176 → 104 / 126 ms. Then each phase takes',
    '    over what lies before and after the replaced run of elements by position instead of looking every element up',
    '    (model data, element starts for validation, kept links, changed names), and the CST nodes after the edit are',
    '    shifted along a list in document order instead of a tree walk.',
    '  - *What a keystroke at 1000-in-1 still costs* (per edit, from the profile of 300 edits): re-parse and the shift of',
    '    every CST node after the edit ~10 ms (memory-bound: one read and write per node), encoding the ~1,800 diagnostics',
    '    of the file for the editor ~7 ms (1.2 MB of JSON: the messages are full sentences), replaying the workspace facts',
    '    of the kept findings ~8 ms, restoring kept links ~7 ms, the reference index ~6 ms, garbage collection ~4 ms. The',
    '    first edits after opening the file are the slowest (the node list is built, code warms up; the worst of 1,000',
    '    took ~260 ms), and p95 moves by ±5 ms from run to run (99–106 ms in the last three runs of 1,000 edits).',
    "- **Fixed this round:** object spread followed by many properties put every model record on V8's slow path",
    '  (model data of 1,000 stakeholders 55–137 ms → 4–12 ms); Langium wraps each check in two `async` functions and',
    '  awaits a cancellation check at every syntax node in validation, linking and indexing (over a million promises',
    '  at 10,000 stakeholders: validation 2.1 s → 0.9 s); the reference index walked the tree a second time instead of',
    "  reading the linker's references (420 → 150 ms at 10,000); completion sent every stakeholder name (10,000",
    '  items, ~2 MB of JSON per request) and now sends the best 200 matches of the typed text as an incomplete list;',
    '  the aggregated map drew long kind lists beside 66 arrows, which doubled the ELK layout.',
    '- **Rendering 1,000 stakeholders with the process views** (`bench/profile-render.ts` under `node --cpu-prof`): before the',
    "  process views ~3.2 s wall, of which ELK's layered layout of the aggregated map took 0.2–0.5 s warm and several seconds",
    '  cold; the aggregated map is now a ring (under 1 ms). The grid label search then probed ~307,000 places per layout',
    '  through the box index: a raster per label size now answers most probes with one array read and the wide',
    '  search walks precomputed lattice rows and columns (same placements); the summary and classification',
    '  views take one pass over the stakeholders. Main-thread CPU per run went 470 → 405 ms as measured (forced collection',
    '  before each run) and 440 → 320 ms without it, at load 4–6. What remains: the `gc()` before each run drops the',
    '  optimised code of every function that embedded the shapes of the previous run\'s objects (V8\'s "weak objects"',
    '  deoptimisation), so each run re-warms the renderers (the grid search, ~380,000 lattice steps, runs several times slower until',
    '  re-optimised); then the two plan layouts and drawings, garbage collection (~15 %; the report is 5.3 MB of HTML, the',
    '  plan 1.7 MB of it), HTML escaping and table joins, spread over every view.',
    '- **Spreadsheets:** exceljs rendered a style to XML for every cell, since each cell had a style object of its own (~5 s of',
    '  the 10,000-stakeholder export): cells now share one style object per look, for identical workbook XML. The export',
    '  computed every drawing for tables that read none: views are now computed when first read. The import keyed every cell',
    '  of every row to spot repeated header rows; it now stops at the first cell that differs. What remains of the import is',
    "  exceljs's reading of the workbook (~1.3 s, plus ~0.3 s for our zip and row-count guard).",
    '- **The playground worker** (edit → diagnostics): the preview of 1,000 stakeholders (~3 s in the worker under load) ran',
    '  between keystrokes and held the next build back. It now runs a step per layout and view, is abandoned when the text',
    '  changes (`ContentModified`), and is asked for after a pause that grows with its last duration; outline and folding wait',
    '  for the diagnostics. What remains is the build itself (parse, link, validate), which gets a small share of the two cores',
    '  when other processes run: the worker thread measured 16 % of a core under a load average of 17.',
    '',
];

/** The browser figures of `node scripts/bench-web.mjs` (bench/results-web.md), if measured. */
function webSection(): string {
    try {
        return '\n' + readFileSync(path.join(ROOT, 'bench', 'results-web.md'), 'utf8');
    } catch {
        return '';
    }
}

function spreadsheetLines(s: SpreadsheetResult | undefined): string[] {
    if (!s) return [];
    return [
        '## Spreadsheets (`ssc import`, `--format xlsx`)',
        '',
        'In process, after start-up: the import reads and checks the workbook (zip sizes, rows), maps the rows, formats',
        'the model and checks its tokens; the export computes the tables (no drawing) and writes the workbook (exceljs streaming writer).',
        ...(s.loadAverage !== undefined
            ? [`Load average (1 min) at the end of the runs: ${fmt(s.loadAverage, 1)} on ${cpus().length} cores.`]
            : []),
        '',
        '| what | size | wall ms, median (min–max) | CPU ms of the process, median |',
        '|---|---|---|---|',
        `| import of a ${s.rows.toLocaleString('en')}-row register (10 columns) | ${fmt(s.registerMb, 1)} MB | ${fmt(s.importMs.median)} (${fmt(s.importMs.min)}–${fmt(s.importMs.max)}) | ${s.importCpuMs ? fmt(s.importCpuMs.median) : 'n/a'} |`,
        `| export of a ${s.stakeholders.toLocaleString('en')}-stakeholder workbook (every table and the grid) | ${fmt(s.workbookMb, 1)} MB | ${fmt(s.exportMs.median)} (${fmt(s.exportMs.min)}–${fmt(s.exportMs.max)}) | ${s.exportCpuMs ? fmt(s.exportCpuMs.median) : 'n/a'} |`,
        '',
    ];
}

function spreadsheetBudgets(s: SpreadsheetResult | undefined): string[] {
    if (!s) return ['| import of 10,000 rows ≤ 5 s | not run | n/a |', '| export of 10,000 stakeholders ≤ 5 s | not run | n/a |'];
    return [
        `| import of ${s.rows.toLocaleString('en')} rows ≤ 5 s | ${fmt(s.importMs.median / 1000, 2)} s | ${budget(s.rows >= 10000 ? s.importMs.median <= 5000 : undefined)} |`,
        `| export of ${s.stakeholders.toLocaleString('en')} stakeholders ≤ 5 s | ${fmt(s.exportMs.median / 1000, 2)} s | ${budget(s.stakeholders >= 10000 ? s.exportMs.median <= 5000 : undefined)} |`,
    ];
}

/** The p95 budget of each keystroke corpus (issue #17). */
const KEYSTROKE_P95: Record<string, number> = { '1000-in-1': 100, '200-in-1': 60, '10000-in-100': 100 };

function keystrokeLines(rows: KeystrokeRow[] | undefined): string[] {
    if (!rows?.length) return [];
    return [
        '### Keystrokes (`npm run bench -- --only-lsp` measures only these)',
        '',
        `Measured ${rows[0].date ?? 'with the figures above'}. One character typed at a time into a string in the middle of the middle file, each \`didChange\` timed to the`,
        'diagnostics of its version. "Whole parses" are the edits the block-by-block path declined (see ARCHITECTURE.md,',
        '"Incremental parsing"); the heap is measured in the server after a collection.',
        '',
        '| model | edits | edit → diagnostics median / p95 ms | parsed by block / whole | heap after the first edit → after the last | load average |',
        '|---|---|---|---|---|---|',
        ...rows.map(({ corpus, load, lsp }) => {
            const whole = Object.values(lsp.fallbacks ?? {}).reduce((a, b) => a + b, 0);
            const first = lsp.heapAfterFirstMb ?? 0;
            const last = lsp.heapAfterLastMb ?? 0;
            return `| ${corpus} | ${fmt(lsp.edits ?? 0)} | ${fmt(lsp.editToDiagnosticsMs.median)} / ${fmt(lsp.editToDiagnosticsMs.p95)} | ${lsp.incremental ?? 0} / ${whole} | ${fmt(first)} → ${fmt(last)} MB (${last >= first ? '+' : ''}${fmt(((last - first) / first) * 100, 1)} %) | ${fmt(load, 1)} |`;
        }),
        '',
    ];
}

function keystrokeBudgets(rows: KeystrokeRow[] | undefined): string[] {
    if (!rows?.length) return [];
    return rows.flatMap(({ corpus, lsp }) => {
        const first = lsp.heapAfterFirstMb ?? 0;
        const last = lsp.heapAfterLastMb ?? 0;
        const limit = KEYSTROKE_P95[corpus];
        return [
            ...(limit === undefined
                ? []
                : [
                      `| keystroke p95 ≤ ${limit} ms, ${corpus} | ${fmt(lsp.editToDiagnosticsMs.p95)} ms | ${budget(lsp.editToDiagnosticsMs.p95 <= limit)} |`,
                  ]),
            `| heap after ${fmt(lsp.edits ?? 0)} edits ≤ 110 % of after the first, ${corpus} | ${fmt((last / first) * 100)} % | ${budget(last <= first * 1.1)} |`,
        ];
    });
}

function report(results: Results): string {
    const { rows } = results;
    const find = (s: number, f: number) => rows.find(r => r.stakeholders === s && r.files === f);
    const lines = [
        '# Benchmarks',
        '',
        `Measured ${results.date} on ${results.machine} with \`npm run bench${results.quick ? ' -- --quick' : ''}\`.`,
        'Seeded generated models (bench/model-generator.ts): full profiles, 3 relations per stakeholder, units, KPIs,',
        'consultations (each at an IAP2 level), an action per stakeholder and four assessments. Times are medians of several runs (min–max in brackets); raw data in bench/results.json.',
        '',
        '## Whole process and in-process build',
        '',
        '| model | MB | `ssc validate` wall ms | peak MB | parse ms | full build ms | build / parse | phases (ms) |',
        '|---|---|---|---|---|---|---|---|',
        ...rows.map(
            r =>
                `| ${r.stakeholders} stakeholders in ${r.files} file${r.files > 1 ? 's' : ''} | ${fmt(r.megabytes, 1)} | ${fmt(r.cli.wallMs.median)} (${fmt(r.cli.wallMs.min)}–${fmt(r.cli.wallMs.max)}) | ${fmt(r.cli.peakMb.median)} | ${fmt(r.build.parseMs.median)} (${fmt(r.build.parseMs.min)}–${fmt(r.build.parseMs.max)}) | ${fmt(r.build.buildMs.median)} (${fmt(r.build.buildMs.min)}–${fmt(r.build.buildMs.max)}) | ${fmt(r.build.buildMs.median / r.build.parseMs.median, 2)} | ${Object.entries(
                    r.build.phasesMs,
                )
                    .map(([k, v]) => `${k} ${fmt(v)}`)
                    .join(', ')} |`,
        ),
        '',
        '## Through the real language server (stdio)',
        '',
        '| model | start-up ms | edit → diagnostics median / p95 ms | other files re-published per edit | completion median / p95 ms |',
        '|---|---|---|---|---|',
        ...rows
            .filter(r => r.lsp)
            .map(
                r =>
                    `| ${r.stakeholders} in ${r.files} file${r.files > 1 ? 's' : ''} | ${fmt(r.lsp!.startupMs)} | ${fmt(r.lsp!.editToDiagnosticsMs.median)} / ${fmt(r.lsp!.editToDiagnosticsMs.p95)} | ${r.lsp!.otherFilesRepublished} | ${fmt(r.lsp!.completionMs.median, 1)} / ${fmt(r.lsp!.completionMs.p95, 1)} |`,
            ),
        '',
        ...keystrokeLines(results.keystrokes),
        '## Analysis and rendering',
        '',
        'Every view, the plan (an action per stakeholder), review, trajectories (four assessments), salience and participation',
        'included; the map of 1,000 stakeholders is the aggregated one. Wall times are medians (min–max); CPU is the process',
        "CPU time per run (all threads), the figure to read when other work shares the machine's two cores.",
        ...rows
            .filter(r => r.render?.loadAverage !== undefined)
            .map(r => `Load average (1 min) at the end of the runs: ${fmt(r.render!.loadAverage!, 1)}.`),
        '',
        '| model | analysis ms | HTML render ms | total ms | total CPU ms |',
        '|---|---|---|---|---|',
        ...rows
            .filter(r => r.render)
            .map(
                r =>
                    `| ${r.stakeholders} in ${r.files} file | ${fmt(r.render!.analysisMs.median)} | ${fmt(r.render!.htmlMs.median)} | ${fmt(r.render!.totalMs.median)} (${fmt(r.render!.totalMs.min)}–${fmt(r.render!.totalMs.max)}) | ${r.render!.totalCpuMs ? `${fmt(r.render!.totalCpuMs.median)} (${fmt(r.render!.totalCpuMs.min)}–${fmt(r.render!.totalCpuMs.max)})` : 'n/a'} |`,
            ),
        '',
        '## Budgets',
        '',
        '| budget | measured | |',
        '|---|---|---|',
        ...rows.map(
            r =>
                `| full build ≤ 2 × parse, ${r.corpus} | ${fmt(r.build.buildMs.median / r.build.parseMs.median, 2)} × | ${budget(r.build.buildMs.median <= 2 * r.build.parseMs.median)} |`,
        ),
        `| 10,000 in one file validate ≤ 8 s | ${find(10000, 1) ? fmt(find(10000, 1)!.cli.wallMs.median / 1000, 2) + ' s' : 'not run'} | ${budget(find(10000, 1) && find(10000, 1)!.cli.wallMs.median <= 8000)} |`,
        `| 10,000 over 100 files validate ≤ 5 s, ≤ 700 MB | ${find(10000, 100) ? `${fmt(find(10000, 100)!.cli.wallMs.median / 1000, 2)} s, ${fmt(find(10000, 100)!.cli.peakMb.median)} MB` : 'not run'} | ${budget(find(10000, 100) && find(10000, 100)!.cli.wallMs.median <= 5000 && find(10000, 100)!.cli.peakMb.median <= 700)} |`,
        ...rows
            .filter(r => r.lsp)
            .map(
                r =>
                    `| edit → diagnostics p95 ≤ 400 ms, ${r.corpus} | ${fmt(r.lsp!.editToDiagnosticsMs.p95)} ms | ${budget(r.lsp!.editToDiagnosticsMs.p95 <= 400)} |`,
            ),
        ...rows
            .filter(r => r.lsp)
            .map(
                r =>
                    `| completion p95 ≤ 50 ms, ${r.corpus} | ${fmt(r.lsp!.completionMs.p95, 1)} ms | ${budget(r.lsp!.completionMs.p95 <= 50)} |`,
            ),
        ...rows
            .filter(r => r.render)
            .map(
                r =>
                    `| analysis + HTML of 1,000 ≤ 300 ms | ${fmt(r.render!.totalMs.median)} ms | ${budget(r.render!.totalMs.median <= 300)} |`,
            ),
        ...keystrokeBudgets(results.keystrokes),
        ...spreadsheetBudgets(results.spreadsheets),
        '',
        ...spreadsheetLines(results.spreadsheets),
        ...METHOD_AND_PROFILE,
    ];
    return lines.join('\n');
}

main().catch(error => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
});
