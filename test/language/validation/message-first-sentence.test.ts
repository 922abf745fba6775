import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { firstSentence } from '../../../language/validation/message-text.js';
import { ROOT } from '../../helpers/cli.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { SYNTAX_MISTAKES } from '../parser/syntax-corpus.js';

/**
 * Rule messages that do not yet open with a standalone first sentence of at most 120 characters: none
 * since the rule messages were rewritten (branches `fidelity` and `process`). A code added here must
 * come with a note of who is rewriting it.
 */
const KNOWN_OFFENDERS = new Set<string>([]);

/** Why a message is not readable at a glance, or undefined when it is. */
function styleProblem(message: string): string | undefined {
    if (/[\r\n]/.test(message)) return 'line break';
    const first = firstSentence(message, Number.MAX_SAFE_INTEGER);
    if (first.length > 120) return `first sentence of ${first.length} characters`;
    if (!/^[A-Z0-9`"'(]/.test(first) || !/[.?!]$/.test(first)) return 'first sentence does not stand alone';
    return undefined;
}

function files(dir: string): Record<string, string> {
    return Object.fromEntries(
        readdirSync(dir)
            .filter(f => f.endsWith('.ssc'))
            .map(f => [f, readFileSync(path.join(dir, f), 'utf8')]),
    );
}

async function diagnosticsOf(sources: Array<Record<string, string>>): Promise<Diagnostic[]> {
    const all: Diagnostic[] = [];
    for (const source of sources) {
        const ws = await buildWorkspace(source);
        for (const name of Object.keys(source)) all.push(...ws.diagnostics(name));
    }
    return all;
}

describe('every message opens with one short standalone sentence (examples, fuzz regressions, corpus)', () => {
    test('on the examples, the fuzz regressions and the corpus of mistakes', async () => {
        const diagnostics = await diagnosticsOf([
            files(path.join(ROOT, 'examples', 'valencia')),
            files(path.join(ROOT, 'examples', 'first-model')),
            // Damaged models kept by the fuzz campaign trigger many rules at once.
            ...Object.entries(files(path.join(ROOT, 'test', 'fuzz', 'regressions'))).map(([name, text]) => ({ [name]: text })),
            ...SYNTAX_MISTAKES.map((m, i) => ({ [`mistake-${i}.ssc`]: m.text })),
        ]);
        expect(diagnostics.length).toBeGreaterThan(SYNTAX_MISTAKES.length);
        const failing = new Map<string, string>();
        for (const d of diagnostics) {
            const problem = styleProblem(d.message);
            if (problem && !failing.has(String(d.code))) failing.set(String(d.code), `${problem}: ${d.message}`);
        }
        // Reported for the integrator: the rule messages still to rewrite.
        if (failing.size > 0)
            console.info(`Rule messages not yet readable at a glance:\n${[...failing].map(([c, m]) => `  ${c} — ${m}`).join('\n')}`);
        expect([...failing.keys()].filter(code => !KNOWN_OFFENDERS.has(code))).toEqual([]);
        expect(failing.has('syntax')).toBe(false);
    });
});
