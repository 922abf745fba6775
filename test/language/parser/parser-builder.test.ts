import { AstUtils, createParser, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type LangiumParser } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildParserRules } from '../../../language/parser/parser-builder.js';
import { createSscParser, type SscParseResult } from '../../../language/parser/ssc-parser.js';
import { allSyntaxSamples } from '../../helpers/syntax-samples.js';
import { createTestServices } from '../../helpers/workspace.js';
import { GrammarSampler, layout } from './grammar-sampler.js';
import { SYNTAX_MISTAKES } from './syntax-corpus.js';

type Services = Awaited<ReturnType<typeof createTestServices>>;

let services: Services;
let ours: LangiumParser;
let langiums: LangiumParser;
let grammarIndex: Map<object, number>;

beforeAll(async () => {
    services = await createTestServices();
    const { Ssc } = services;
    ours = createSscParser(Ssc, () => Ssc.ssc.Vocabulary, buildParserRules);
    langiums = createSscParser(
        Ssc,
        () => Ssc.ssc.Vocabulary,
        (grammar, parser, tokens) => void createParser(grammar, parser, tokens),
    );
    grammarIndex = new Map(
        AstUtils.streamAst(Ssc.Grammar)
            .toArray()
            .map((node, i): [object, number] => [node, i]),
    );
});

/** The syntax tree as plain data: properties and references by text, with each node's CST extent. */
function plainAst(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(plainAst);
    if (typeof value !== 'object' || value === null) return value;
    const node = value as AstNode & Record<string, unknown>;
    if (typeof node.$type !== 'string') return '$refText' in node ? { $refText: node.$refText } : value;
    const out: Record<string, unknown> = { $type: node.$type, $cst: [node.$cstNode?.offset, node.$cstNode?.length] };
    for (const [key, v] of Object.entries(node)) if (!key.startsWith('$') && v !== undefined) out[key] = plainAst(v);
    return out;
}

/** The CST as plain data: every node's extent, whether hidden, and the grammar element it came from. */
function plainCst(node: CstNode): unknown {
    const own = [node.offset, node.length, node.hidden, node.grammarSource && grammarIndex.get(node.grammarSource)];
    return isCompositeCstNode(node) ? [...own, node.content.map(plainCst)] : own;
}

function parsed(parser: LangiumParser, text: string) {
    const result = parser.parse(text) as SscParseResult;
    return {
        ast: plainAst(result.value),
        cst: plainCst(result.value.$cstNode!),
        lexerErrors: result.lexerErrors.map(e => [e.offset, e.length, e.message]),
        parserErrors: result.parserErrors.map(e => [e.name, e.message, e.token.startOffset, e.token.image]),
        problems: JSON.parse(JSON.stringify(result.syntaxProblems ?? [])) as unknown,
    };
}

/** Texts of every alternative of every rule (the grammar sampler), whole and with each token left out in turn. */
function grammarWalk(): string[] {
    const sampler = new GrammarSampler(services.Ssc.Grammar);
    const elements: string[][] = [];
    for (let i = 0; i < 500 && !sampler.covered(); i++) elements.push(sampler.element());
    const texts = [elements.map(e => layout(e)).join('')];
    for (const element of elements) for (let i = 0; i < element.length; i++) texts.push(layout(element.filter((_, j) => j !== i)));
    return texts;
}

describe('the parser builder (language/parser/parser-builder.ts)', () => {
    test("builds Langium's parser: the same trees, leaves, errors and syntax problems, on clean and broken texts", () => {
        const texts = [...allSyntaxSamples(), ...SYNTAX_MISTAKES.map(m => m.text), ...grammarWalk()];
        let broken = 0;
        for (const text of texts) {
            const mine = parsed(ours, text);
            expect(mine, `parsing differs from Langium's builder for:\n${text}`).toEqual(parsed(langiums, text));
            if (mine.parserErrors.length > 0) broken++;
        }
        expect(texts.length).toBeGreaterThan(1000);
        expect(broken, 'the comparison covers error recovery too').toBeGreaterThan(1000);
    });

    test('a second parse with the same parser gives the same tree (nothing is kept between parses)', () => {
        const [text] = allSyntaxSamples();
        expect(parsed(ours, text)).toEqual(parsed(ours, text));
    });

    test('refuses, by name, a grammar construct it does not build', async () => {
        const { Ssc } = services;
        const grammar = Ssc.Grammar;
        const rule = grammar.rules.find(r => GrammarAST.isParserRule(r) && r.name === 'Review') as GrammarAST.ParserRule;
        const saved = rule.parameters;
        rule.parameters = [{ $type: 'Parameter', name: 'p', $container: rule }];
        try {
            expect(() => createSscParser(Ssc, () => Ssc.ssc.Vocabulary)).toThrow(/does not support rule parameters \(in Review\)/);
        } finally {
            rule.parameters = saved;
        }
    });
});
