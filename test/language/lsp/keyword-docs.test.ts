import { GrammarAST, type Grammar } from 'langium';
import { expectHover } from 'langium/test';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { beforeAll, describe, expect, test } from 'vitest';
import { termNote } from '../../../language/lsp/vocabulary-docs.js';
import { RELATION_KINDS } from '../../../language/model/vocabulary.js';
import { completionsIn } from '../../helpers/completion.js';
import { createTestServices } from '../../helpers/workspace.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

const completionsAt = completionsIn(() => services);
const labels = (items: CompletionItem[]) => items.map(i => i.label);

/** Every word keyword of the grammar (values included), from the parser's own grammar. */
function grammarKeywords(): string[] {
    const grammar = services.Ssc.Grammar as Grammar;
    const words = new Set<string>();
    for (const rule of grammar.rules) {
        for (const node of streamKeywords(rule)) if (/\p{L}/u.test(node.value)) words.add(node.value);
    }
    return [...words].sort();
}
function* streamKeywords(node: object): Generator<GrammarAST.Keyword> {
    if (GrammarAST.isKeyword(node)) yield node;
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        for (const child of Array.isArray(value) ? value : [value])
            if (child && typeof child === 'object' && '$type' in child) yield* streamKeywords(child);
    }
}

describe('completion after the first end of a relation', () => {
    test('offers the arrows `->` and `<->` with what they mean, not words of the file', async () => {
        const items = await completionsAt('stakeholder Alpha : citizens\nstakeholder Beta : ngo\nrelation Alpha <|>');
        expect(labels(items).slice(0, 2)).toEqual(['->', '<->']);
        expect(items[0].detail).toMatch(/Directed/);
        expect(items[1].detail).toMatch(/Mutual/);
        expect(labels(items)).not.toContain('Beta');
    });
    test('after the arrow, the stakeholders; after `:`, the relation kinds with a description that calls them our convention', async () => {
        expect(labels(await completionsAt('stakeholder Alpha : citizens\nstakeholder Beta : ngo\nrelation Alpha -> <|>'))).toContain(
            'Beta',
        );
        const kinds = await completionsAt('stakeholder Alpha : citizens\nstakeholder Beta : ngo\nrelation Alpha -> Beta : <|>');
        expect(labels(kinds)).toEqual([...RELATION_KINDS]);
        for (const item of kinds) {
            expect(item.detail, item.label).toBeTruthy();
            expect(item.detail).not.toBe('Keyword');
            const doc = JSON.stringify(item.documentation);
            expect(doc).toMatch(/A convention \(the relation kinds of this language\), not the Supplement's own term/);
        }
    });
});

describe('power and interest values', () => {
    test('come in order with their numbers, and medium says it sits on the dividing line', async () => {
        const items = await completionsAt('stakeholder A : citizens {\n    power <|>\n}');
        expect(labels(items)).toEqual(['1', 'low', 'medium', 'high', '5']);
        expect(items.map(i => i.labelDetails?.description)).toEqual(['1 of 5', '= 2', '= 3, on the dividing line', '= 4', '5 of 5']);
        expect(items[2].detail).toMatch(/dividing line/);
        expect(JSON.stringify(items[2].documentation)).toMatch(/1\.\.5 scale is a convention of this language/);
        expect(labels(await completionsAt('stakeholder A : citizens {\n    interest <|>\n}'))).toEqual(['1', 'low', 'medium', 'high', '5']);
    });
});

describe('every keyword, value and snippet has a one-line description', () => {
    test('every word of the grammar has a note (used by completion and hover)', () => {
        const missing = grammarKeywords().filter(k => !termNote(k));
        expect(missing).toEqual([]);
        for (const k of grammarKeywords()) {
            const note = termNote(k)!;
            expect(note.description.length, k).toBeGreaterThan(10);
            expect(note.description, k).not.toMatch(/\n/);
        }
    });
    test('property keywords in a stakeholder block say what they record', async () => {
        const items = await completionsAt('stakeholder A : citizens {\n    <|>\n}');
        for (const keyword of [
            'scale',
            'sector',
            'category',
            'roles',
            'power',
            'interest',
            'engagement',
            'strategy',
            'onion',
            'aims',
            'contributions',
        ]) {
            const item = items.find(i => i.label === keyword);
            expect(item?.detail, keyword).toBeTruthy();
            expect(item?.detail, keyword).not.toBe('Keyword');
        }
        expect(items.find(i => i.label === 'power')?.detail).toMatch(/medium \(3, on the dividing line\)/);
    });
    test('snippets carry a description and show what they insert', async () => {
        const snippets = (await completionsAt('<|>')).filter(i => i.kind === 15);
        for (const s of snippets) {
            expect(s.detail, s.label).toBeTruthy();
            expect(JSON.stringify(s.documentation), s.label).toContain('```ssc');
        }
    });
});

describe('keyword hovers', () => {
    const hover = (text: string, expected: RegExp) =>
        expectHover(services.Ssc)({ text, index: 0, hover: expected, disposeAfterCheck: true });
    test.each([
        ['stakeholder A : citizens {\n    po<|>wer high\n}', /\*\*power\*\* — Power over the programme[\s\S]*clause 4\.2/],
        ['stakeholder A : citizens {\n    engage<|>ment neutral\n}', /\*\*engagement\*\*[\s\S]*clause 4\.2/],
        ['stakeholder A : citizens {\n    strat<|>egy monitor\n}', /\*\*strategy\*\*/],
        ['stakeholder A : citizens {\n    oni<|>on core\n}', /\*\*onion\*\*[\s\S]*clause 4\.1 b/],
        ['stakeholder A : citizens {\n    onion co<|>re\n}', /\*\*core\*\*[\s\S]*A convention \(the four rings of this language\)/],
        ['stakeholder A : citizens {\n    power med<|>ium\n}', /dividing line[\s\S]*A convention \(the 1\.\.5 scale of this language\)/],
        ['stakeholder A : citizens\nrelation A -> A : fu<|>nds', /\*\*funds\*\*[\s\S]*convention/],
        ['progr<|>amme P { city "X" }', /\*\*programme\*\*/],
        ['programme P { as-<|>of 2026-01-01 }', /\*\*as-of\*\*/],
        ['consultation C { information-sh<|>ared 2026-01-01 }', /\*\*information-shared\*\*[\s\S]*clause 4\.2/],
    ])('%s', async (text, expected) => {
        await hover(text, expected);
    });
});
