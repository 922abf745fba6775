import { readFileSync } from 'node:fs';
import { AstUtils, GrammarAST } from 'langium';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver-protocol';
import { beforeAll, describe, expect, test } from 'vitest';
import { SscGrammar } from '../../../language/generated/grammar.js';
import { MINISTRY_TYPES, STANDARD_GROUPS, UNIT_TYPES } from '../../../language/model/vocabulary.js';
import { createTestServices } from '../../helpers/workspace.js';

interface Rule {
    match?: string;
    begin?: string;
    end?: string;
    name?: string;
    include?: string;
    patterns?: Rule[];
    captures?: Record<string, { name: string }>;
}
const grammar = JSON.parse(readFileSync('syntaxes/ssc.tmLanguage.json', 'utf8')) as {
    scopeName: string;
    patterns: Rule[];
    repository: Record<string, Rule>;
};

function flatten(rules: Rule[]): Rule[] {
    return rules.flatMap(r =>
        r.include ? flatten(grammar.repository[r.include.slice(1)].patterns ?? [grammar.repository[r.include.slice(1)]]) : [r],
    );
}
const RULES = flatten(grammar.patterns);

/**
 * A small TextMate engine for one line: at each position the rule whose match starts earliest wins
 * (ties go to the first rule), as in VS Code. Enough for this grammar, whose only begin/end rules are
 * comments and strings. Returns `[text, scope]` pairs, leaving out plain whitespace.
 */
function tokenize(line: string): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    let pos = 0;
    while (pos < line.length) {
        let best: { rule: Rule; m: RegExpExecArray } | undefined;
        for (const rule of RULES) {
            const re = new RegExp(rule.match ?? rule.begin!, 'gm');
            re.lastIndex = pos;
            const m = re.exec(line);
            if (m && (!best || m.index < best.m.index)) best = { rule, m };
        }
        if (!best) break;
        const { rule, m } = best;
        let end = m.index + m[0].length;
        if (rule.begin) {
            // Inside a begin/end rule, its own patterns (escapes) are skipped over before looking for the end.
            for (;;) {
                const close = new RegExp(rule.end!, 'gm');
                close.lastIndex = end;
                const c = close.exec(line);
                const inner = (rule.patterns ?? [])
                    .map(p => {
                        const r = new RegExp(p.match!, 'gm');
                        r.lastIndex = end;
                        return r.exec(line);
                    })
                    .find(x => x && (!c || x.index < c.index));
                if (inner) {
                    end = inner.index + inner[0].length;
                    continue;
                }
                end = c ? c.index + c[0].length : line.length;
                break;
            }
            out.push([line.substring(m.index, end), rule.name!]);
        } else if (rule.captures) {
            let at = m.index;
            for (let g = 1; g < m.length; g++) {
                if (m[g] === undefined) continue;
                at = line.indexOf(m[g], at);
                out.push([m[g], rule.captures[String(g)].name]);
                at += m[g].length;
            }
        } else {
            out.push([m[0], rule.name!]);
        }
        pos = Math.max(end, pos + 1);
    }
    return out;
}

const grammarKeywords = [
    ...new Set(
        AstUtils.streamAllContents(SscGrammar())
            .filter(GrammarAST.isKeyword)
            .map(k => k.value),
    ),
];

describe('TextMate grammar', () => {
    test('it is the grammar package.json points at', () => {
        const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
        expect(pkg.contributes.grammars).toContainEqual(
            expect.objectContaining({ language: 'ssc', scopeName: grammar.scopeName, path: './syntaxes/ssc.tmLanguage.json' }),
        );
    });

    test('every keyword of the parser grammar gets a scope of its own (the two never disagree)', () => {
        for (const keyword of grammarKeywords) {
            const tokens = tokenize(` ${keyword} `);
            expect(tokens, keyword).toHaveLength(1);
            expect(tokens[0][0], keyword).toBe(keyword);
            expect(tokens[0][1], keyword).not.toBe('variable.other.ssc');
        }
    });

    test('every standard group, unit type and ministry type is highlighted as built-in vocabulary', () => {
        for (const entry of [...STANDARD_GROUPS, ...UNIT_TYPES, ...MINISTRY_TYPES]) {
            expect(tokenize(`excludes ${entry.id}`)[1]).toEqual([entry.id, 'support.type.builtin.ssc']);
        }
    });

    test('hyphenated words are never split into keywords', () => {
        expect(tokenize('scale local-and-supralocal')).toEqual([
            ['scale', 'keyword.other.ssc'],
            ['local-and-supralocal', 'constant.language.ssc'],
        ]);
        expect(tokenize('stakeholder P : city-watch-group')).toEqual([
            ['stakeholder', 'storage.type.ssc'],
            ['P', 'entity.name.type.ssc'],
            [':', 'punctuation.separator.colon.ssc'],
            ['city-watch-group', 'entity.name.type.ssc'],
        ]);
    });

    test('a whole line: declaration, string, reference, comment', () => {
        expect(tokenize('stakeholder Council "Valencia \\"City\\" Council" : municipality { // note')).toEqual([
            ['stakeholder', 'storage.type.ssc'],
            ['Council', 'entity.name.type.ssc'],
            ['"Valencia \\"City\\" Council"', 'string.quoted.double.ssc'],
            [':', 'punctuation.separator.colon.ssc'],
            ['municipality', 'support.type.builtin.ssc'],
            ['{', 'punctuation.section.block.ssc'],
            ['// note', 'comment.line.double-slash.ssc'],
        ]);
        expect(tokenize('relation A <-> B : provides-data "x" /* c */')).toEqual([
            ['relation', 'storage.type.ssc'],
            ['A', 'variable.other.ssc'],
            ['<->', 'keyword.operator.arrow.ssc'],
            ['B', 'variable.other.ssc'],
            [':', 'punctuation.separator.colon.ssc'],
            ['provides-data', 'support.function.relation-kind.ssc'],
            ['"x"', 'string.quoted.double.ssc'],
            ['/* c */', 'comment.block.ssc'],
        ]);
        expect(tokenize('as-of 2026-06-30 review every 6 months')).toEqual([
            ['as-of', 'keyword.other.ssc'],
            ['2026-06-30', 'constant.numeric.date.ssc'],
            ['review', 'keyword.other.ssc'],
            ['every', 'keyword.other.ssc'],
            ['6', 'constant.numeric.integer.ssc'],
            ['months', 'keyword.other.ssc'],
        ]);
    });
});

describe('language configuration', () => {
    const config = JSON.parse(readFileSync('language-configuration.json', 'utf8'));

    test('comments, brackets and auto-closing pairs', () => {
        expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(config.brackets).toEqual([['{', '}']]);
        expect(config.autoClosingPairs.map((p: { open: string }) => p.open)).toEqual(['{', '"', '/*']);
    });

    test('indentation rules indent after an open block and outdent at its end', () => {
        const increase = new RegExp(config.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
        expect(increase.test('stakeholder A "x" : citizens {')).toBe(true);
        expect(increase.test('programme P { // opens')).toBe(true);
        expect(increase.test('stakeholder A : citizens { power low }')).toBe(false);
        expect(increase.test('    aims "{ in a string"')).toBe(false);
        expect(increase.test('// a comment {')).toBe(false);
        expect(decrease.test('    }')).toBe(true);
    });

    test('the word pattern keeps hyphenated names and dates whole', () => {
        const word = new RegExp(config.wordPattern, 'g');
        expect('scale local-and-supralocal as-of 2026-06-30'.match(word)).toEqual(['scale', 'local-and-supralocal', 'as-of', '2026-06-30']);
    });
});

describe('semantic tokens', () => {
    let services: Awaited<ReturnType<typeof createTestServices>>;
    beforeAll(async () => {
        services = await createTestServices();
    });

    test('declarations, references (built-ins marked) and values', async () => {
        const tokens = await highlightHelper(services.Ssc)(
            [
                'programme <|P|> { as-of <|2026-01-01|> }',
                'group <|LocalMedia|>',
                'stakeholder <|A|> : <|municipality|> { unit <|U|> : <|finance|> power <|4|> engagement <|neutral|> }',
                'stakeholder <|B|> : <|LocalMedia|>',
                'relation <|A|> -> <|B|> : <|informs|>',
            ].join('\n'),
        );
        const expectations: Array<[number, SemanticTokenTypes, string?]> = [
            [0, SemanticTokenTypes.namespace, SemanticTokenModifiers.declaration],
            [1, SemanticTokenTypes.number],
            [2, SemanticTokenTypes.type, SemanticTokenModifiers.declaration],
            [3, SemanticTokenTypes.class, SemanticTokenModifiers.declaration],
            [4, SemanticTokenTypes.type, SemanticTokenModifiers.defaultLibrary],
            [5, SemanticTokenTypes.property, SemanticTokenModifiers.declaration],
            [6, SemanticTokenTypes.enumMember, SemanticTokenModifiers.defaultLibrary],
            [7, SemanticTokenTypes.number],
            [8, SemanticTokenTypes.enumMember],
            [9, SemanticTokenTypes.class, SemanticTokenModifiers.declaration],
            [10, SemanticTokenTypes.type],
            [11, SemanticTokenTypes.class],
            [12, SemanticTokenTypes.class],
            [13, SemanticTokenTypes.function],
        ];
        for (const [rangeIndex, tokenType, modifier] of expectations) {
            expectSemanticToken(tokens, { rangeIndex, tokenType });
            if (modifier) {
                const [start] = tokens.ranges[rangeIndex];
                const token = tokens.tokens.find(t => t.offset === start);
                const bit = services.Ssc.lsp.SemanticTokenProvider!.tokenModifiers[modifier];
                expect((token?.tokenModifiers ?? 0) & bit, `range ${rangeIndex}`).toBe(bit);
            }
        }
    });
});
