import { URI, type LangiumDocument } from 'langium';
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { createSscServices } from '../language/ssc-module.js';
import { ensureBuiltins } from '../language/workspace/builtins.js';
import { describeFsError as describe, UsageError } from './errors.js';

/** A workspace loaded from the command line: its documents (sorted by path) and their diagnostics. */
export interface LoadedWorkspace {
    readonly documents: LangiumDocument[];
    /** The displayed (relative) path of a document. */
    readonly displayPath: (document: LangiumDocument) => string;
    readonly diagnostics: Map<LangiumDocument, Diagnostic[]>;
}

async function collect(shown: string, target: string, into: Set<string>): Promise<void> {
    let info;
    try {
        info = await stat(target);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(code === 'ENOENT' ? `${shown}: ${describe(error)}` : `${shown}: cannot read (${describe(error)})`);
    }
    if (info.isDirectory()) {
        const before = into.size;
        await walk(target, shown, into);
        if (into.size === before) throw new UsageError(`${shown}: no .ssc files in this folder`);
    } else if (info.isFile()) {
        into.add(path.resolve(target));
    } else {
        throw new UsageError(`${shown}: not a regular file or folder`);
    }
}

/** Adds the `.ssc` files under `folder`; `shown` is the folder as the user named it, for messages. */
async function walk(folder: string, shown: string, into: Set<string>): Promise<void> {
    let entries;
    try {
        entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
        throw new UsageError(`${shown}: cannot read folder (${describe(error)})`);
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) await walk(full, path.join(shown, entry.name), into);
        else if (entry.isFile() && entry.name.endsWith('.ssc')) into.add(path.resolve(full));
    }
}

/** Reads a file as UTF-8 text; refuses binary content and strips a byte-order mark. */
export async function readModelText(file: string, shown: string): Promise<string> {
    let bytes: Buffer;
    try {
        bytes = await readFile(file);
    } catch (error) {
        throw new UsageError(`${shown}: cannot read file (${describe(error)})`);
    }
    if (bytes.subarray(0, 65536).includes(0)) {
        throw new UsageError(`${shown}: not a text file (it contains NUL bytes)`);
    }
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new UsageError(`${shown}: not a UTF-8 text file`);
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lists the `.ssc` files named by the paths (folders searched recursively), as absolute paths. */
export async function collectFiles(paths: readonly string[], cwd = process.cwd()): Promise<string[]> {
    if (paths.length === 0) throw new UsageError('no path given: name one or more .ssc files or folders');
    const files = new Set<string>();
    for (const target of paths) await collect(target, path.resolve(cwd, target), files);
    return [...files].sort();
}

/** Loads every file into one workspace with the built-in library, then builds and validates it. */
export async function loadWorkspace(
    services: ReturnType<typeof createSscServices>,
    paths: readonly string[],
    cwd = process.cwd(),
): Promise<LoadedWorkspace> {
    const files = await collectFiles(paths, cwd);
    const { shared } = services;
    const builtins = ensureBuiltins(shared);
    const shownByUri = new Map<string, string>();
    const documents: LangiumDocument[] = [];
    for (const file of files) {
        const shown = path.relative(cwd, file) || path.basename(file);
        const text = await readModelText(file, shown);
        const uri = URI.file(file);
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        shownByUri.set(uri.toString(), shown.split(path.sep).join('/'));
        documents.push(document);
    }
    await shared.workspace.DocumentBuilder.build([builtins, ...documents], { validation: true });
    const diagnostics = new Map(documents.map(d => [d, d.diagnostics ?? []]));
    return { documents, diagnostics, displayPath: d => shownByUri.get(d.uri.toString()) ?? d.uri.fsPath };
}
