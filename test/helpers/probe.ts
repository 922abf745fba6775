import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT, tempDir } from './cli.js';

/**
 * Bundles a probe script (a path from the repository root) and runs it in a fresh process, returning
 * what it prints as JSON. Probes look at V8's object layouts and heap, which are per process, and a
 * fresh one keeps the heap small.
 */
export async function runProbe<T>(entry: string, nodeArgs: readonly string[] = []): Promise<T> {
    const probe = path.join(tempDir(path.basename(entry, '.ts')), 'probe.mjs');
    await esbuild.build({
        entryPoints: [path.join(ROOT, entry)],
        outfile: probe,
        bundle: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'error',
        external: ['vscode'],
        banner: { js: 'import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);' },
    });
    return JSON.parse(execFileSync(process.execPath, [...nodeArgs, probe], { encoding: 'utf8' })) as T;
}
