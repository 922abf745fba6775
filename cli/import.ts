import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { formatImportReport } from '../language/model/import/import-report.js';
import type { ImportMap } from '../language/model/import/register-import.js';
import { importRegisterFile, SpreadsheetError } from '../language/spreadsheet/import-file.js';
import { MAX_FILE_BYTES } from '../language/spreadsheet/limits.js';
import { createSscServices } from '../language/ssc-module.js';
import type { CommandIo } from './commands.js';
import { describeFsError, UsageError } from './errors.js';
import { writeAtomically } from './write-output.js';

/** Options of `ssc import`. */
export interface ImportCommandOptions {
    readonly sheet?: string;
    readonly map?: string;
    readonly out?: string;
    readonly force: boolean;
    readonly dryRun: boolean;
}

async function readInput(file: string, shown: string): Promise<Buffer> {
    let info;
    try {
        info = await stat(file);
    } catch (error) {
        throw new UsageError(`${shown}: cannot read (${describeFsError(error)})`);
    }
    if (info.isDirectory()) throw new UsageError(`${shown}: is a folder, not a spreadsheet`);
    if (!info.isFile()) throw new UsageError(`${shown}: not a regular file`);
    if (info.size > MAX_FILE_BYTES)
        throw new UsageError(
            `${shown}: refused: the file is ${(info.size / 1024 / 1024).toFixed(1)} MB (at most ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
        );
    try {
        return await readFile(file);
    } catch (error) {
        throw new UsageError(`${shown}: cannot read (${describeFsError(error)})`);
    }
}

function checkMap(value: unknown, shown: string): ImportMap {
    const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (!isObject(value)) throw new UsageError(`${shown}: a --map file is a JSON object { "columns": { … }, "values": { … } }`);
    for (const key of Object.keys(value))
        if (key !== 'columns' && key !== 'values') throw new UsageError(`${shown}: unknown key "${key}" (use "columns" and "values")`);
    if (value.columns !== undefined && !isObject(value.columns))
        throw new UsageError(`${shown}: "columns" must map headers to fields, e.g. { "Influence": "power" }`);
    for (const [header, field] of Object.entries(value.columns ?? {})) {
        if (field !== null && typeof field !== 'string')
            throw new UsageError(`${shown}: the field of column "${header}" must be a string (or null to ignore it)`);
    }
    if (value.values !== undefined && !isObject(value.values))
        throw new UsageError(`${shown}: "values" must map fields to { "text": "id" } objects`);
    for (const [field, values] of Object.entries(value.values ?? {})) {
        if (!isObject(values)) throw new UsageError(`${shown}: "values"."${field}" must be an object of "text": "id"`);
    }
    return value as ImportMap;
}

async function readMap(file: string | undefined, cwd: string): Promise<ImportMap | undefined> {
    if (file === undefined) return undefined;
    let text: string;
    try {
        text = await readFile(path.resolve(cwd, file), 'utf8');
    } catch (error) {
        throw new UsageError(`${file}: cannot read (${describeFsError(error)})`);
    }
    try {
        return checkMap(JSON.parse(text.replace(/^\uFEFF/, '')), file);
    } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(`${file}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
    }
}

/**
 * `ssc import <file>`: turns a stakeholder register (`.xlsx` or CSV) into a formatted `.ssc` model,
 * with a report on stderr. Exit status 0 when every row was imported, 1 when some were skipped,
 * 2 when the file could not be imported (nothing is written then).
 */
export async function importCommand(files: readonly string[], options: ImportCommandOptions, io: CommandIo): Promise<number> {
    if (files.length !== 1)
        throw new UsageError(
            files.length === 0
                ? 'import needs a spreadsheet: ssc import register.xlsx [--out model.ssc]'
                : 'import takes one file at a time',
        );
    const shown = files[0];
    const input = path.resolve(io.cwd, shown);
    const target = options.dryRun ? undefined : path.resolve(io.cwd, options.out ?? shown.replace(/\.[^./\\]*$/, '') + '.ssc');
    if (target !== undefined && path.resolve(target) === input)
        throw new UsageError(`${options.out ?? shown}: the output would replace the spreadsheet itself`);
    if (target !== undefined && !options.force) {
        const existing = await stat(target).catch(() => undefined);
        if (existing)
            throw new UsageError(
                `${path.relative(io.cwd, target) || target}: already exists (use --force to overwrite, or --out to choose another file)`,
            );
    }
    const map = await readMap(options.map, io.cwd);
    const buffer = await readInput(input, shown);
    let result;
    try {
        result = await importRegisterFile(createSscServices(EmptyFileSystem).Ssc, buffer, {
            source: path.basename(shown),
            sheet: options.sheet,
            map,
        });
    } catch (error) {
        if (error instanceof SpreadsheetError) throw new UsageError(`${shown}: ${error.message}`);
        throw error;
    }
    io.stderr(formatImportReport(result.report));
    if (target === undefined) {
        io.stdout(result.text);
    } else {
        await writeAtomically(target, result.text, options.force);
        const relative = path.relative(io.cwd, target);
        io.stderr(`ssc: wrote ${relative && !relative.startsWith('..') ? relative : target}\n`);
    }
    return result.report.skipped.length > 0 ? 1 : 0;
}
