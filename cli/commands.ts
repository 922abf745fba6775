import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { buildModelData } from '../language/builder/model-builder.js';
import { analyse } from '../language/model/analysis.js';
import { starterModel } from '../language/model/starter-model.js';
import { createSscServices } from '../language/ssc-module.js';
import type { RuleOverrides } from '../language/validation/rule-settings.js';
import { countBySeverity, formatJson, formatSarif, formatText } from './diagnostic-formats.js';
import { describeFsError, UsageError } from './errors.js';
import { loadRcOverrides } from './rc-file.js';
import { collectDiagnostics } from './validate.js';
import { loadWorkspace, type LoadedWorkspace } from './workspace-loader.js';
import { RENDERERS } from './renderers.js';
import { writeAtomically, writeOutputs } from './write-output.js';

/** Where a command writes its results. */
export interface CommandIo {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly cwd: string;
    readonly version: string;
}

async function load(paths: readonly string[], rules: RuleOverrides, io: CommandIo): Promise<LoadedWorkspace> {
    // Each command builds the workspace once and edits nothing.
    const services = createSscServices(NodeFileSystem, { edits: false });
    // `.sscrc.json` first; `--rule` flags override it.
    services.Ssc.ssc.RuleSettings.setLayer('file', await loadRcOverrides(io.cwd));
    services.Ssc.ssc.RuleSettings.setLayer('cli', rules);
    return loadWorkspace(services, paths, io.cwd);
}

/** `ssc validate`: prints diagnostics; returns the exit status (0 clean, 1 errors or too many warnings). */
export async function validateCommand(
    paths: readonly string[],
    options: { format: string; rules: RuleOverrides; maxWarnings?: number; explain?: boolean },
    io: CommandIo,
): Promise<number> {
    if (!['text', 'json', 'sarif'].includes(options.format)) throw new UsageError(`--format ${options.format}: use text, json or sarif`);
    const workspace = await load(paths, options.rules, io);
    const diagnostics = collectDiagnostics(workspace);
    const output =
        options.format === 'json'
            ? formatJson(diagnostics)
            : options.format === 'sarif'
              ? formatSarif(diagnostics, io.version)
              : formatText(diagnostics, workspace.documents.length, options.explain);
    io.stdout(output);
    const counts = countBySeverity(diagnostics);
    const tooManyWarnings = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
    if (tooManyWarnings && options.format === 'text')
        io.stderr(`ssc: ${counts.warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return counts.errors > 0 || tooManyWarnings ? 1 : 0;
}

/** `ssc generate`: builds the analysis and writes it in the requested format. */
export async function generateCommand(
    paths: readonly string[],
    options: { format?: string; view?: string; out?: string; force: boolean; rules: RuleOverrides },
    io: CommandIo,
): Promise<number> {
    if (!options.format) throw new UsageError(`--format is required: one of ${Object.keys(RENDERERS).join(', ')}`);
    const renderer = RENDERERS[options.format];
    if (!renderer) throw new UsageError(`--format ${options.format}: use one of ${Object.keys(RENDERERS).join(', ')}`);
    const workspace = await load(paths, options.rules, io);
    const diagnostics = collectDiagnostics(workspace);
    const counts = countBySeverity(diagnostics);
    const model = buildModelData(workspace.documents, workspace.displayPath);
    const analysis = analyse(model, { diagnostics: { errors: counts.errors, warnings: counts.warnings, infos: counts.infos } });
    const outputs = await renderer(analysis, { view: options.view, out: options.out, findings: diagnostics });
    // A trailing separator marks `--out` as a folder (created if missing); resolving drops it, so keep it.
    const resolved = options.out === undefined ? undefined : path.resolve(io.cwd, options.out);
    const out = resolved !== undefined && /[\\/]$/.test(options.out!) && !resolved.endsWith(path.sep) ? resolved + path.sep : resolved;
    const written = await writeOutputs(outputs, out, options.force, io.stdout);
    for (const file of written) {
        const relative = path.relative(io.cwd, file);
        io.stderr(`ssc: wrote ${relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file}\n`);
    }
    return 0;
}

/** `ssc init [dir]`: writes a starter model that validates with no errors. */
export async function initCommand(dir: string | undefined, options: { force: boolean; city?: string }, io: CommandIo): Promise<number> {
    const folder = path.resolve(io.cwd, dir ?? '.');
    const target = path.join(folder, 'stakeholders.ssc');
    try {
        const { mkdir } = await import('node:fs/promises');
        await mkdir(folder, { recursive: true });
    } catch (error) {
        throw new UsageError(`${dir ?? '.'}: cannot create folder (${describeFsError(error)})`);
    }
    await writeAtomically(target, starterModel(options.city ?? 'My City'), options.force);
    io.stdout(
        `Wrote ${path.relative(io.cwd, target) || target}: a starter model with one stakeholder per standard group.\nNext: edit it, then run  npx ssc validate ${path.relative(io.cwd, folder) || '.'}\n`,
    );
    return 0;
}
