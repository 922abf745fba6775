import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createSscServices } from '../language/ssc-module.js';
import { ensureBuiltins } from '../language/workspace/builtins.js';
import type { Corpus } from './corpus.js';
import { stats, type Stats } from './stats.js';

/** In-process timings: parse only, and the full build with its phases. */
export interface BuildResult {
    parseMs: Stats;
    buildMs: Stats;
    phasesMs: Record<string, number>;
    diagnostics: number;
}

const PHASES: Array<[DocumentState, string]> = [
    [DocumentState.Parsed, 'parse'],
    [DocumentState.IndexedContent, 'index'],
    [DocumentState.ComputedScopes, 'scopes'],
    [DocumentState.Linked, 'link'],
    [DocumentState.IndexedReferences, 'index refs'],
    [DocumentState.Validated, 'validate'],
];

/** Collects the previous run's garbage first (`--expose-gc`), so no run pays for another's. */
function collectGarbage(): void {
    (globalThis as { gc?: () => void }).gc?.();
}

/**
 * The services of the previous run of each kind, held until the next run of that kind has been
 * measured. Freed by the collection before each run, they took with them the code V8 had optimised
 * for them ("weak objects" in `--trace-deopt`), so every build after the first ran partly unoptimised:
 * at 1,000 stakeholders in one file validation took ~220 ms, against ~100 ms with them held. Neither
 * product use sees that: the server keeps its services for its whole life, and `ssc validate` is one
 * cold run (timed on its own, bench/cli-bench.ts).
 */
const held: { build?: unknown; parse?: unknown } = {};

async function oneBuild(corpus: Corpus): Promise<{ total: number; phases: Record<string, number>; diagnostics: number }> {
    const { shared, Ssc } = createSscServices(EmptyFileSystem);
    // Made before the clock starts, as for parse-only: building the parser from the grammar (~85 ms at
    // 1,000 stakeholders) is start-up, not a cost of parsing or of the phases after it.
    void Ssc.parser.LangiumParser;
    const builtins = ensureBuiltins(shared);
    await shared.workspace.DocumentBuilder.build([builtins]);
    const builder = shared.workspace.DocumentBuilder;
    const marks: Array<[string, number]> = [];
    const disposables = PHASES.map(([state, name]) =>
        builder.onBuildPhase(state, () => {
            marks.push([name, performance.now()]);
        }),
    );
    collectGarbage();
    const start = performance.now();
    const documents: LangiumDocument[] = [];
    for (const [file, text] of corpus.texts) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///bench/${file}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    marks.unshift(['parse-start', start]);
    await builder.build(documents, { validation: true });
    const total = performance.now() - start;
    disposables.forEach(d => d.dispose());
    held.build = shared;
    const phases: Record<string, number> = {};
    for (let i = 1; i < marks.length; i++) phases[marks[i][0]] = marks[i][1] - marks[i - 1][1];
    return { total, phases, diagnostics: documents.reduce((n, d) => n + (d.diagnostics?.length ?? 0), 0) };
}

/** One parse-only run: every text of the corpus parsed by a new parser, the trees kept until the run ends. */
function parseOnly(corpus: Corpus): number {
    const parser = createSscServices(EmptyFileSystem).Ssc.parser.LangiumParser;
    collectGarbage();
    const start = performance.now();
    // The trees are kept until the run ends, as a build keeps its documents' trees: thrown away at
    // once, they are garbage before the collector has to copy them, and at 10,000 stakeholders
    // parse-only then left out ~1.3 s of the collector's work that every build must do.
    const trees: unknown[] = [];
    for (const text of corpus.texts.values()) trees.push(parser.parse(text));
    const elapsed = performance.now() - start;
    trees.length = 0;
    held.parse = parser;
    return elapsed;
}

/**
 * Parse-only and full-build timings over `runs` runs. Both start from freshly created services, as a
 * CLI run does: a parser instance that has parsed before runs up to 1.4× faster, so timing parse-only
 * on a reused parser against a build on a new one would overstate the build's share. For the same
 * reason both make the parser before their clock starts, and both keep every tree they parse until
 * the run ends.
 */
export async function benchBuild(corpus: Corpus, runs: number): Promise<BuildResult> {
    const parses: number[] = [];
    const builds: number[] = [];
    let phaseRuns: Array<Record<string, number>> = [];
    let diagnostics = 0;
    // Parse-only and build runs take turns, so that both see the host in the same state: this host's
    // speed drifts by a third over minutes, and all parses first then all builds set two stretches apart.
    for (let i = 0; i < runs; i++) {
        parses.push(parseOnly(corpus));
        const result = await oneBuild(corpus);
        builds.push(result.total);
        phaseRuns.push(result.phases);
        diagnostics = result.diagnostics;
    }
    held.build = held.parse = undefined;
    phaseRuns = phaseRuns.filter(Boolean);
    const phasesMs: Record<string, number> = {};
    for (const [, name] of PHASES) phasesMs[name] = stats(phaseRuns.map(p => p[name] ?? 0)).median;
    return { parseMs: stats(parses), buildMs: stats(builds), phasesMs, diagnostics };
}
