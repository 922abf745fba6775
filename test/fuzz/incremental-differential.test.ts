/**
 * Differential fuzzing of the incremental parse (language/parser/block-reparse.ts): seeded random
 * edit sequences applied to the same file in services that re-parse block by block and in services
 * that parse every edit whole; after every edit, everything users see of the file must be identical
 * (syntax tree, CST offsets and ranges, diagnostics, references, exports, symbols, folding, semantic
 * tokens, formatting). The edits are those of someone typing, and the ones that break things: pastes
 * across block boundaries, unterminated strings and comments swallowing the blocks after them,
 * blocks split in two or merged, lines ends changed.
 *
 * Edits per run: half of FUZZ_MUTATIONS, at least 60 (60 in a default run, 1,500 in `npm run test:fuzz`,
 * 10,000 in `npm run fuzz`); each edit is built and inspected twice, incrementally and whole.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateModel, seededRandom } from '../../bench/model-generator.js';
import { ROOT } from '../helpers/cli.js';
import { openPair, type IncrementalPair } from '../helpers/incremental.js';

const EDITS = Math.max(60, Math.round(Number(process.env.FUZZ_MUTATIONS ?? 100) / 2));
/** Edits in one sequence before the text starts again from its seed. */
const SEQUENCE = 25;

const FRAGMENTS = [
    '"',
    '/*',
    '*/',
    '//',
    '{',
    '}',
    '\n',
    '\r\n',
    ' ',
    ':',
    ',',
    '->',
    'x',
    '7',
    '2026-01-31',
    '"note"',
    '/* c */',
    '// note\n',
    '}\nstakeholder extra : citizens {\n',
    'stakeholder',
    'relation a -> b : funds',
    'aims "more"',
    'power high',
];

const int = (random: () => number, n: number) => Math.floor(random() * n);

/** One random edit of `text`: its name (for failure reports) and the new text. */
function randomEdit(text: string, random: () => number): { kind: string; text: string } {
    const at = int(random, text.length + 1);
    const roll = random();
    if (roll < 0.45) {
        // Typing a letter or a space inside a string or a name: the usual keystroke.
        const words = [...text.matchAll(roll < 0.3 ? /"[^"\n]*"/g : /"[^"\n]*"|[A-Za-z_][\w-]*|\d+/g)];
        const word = words[int(random, words.length)];
        if (word) {
            const inside = word.index + 1 + int(random, Math.max(1, word[0].length - 1));
            const typed = 'abcdefghij -_'[int(random, 13)];
            return { kind: 'type', text: text.slice(0, inside) + typed + text.slice(inside) };
        }
    }
    if (roll < 0.52) {
        const end = Math.min(text.length, at + 1 + int(random, 3));
        return { kind: 'delete', text: text.slice(0, at) + text.slice(end) };
    }
    if (roll < 0.75) {
        const fragment = FRAGMENTS[int(random, FRAGMENTS.length)];
        return { kind: `insert ${JSON.stringify(fragment)}`, text: text.slice(0, at) + fragment + text.slice(at) };
    }
    if (roll < 0.85) {
        // A paste of a stretch of the text elsewhere, often across block boundaries.
        const from = int(random, text.length);
        const slice = text.slice(from, from + 1 + int(random, 80));
        return { kind: 'paste', text: text.slice(0, at) + slice + text.slice(at) };
    }
    if (roll < 0.92) {
        // A selection replaced: may delete a `}` and merge blocks, or cut across several.
        const end = Math.min(text.length, at + int(random, 120));
        const fragment = FRAGMENTS[int(random, FRAGMENTS.length)];
        return { kind: 'replace', text: text.slice(0, at) + fragment + text.slice(end) };
    }
    if (roll < 0.94) {
        // Something typed right at the edge of a block: before its keyword or just after its `}`.
        const edges = [...text.matchAll(/^(?=[a-z])|\}/gm)].map(m => m.index + (m[0] === '}' ? 1 : 0));
        const edge = edges[int(random, edges.length)] ?? at;
        const fragment = FRAGMENTS[int(random, FRAGMENTS.length)];
        return { kind: `edge ${JSON.stringify(fragment)}`, text: text.slice(0, edge) + fragment + text.slice(edge) };
    }
    if (roll < 0.97) {
        // A new line typed inside a block, with its indentation.
        const line = text.indexOf('\n', at);
        const where = line < 0 ? text.length : line;
        return { kind: 'newline', text: text.slice(0, where) + '\n    ' + text.slice(where) };
    }
    return { kind: 'line ends', text: random() < 0.5 ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\r\n/g, '\n') };
}

function seeds(): Array<{ name: string; text: string }> {
    const example = (file: string) => readFileSync(path.join(ROOT, 'examples', file), 'utf8');
    return [
        { name: 'generated-12', text: [...generateModel({ stakeholders: 12, seed: 11 }).values()].join('\n') },
        { name: 'valencia/city.ssc', text: example('valencia/city.ssc') },
        { name: 'first-model/stakeholders.ssc', text: example('first-model/stakeholders.ssc') },
    ];
}

const totals = { edits: 0, incremental: 0, fallbacks: {} as Record<string, number> };

describe('incremental parsing matches a full parse after every edit', () => {
    const models = seeds();
    for (const [m, model] of models.entries()) {
        const edits = Math.ceil(EDITS / models.length);
        // Time enough for a loaded machine: each edit is two builds and two sets of LSP answers.
        test(`${model.name}: ${edits} edits`, { timeout: 60_000 + edits * 3_000 }, async () => {
            const pair: IncrementalPair = await openPair(model.text);
            const random = seededRandom(4_200 + m);
            let text = model.text;
            let clean = text;
            let broken = false;
            for (let i = 0; i < edits; i++) {
                // Start again from the seed now and then; when the text is broken, often go back to
                // the last clean text first, as an undo would.
                const edit =
                    i % SEQUENCE === 0
                        ? { kind: 'seed', text: model.text }
                        : broken && random() < 0.6
                          ? { kind: 'undo', text: clean }
                          : randomEdit(text, random);
                const before = text;
                text = edit.text;
                await pair.edit(text);
                const views = await pair.views();
                if (JSON.stringify(views.incremental) !== JSON.stringify(views.full)) {
                    expect(views.incremental, `edit ${i} (${edit.kind}) of ${model.name}; text before: ${JSON.stringify(before)}`).toEqual(
                        views.full,
                    );
                }
                broken = (views.full.errors as number[]).some(n => n > 0);
                if (!broken) clean = text;
            }
            const stats = pair.incremental.Ssc.ssc.IncrementalParser.stats();
            totals.edits += edits;
            totals.incremental += stats.incremental;
            for (const [reason, n] of Object.entries(stats.fallbacks)) totals.fallbacks[reason] = (totals.fallbacks[reason] ?? 0) + n;
            // The sequences must exercise the block path, not only its fallbacks.
            expect(stats.incremental).toBeGreaterThan(edits / 10);
        });
    }
    afterAll(() => {
        console.log(
            `incremental differential: ${totals.edits} edits, ${totals.incremental} re-parsed by block, fallbacks ${JSON.stringify(totals.fallbacks)}`,
        );
    });
});
