import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** The repository root. */
export const REPO = path.resolve(import.meta.dirname, '..', '..');

/** One import or re-export of a source file. */
export interface ImportEdge {
    /** Repository-relative path of the importing file. */
    from: string;
    /** The module specifier as written. */
    specifier: string;
    /** Repository-relative path of the imported file, for relative specifiers; undefined for packages. */
    to: string | undefined;
    /** False for `import type`/`export type` (erased at run time). */
    runtime: boolean;
    line: number;
}

/** Every `.ts` file under a repository folder (generated code excluded), repository-relative, sorted. */
export function sourceFiles(folder: string): string[] {
    const out: string[] = [];
    const walk = (dir: string) => {
        for (const entry of readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
            const rel = path.posix.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'generated' && entry.name !== 'node_modules') walk(rel);
            } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
                out.push(rel);
            }
        }
    };
    walk(folder);
    return out.sort();
}

/** Parses a repository file with the TypeScript compiler. */
export function parseSource(file: string): ts.SourceFile {
    return ts.createSourceFile(file, readFileSync(path.join(REPO, file), 'utf8'), ts.ScriptTarget.ES2022, true);
}

function resolve(from: string, specifier: string): string | undefined {
    if (!specifier.startsWith('.')) return undefined;
    return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)).replace(/\.js$/, '.ts');
}

/** The static imports and re-exports of a file (dynamic `import()` is not a load-time edge). */
export function importsOf(file: string): ImportEdge[] {
    const source = parseSource(file);
    const edges: ImportEdge[] = [];
    for (const statement of source.statements) {
        let specifier: ts.Expression | undefined;
        let runtime = true;
        if (ts.isImportDeclaration(statement)) {
            specifier = statement.moduleSpecifier;
            const clause = statement.importClause;
            if (clause?.isTypeOnly) runtime = false;
            else if (
                clause &&
                !clause.name &&
                clause.namedBindings &&
                ts.isNamedImports(clause.namedBindings) &&
                clause.namedBindings.elements.length > 0 &&
                clause.namedBindings.elements.every(e => e.isTypeOnly)
            )
                runtime = false;
        } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
            specifier = statement.moduleSpecifier;
            if (statement.isTypeOnly) runtime = false;
            else if (
                statement.exportClause &&
                ts.isNamedExports(statement.exportClause) &&
                statement.exportClause.elements.length > 0 &&
                statement.exportClause.elements.every(e => e.isTypeOnly)
            )
                runtime = false;
        }
        if (!specifier || !ts.isStringLiteral(specifier)) continue;
        const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
        edges.push({ from: file, specifier: specifier.text, to: resolve(file, specifier.text), runtime, line });
    }
    return edges;
}

/**
 * The cycles of run-time imports among the given files, each as the list of files around it
 * (one cycle per strongly connected component, found by Tarjan's algorithm).
 */
export function runtimeCycles(files: readonly string[], ignore: (file: string) => boolean = () => false): string[][] {
    const inSet = new Set(files.filter(f => !ignore(f)));
    const next = new Map<string, string[]>();
    for (const f of inSet)
        next.set(
            f,
            importsOf(f)
                .filter(e => e.runtime && e.to && inSet.has(e.to))
                .map(e => e.to!),
        );
    let counter = 0;
    const index = new Map<string, number>(),
        low = new Map<string, number>(),
        stack: string[] = [],
        onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
        index.set(v, counter);
        low.set(v, counter);
        counter++;
        stack.push(v);
        onStack.add(v);
        for (const w of next.get(v) ?? []) {
            if (!index.has(w)) {
                visit(w);
                low.set(v, Math.min(low.get(v)!, low.get(w)!));
            } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        }
        if (low.get(v) === index.get(v)) {
            const component: string[] = [];
            let w: string;
            do {
                w = stack.pop()!;
                onStack.delete(w);
                component.push(w);
            } while (w !== v);
            if (component.length > 1 || next.get(v)!.includes(v)) cycles.push(component.sort());
        }
    };
    for (const f of inSet) if (!index.has(f)) visit(f);
    return cycles;
}
