import { GrammarAST, URI } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { firstSentence } from '../../../language/validation/message-text.js';
import { syntaxDiagnostics } from '../../../language/validation/syntax-diagnostics.js';
import { createTestServices } from '../../helpers/workspace.js';
import { GrammarSampler, layout } from './grammar-sampler.js';

type Services = Awaited<ReturnType<typeof createTestServices>>;

/** Words that belong to the parser generator, not to the language: none may reach a user. */
const TERMINALS = ['ID', 'INT', 'STRING', 'DATE', 'HYPHEN_ID', 'EOF'];
function leaks(message: string, ruleNames: readonly string[]): string[] {
    const found: string[] = [];
    if (/token|Expecting|sequences?\b|\bLL\(|\bundefined\b|\bNaN\b|\[object|\u200B/i.test(message)) found.push('parser vocabulary');
    for (const t of TERMINALS) if (new RegExp(`\\b${t}\\b`).test(message)) found.push(t);
    for (const r of ruleNames) if (message.includes(r)) found.push(r);
    if (/[\r\n]/.test(message)) found.push('line break');
    if (firstSentence(message, Number.MAX_SAFE_INTEGER).length > 120) found.push('first sentence over 120 characters');
    if (!/^[A-Z`"'(]/.test(message)) found.push('does not open a sentence');
    return found;
}

function mutations(tokens: readonly string[], i: number): Array<{ what: string; tokens: string[] }> {
    const t = tokens[i];
    const before = tokens.slice(0, i),
        after = tokens.slice(i + 1);
    const result = [
        { what: `delete ${t}`, tokens: [...before, ...after] },
        { what: `replace ${t} by a stray word`, tokens: [...before, 'zzq', ...after] },
        { what: `insert a text before ${t}`, tokens: [...before, '"x"', t, ...after] },
        { what: `insert a comma before ${t}`, tokens: [...before, ',', t, ...after] },
        { what: `replace ${t} by a brace`, tokens: [...before, '}', ...after] },
    ];
    if (/^[a-z][a-z-]{3,}$/.test(t)) result.push({ what: `misspell ${t}`, tokens: [...before, t.slice(0, 1) + t.slice(2), ...after] });
    return result;
}

let services: Services;
let elements: string[][];
let entryWords: Set<string>;
let ruleNames: string[];

beforeAll(async () => {
    services = await createTestServices();
    const vocabulary = services.Ssc.ssc.Vocabulary;
    entryWords = new Set(
        ['Programme', 'Stakeholder', 'Kpi', 'Consultation', 'Action', 'Group'].flatMap(r =>
            vocabulary.keywordsOf(vocabulary.blockEntries(r)),
        ),
    );
    const sampler = new GrammarSampler(services.Ssc.Grammar);
    elements = [];
    for (let i = 0; i < 500 && !sampler.covered(); i++) {
        const progress = sampler.progress();
        const element = sampler.element();
        if (sampler.progress() > progress) elements.push(element);
    }
    // CamelCase rule names (GridValue, StrategyDecl…) would only appear in a message by leaking.
    ruleNames = services.Ssc.Grammar.rules.map(r => r.name).filter(n => /^[A-Z][a-z0-9]+[A-Z]/.test(n));
});

function parse(text: string, n: number) {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///walk/${n}.ssc`));
    return { document, diagnostics: syntaxDiagnostics(document, services.Ssc.ssc.Vocabulary, 'ssc') };
}

describe('walking the grammar', () => {
    test('the samples take every alternative of every rule and use every keyword, and parse cleanly', () => {
        const grammar = services.Ssc.Grammar;
        const sampler = new GrammarSampler(grammar);
        while (!sampler.covered()) sampler.element();
        const rules = grammar.rules.filter(r => GrammarAST.isParserRule(r) && !r.entry).map(r => r.name);
        expect(rules.filter(r => !sampler.rulesUsed().has(r))).toEqual([]);
        const text = elements.map(e => layout(e, entryWords)).join('');
        const words = new Set(elements.flat());
        expect([...services.Ssc.ssc.Vocabulary.keywords].filter(k => !words.has(k))).toEqual([]);
        expect(parse(text, 0).diagnostics).toEqual([]);
    });

    test('no syntax message leaks parser internals, for every mutation of every token of every sample', () => {
        const failures: string[] = [];
        let n = 0,
            messages = 0;
        for (const element of elements) {
            for (let i = 0; i < element.length; i++) {
                for (const mutation of mutations(element, i)) {
                    const text = layout(mutation.tokens, entryWords);
                    const { document, diagnostics } = parse(text, ++n);
                    const hasErrors = document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length > 0;
                    if (hasErrors && diagnostics.length === 0) failures.push(`${mutation.what}: errors but no diagnostic in ${text}`);
                    for (const d of diagnostics) {
                        messages++;
                        const found = leaks(d.message, ruleNames);
                        if (found.length > 0)
                            failures.push(
                                `${mutation.what} [${found.join(', ')}]: ${d.message}\n  in: ${text.trim().split('\n')[d.range.start.line]}`,
                            );
                    }
                }
            }
        }
        expect(messages).toBeGreaterThan(1000);
        expect(failures.slice(0, 30)).toEqual([]);
    });
});
