import type { Analysis } from './analysis.js';

/** The analysis as pretty-printed JSON text (the `--format json` output), ending with a newline. */
export function renderJson(analysis: Analysis): string {
    return JSON.stringify(analysis, null, 2) + '\n';
}
