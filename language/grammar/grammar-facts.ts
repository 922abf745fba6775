/**
 * What the grammar says about its own keywords, read from the generated grammar so that
 * completion, formatting and validation never keep hand-copied keyword tables that a grammar change
 * would silently leave behind.
 */
import { GrammarAST, type Grammar } from 'langium';
import { SscGrammar } from '../generated/grammar.js';

/**
 * How a block property may be given: `single` is `keyword value` assigned with `=` (a repeat
 * overrides); `list` is `keyword a, b, …` assigned with `+=` (one line holds the whole list);
 * `repeatable` is a nested element (`unit …`) that may appear any number of times.
 */
export type PropertyKind = 'single' | 'list' | 'repeatable';

/** One property of an element's block, as the grammar declares it. */
export interface BlockProperty {
    /** The keyword that opens it (`as-of`, `review`, `unit`). */
    readonly keyword: string;
    /** The parser rule the keyword belongs to (`Stakeholder`, or `Review` for `review=Review`). */
    readonly keywordRule: string;
    /** The property of the element's syntax node (`asOf`, `review`, `units`). */
    readonly property: string;
    readonly kind: PropertyKind;
}

/** A top-level element kind: its syntax-node type, its opening keyword, and its block's properties. */
export interface ElementFacts {
    readonly type: string;
    readonly keyword: string;
    readonly properties: readonly BlockProperty[];
}

/** Keywords that are punctuation (`{`, `,`, `->`) rather than words. */
function isWord(keyword: string): boolean {
    return /^[a-z]/i.test(keyword);
}

function firstKeyword(rule: GrammarAST.AbstractRule): string | undefined {
    if (!GrammarAST.isParserRule(rule)) return undefined;
    const first = (element: GrammarAST.AbstractElement): string | undefined => {
        if (GrammarAST.isKeyword(element)) return element.value;
        if (GrammarAST.isGroup(element)) return element.elements.length > 0 ? first(element.elements[0]) : undefined;
        return undefined;
    };
    return first(rule.definition);
}

function calledParserRule(element: GrammarAST.AbstractElement | undefined): GrammarAST.ParserRule | undefined {
    const rule = element && GrammarAST.isRuleCall(element) ? element.rule.ref : undefined;
    return rule && GrammarAST.isParserRule(rule) && !rule.dataType ? rule : undefined;
}

/** The properties of an element rule's block: walks its definition, inlining fragments, inside repeated groups only. */
function blockProperties(rule: GrammarAST.ParserRule): BlockProperty[] {
    const found: BlockProperty[] = [];
    const walk = (element: GrammarAST.AbstractElement, owner: string, repeated: boolean): void => {
        const inLoop = repeated || element.cardinality === '*' || element.cardinality === '+';
        if (GrammarAST.isRuleCall(element)) {
            const called = element.rule.ref;
            if (called && GrammarAST.isParserRule(called) && called.fragment) walk(called.definition, called.name, inLoop);
            return;
        }
        if (GrammarAST.isAssignment(element) && inLoop) {
            // `review=Review`, `units+=Unit`: the called rule opens with its own keyword.
            const called = calledParserRule(element.terminal);
            const keyword = called && firstKeyword(called);
            if (called && keyword && isWord(keyword)) {
                found.push({
                    keyword,
                    keywordRule: called.name,
                    property: element.feature,
                    kind: element.operator === '=' ? 'single' : 'repeatable',
                });
            }
            return;
        }
        if (GrammarAST.isGroup(element)) {
            element.elements.forEach((child, i) => {
                const next = element.elements[i + 1];
                if (inLoop && GrammarAST.isKeyword(child) && isWord(child.value) && next && GrammarAST.isAssignment(next)) {
                    found.push({
                        keyword: child.value,
                        keywordRule: owner,
                        property: next.feature,
                        kind: next.operator === '=' ? 'single' : 'list',
                    });
                } else if (!(
                    i > 0 &&
                    GrammarAST.isAssignment(child) &&
                    GrammarAST.isKeyword(element.elements[i - 1]) &&
                    isWord((element.elements[i - 1] as GrammarAST.Keyword).value)
                )) {
                    walk(child, owner, inLoop);
                }
            });
            return;
        }
        if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            for (const child of element.elements) walk(child, owner, inLoop);
        }
    };
    walk(rule.definition, rule.name, false);
    return found;
}

/** The element kinds of the grammar: the alternatives of the entry rule's elements, in grammar order. */
export function elementFacts(grammar: Grammar = SscGrammar()): ElementFacts[] {
    const entry = grammar.rules.find(r => GrammarAST.isParserRule(r) && r.entry) as GrammarAST.ParserRule | undefined;
    const elementRules: GrammarAST.ParserRule[] = [];
    const collect = (element: GrammarAST.AbstractElement | undefined): void => {
        if (!element) return;
        const called = calledParserRule(element);
        if (called) {
            if (GrammarAST.isAlternatives(called.definition)) collect(called.definition);
            else elementRules.push(called);
        } else if (GrammarAST.isAlternatives(element) || GrammarAST.isGroup(element)) {
            element.elements.forEach(collect);
        } else if (GrammarAST.isAssignment(element)) {
            collect(element.terminal);
        }
    };
    collect(entry?.definition);
    return elementRules.flatMap(rule => {
        const keyword = firstKeyword(rule);
        return keyword ? [{ type: rule.name, keyword, properties: blockProperties(rule) }] : [];
    });
}

/** Derived keyword sets, computed once from the generated grammar. */
export interface KeywordFacts {
    /** The keywords that open a top-level element. */
    readonly elementKeywords: ReadonlySet<string>;
    /** Per element keyword, the keywords that open a property line inside its block. */
    readonly statementKeywords: ReadonlyMap<string, ReadonlySet<string>>;
    /**
     * Keywords of properties given at most once in a block (`single` and `list`), by the rule the
     * keyword belongs to, with the element types whose block holds them.
     */
    readonly onceKeywords: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
    /** Per element type (and nested rule type), its single-valued properties (a repeat overrides the earlier value). */
    readonly singleValued: ReadonlyMap<string, readonly BlockProperty[]>;
}

/**
 * Rules nested in elements that hold repeated properties of their own (an assessment entry's
 * `power` and `interest`), with the same facts as elements; their keyword is the empty string.
 */
function nestedFacts(grammar: Grammar, elements: readonly ElementFacts[]): ElementFacts[] {
    const elementTypes = new Set(elements.map(e => e.type));
    return grammar.rules
        .filter(GrammarAST.isParserRule)
        .filter(r => !r.entry && !r.fragment && !r.dataType && !elementTypes.has(r.name))
        .map(r => ({ type: r.name, keyword: '', properties: blockProperties(r) }))
        .filter(r => r.properties.length > 0);
}

/** Computes the keyword sets of a grammar (the generated one by default). */
export function keywordFacts(grammar: Grammar = SscGrammar()): KeywordFacts {
    const elements = elementFacts(grammar);
    const onceKeywords = new Map<string, Map<string, Set<string>>>();
    for (const e of [...elements, ...nestedFacts(grammar, elements)]) {
        for (const p of e.properties) {
            if (p.kind === 'repeatable') continue;
            const byKeyword = onceKeywords.get(p.keywordRule) ?? new Map<string, Set<string>>();
            onceKeywords.set(p.keywordRule, byKeyword);
            byKeyword.set(p.keyword, (byKeyword.get(p.keyword) ?? new Set()).add(e.type));
        }
    }
    return {
        elementKeywords: new Set(elements.map(e => e.keyword)),
        statementKeywords: new Map(
            elements.filter(e => e.properties.length > 0).map(e => [e.keyword, new Set(e.properties.map(p => p.keyword))]),
        ),
        onceKeywords,
        singleValued: new Map(
            [...elements, ...nestedFacts(grammar, elements)].map(e => [e.type, e.properties.filter(p => p.kind === 'single')]),
        ),
    };
}

/** The keyword sets of the `.ssc` grammar. */
export const SSC_KEYWORDS: KeywordFacts = keywordFacts();
