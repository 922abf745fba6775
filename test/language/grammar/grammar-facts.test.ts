import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GrammarAST, type Grammar } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { describe, expect, test } from 'vitest';
import { SscGrammar } from '../../../language/generated/grammar.js';
import { keywordFacts, SSC_KEYWORDS } from '../../../language/grammar/grammar-facts.js';
import { TYPE_WORDS } from '../../../language/grammar/type-words.js';
import * as vocabulary from '../../../language/model/vocabulary.js';
import { REPO } from '../../helpers/source-graph.js';

/** The alternatives of a datatype rule (`Scale returns string: 'local' | …`), in grammar order. */
function datatypeValues(grammar: Grammar, name: string): string[] | undefined {
    const rule = grammar.rules.find(r => r.name === name);
    if (!rule || !GrammarAST.isParserRule(rule)) return undefined;
    const out: string[] = [];
    const walk = (e: GrammarAST.AbstractElement) => {
        if (GrammarAST.isKeyword(e)) out.push(e.value);
        else if (GrammarAST.isAlternatives(e) || GrammarAST.isGroup(e)) e.elements.forEach(walk);
    };
    walk(rule.definition);
    return out;
}

async function grammarOf(text: string): Promise<Grammar> {
    return (await createServicesForGrammar({ grammar: text })).Grammar;
}

describe('keyword sets come from the grammar', () => {
    test('element keywords, block keywords and single-valued properties of the .ssc grammar', () => {
        expect([...SSC_KEYWORDS.elementKeywords]).toEqual(
            expect.arrayContaining(['programme', 'stakeholder', 'relation', 'consultation', 'assessment']),
        );
        expect([...SSC_KEYWORDS.statementKeywords.get('stakeholder')!]).toEqual(
            expect.arrayContaining(['power', 'aims', 'engagement', 'unit', 'ministry']),
        );
        expect([...SSC_KEYWORDS.onceKeywords.get('Review')!.get('review')!]).toEqual(['Programme']);
        expect([...SSC_KEYWORDS.onceKeywords.get('Documentation')!.get('clause')!]).toEqual(['Group', 'UnitType', 'MinistryType']);
        expect(SSC_KEYWORDS.onceKeywords.get('Stakeholder')!.has('unit')).toBe(false);
        expect(SSC_KEYWORDS.singleValued.get('Programme')!.map(p => [p.property, p.keyword])).toEqual([
            ['city', 'city'],
            ['asOf', 'as-of'],
            ['review', 'review'],
        ]);
    });

    test('a property added to the grammar shows up in every derived set, with no table to edit', async () => {
        const source = readFileSync(path.join(REPO, 'language', 'ssc.langium'), 'utf8');
        const extended = source.replace(
            "| 'target' target=STRING",
            "| 'target' target=STRING\n        | 'baseline' baseline=STRING\n        | 'sources' sources+=STRING (',' sources+=STRING)*",
        );
        expect(extended).not.toBe(source);
        const facts = keywordFacts(await grammarOf(extended));
        expect(facts.statementKeywords.get('kpi')).toEqual(new Set(['provider', 'examiner', 'target', 'baseline', 'sources']));
        expect(facts.singleValued.get('Kpi')!.map(p => p.property)).toContain('baseline');
        expect(facts.singleValued.get('Kpi')!.map(p => p.property)).not.toContain('sources');
        expect([...facts.onceKeywords.get('Kpi')!.keys()]).toEqual(expect.arrayContaining(['baseline', 'sources']));
    });

    test("the vocabulary lists of language/model/ (which may not import Langium) equal the grammar's datatype rules", () => {
        const grammar = SscGrammar();
        const pairs: Array<[string, readonly string[]]> = [
            ['Scale', vocabulary.SCALES],
            ['Sector', vocabulary.SECTORS],
            ['TechnologyRole', vocabulary.TECHNOLOGY_ROLES],
            ['EngagementLevel', vocabulary.ENGAGEMENT_LEVELS],
            ['Strategy', vocabulary.STRATEGIES],
            ['OnionLayer', vocabulary.ONION_LAYERS],
            ['RelationKind', vocabulary.RELATION_KINDS],
        ];
        const mismatches = pairs.flatMap(([rule, list]) => {
            const values = datatypeValues(grammar, rule);
            return JSON.stringify(values) === JSON.stringify([...list])
                ? []
                : [`${rule}: grammar ${JSON.stringify(values)} vs vocabulary.ts ${JSON.stringify(list)}`];
        });
        expect(mismatches).toEqual([]);
    });

    test('every named element and every reference target of the grammar has a word for messages', () => {
        const grammar = SscGrammar();
        const named = grammar.rules
            .filter(GrammarAST.isParserRule)
            .filter(
                r =>
                    !r.fragment &&
                    !r.dataType &&
                    GrammarAST.isGroup(r.definition) &&
                    r.definition.elements.some(e => GrammarAST.isAssignment(e) && e.feature === 'name'),
            )
            .map(r => r.name);
        const targets: string[] = [];
        for (const rule of grammar.rules) {
            if (!GrammarAST.isParserRule(rule)) continue;
            const walk = (e: GrammarAST.AbstractElement) => {
                if (GrammarAST.isCrossReference(e) && e.type.ref) targets.push(e.type.ref.name);
                if (GrammarAST.isAssignment(e)) walk(e.terminal);
                if (GrammarAST.isAlternatives(e) || GrammarAST.isGroup(e) || GrammarAST.isUnorderedGroup(e)) e.elements.forEach(walk);
            };
            walk(rule.definition);
        }
        expect(named.length).toBeGreaterThan(5);
        const missing = [...new Set([...named, ...targets])].filter(t => !(t in TYPE_WORDS));
        expect(missing, 'add these node types to language/grammar/type-words.ts').toEqual([]);
    });
});
