import { beforeAll, describe, expect, test } from 'vitest';
import { generateModel } from '../../../bench/model-generator.js';
import { openPair, type IncrementalPair } from '../../helpers/incremental.js';

// A generated model has findings of most rules, stale levels pointing at assessments among them.
const MODEL = [...generateModel({ stakeholders: 24, seed: 5 }).values()].join('\n');

let pair: IncrementalPair;
let text = MODEL;

/** Replaces the `nth` occurrence of `find`, failing loudly when it is absent. */
function replace(find: string | RegExp, by: (found: string) => string, nth = 0): string {
    const pattern = typeof find === 'string' ? new RegExp(find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(find.source, 'g');
    const matches = [...text.matchAll(pattern)];
    const match = matches[nth];
    if (!match) throw new Error(`no ${String(find)} #${nth} in the text`);
    return text.slice(0, match.index) + by(match[0]) + text.slice(match.index + match[0].length);
}

/** Applies an edit to both sets of services and checks the diagnostics (and all else) agree. */
async function edit(next: string, byBlock = true): Promise<void> {
    const before = pair.incremental.Ssc.ssc.IncrementalParser.stats().incremental;
    text = next;
    await pair.edit(text);
    // Edits inside one element are re-parsed block by block, and the others' findings kept.
    if (byBlock) expect(pair.incremental.Ssc.ssc.IncrementalParser.stats().incremental).toBe(before + 1);
    const views = await pair.views();
    expect(views.incremental.diagnostics).toEqual(views.full.diagnostics);
    expect(views.incremental).toEqual(views.full);
}

describe('diagnostics kept for untouched elements are those a full validation finds', () => {
    beforeAll(async () => {
        pair = await openPair(MODEL);
        const views = await pair.views();
        const codes = new Set((views.full.diagnostics as Array<{ code: string }>).map(d => d.code));
        // The model exercises diagnostics with related places in other elements.
        expect(codes).toContain('engagement/stale-level');
        expect(codes.size).toBeGreaterThan(4);
    });

    test('typing inside a string of one stakeholder', async () => {
        await edit(replace(/aims "[^"]*/, found => found + 'x', 3));
    });

    test('a new line in an early element moves every later finding down', async () => {
        await edit(replace(/stakeholder [^\n]*\{\n/, found => found + '\n', 1));
    });

    test('typing in a relation moves the relation that follows it on the same line', async () => {
        // Two relations on one line (parsed whole), then a keystroke in the first (block by block).
        await edit(
            replace(/"\n\nrelation/, () => '" relation', 2),
            false,
        );
        await edit(replace(/about \w+" relation/, found => found.replace('about', 'about more'), 0));
        await edit(
            replace(/relation \w+ -> \w+ : \w[\w-]* "about more/, found => found.replace('relation', 'relation  '), 0),
            false,
        );
    });

    test('an edited assessment moves the related places of the stale levels it decides', async () => {
        await edit(replace(/assessment [^\n]*\{\n/, found => found + '    \n', 0));
        await edit(replace(/assessment [^\n]*\{\n/, found => found + '    \n', 1));
    });

    test('a changed level in an assessment changes findings elsewhere in the file', async () => {
        for (const [from, to] of [
            ['supportive', 'resistant'],
            ['neutral', 'leading'],
        ]) {
            if (text.includes(` ${from}`)) await edit(replace(` ${from}`, () => ` ${to}`, 2));
        }
    });

    test('an action closed or reopened changes the powerful-resistant findings of others', async () => {
        if (/status open/.test(text)) await edit(replace('status open', () => 'status done', 0));
        if (/status done/.test(text)) await edit(replace('status done', () => 'status open', 0));
    });
});
