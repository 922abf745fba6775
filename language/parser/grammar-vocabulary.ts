import { GrammarAST } from 'langium';

const { isAlternatives, isAssignment, isCrossReference, isGroup, isKeyword, isParserRule, isRuleCall, isTerminalRule, isUnorderedGroup } =
    GrammarAST;

interface First {
    tokens: Set<string>;
    nullable: boolean;
}

/**
 * The words of the language as the grammar defines them, for messages and suggestions: the keywords
 * that start a top-level element, the entries each block accepts, and the values each value rule
 * takes. Computed once from the grammar, so new forms need no hand-kept lists.
 */
export class GrammarVocabulary {
    /** Names of the terminal rules (`ID`, `STRING`, …): token types that are not keywords. */
    readonly terminals: ReadonlySet<string>;
    /** Every keyword of the grammar. */
    readonly keywords: ReadonlySet<string>;
    /** The keywords that start a top-level element (`programme`, `stakeholder`, …). */
    readonly topLevelKeywords: readonly string[];
    private readonly rules = new Map<string, GrammarAST.ParserRule>();
    private readonly firstCache = new Map<string, First>();
    private readonly blocks = new Map<string, string[]>();
    private readonly lists = new Set<string>();

    constructor(grammar: GrammarAST.Grammar) {
        const terminals = new Set<string>();
        for (const rule of grammar.rules) {
            if (isTerminalRule(rule)) terminals.add(rule.name);
            else if (isParserRule(rule)) this.rules.set(rule.name, rule);
        }
        this.terminals = terminals;
        const keywords = new Set<string>();
        for (const rule of this.rules.values()) collectKeywords(rule.definition, keywords);
        this.keywords = keywords;
        const entry = [...this.rules.values()].find(r => r.entry);
        this.topLevelKeywords = entry ? this.keywordsOf(this.firstOf(entry.definition).tokens) : [];
        for (const rule of this.rules.values()) {
            if (rule.fragment) continue;
            const body = this.blockBodies(rule.definition, new Set());
            if (body.length > 0) this.blocks.set(rule.name, [...new Set(body.flatMap(e => [...this.firstOf(e).tokens]))]);
            for (const entry of body.flatMap(e =>
                isAlternatives(e)
                    ? e.elements
                    : isGroup(e) && e.elements.length === 1 && isAlternatives(e.elements[0])
                      ? e.elements[0].elements
                      : [e],
            )) {
                const words = new Set<string>();
                collectKeywords(entry, words);
                if (words.has(',')) this.firstOf(entry).tokens.forEach(t => this.lists.add(t));
            }
        }
    }

    /** True when the entry that starts with this keyword takes a comma-separated list (`aims "a", "b"`). */
    takesList(keyword: string): boolean {
        return this.lists.has(keyword);
    }

    /** True when the token type name is a keyword (not a terminal such as `ID`). */
    isKeyword(tokenName: string): boolean {
        return this.keywords.has(tokenName);
    }

    /** The parser rule of that name, if any. */
    rule(name: string): GrammarAST.ParserRule | undefined {
        return this.rules.get(name);
    }

    /** True when the rule of that name assigns a `name` (it declares a named element). */
    declaresName(rule: string): boolean {
        const r = this.rules.get(rule);
        if (!r) return false;
        let found = false;
        const visit = (e: GrammarAST.AbstractElement): void => {
            if (isAssignment(e)) found ||= e.feature === 'name';
            else if (isAlternatives(e) || isGroup(e) || isUnorderedGroup(e)) e.elements.forEach(visit);
        };
        visit(r.definition);
        return found;
    }

    /** True when the rule has a `{ … }` block of entries. */
    hasBlock(rule: string): boolean {
        return this.blocks.has(rule);
    }

    /** The words that may start an entry of the rule's `{ … }` block (keywords, or terminal names such as `ID`). */
    blockEntries(rule: string): readonly string[] {
        return this.blocks.get(rule) ?? [];
    }

    /** The rules whose block accepts an entry starting with the keyword. */
    blocksAccepting(keyword: string): string[] {
        return [...this.blocks.entries()].filter(([, words]) => words.includes(keyword)).map(([rule]) => rule);
    }

    /** The tokens a rule can start with (keywords and terminal names). */
    firstOfRule(rule: string): readonly string[] {
        const r = this.rules.get(rule);
        return r ? [...this.firstOf(r.definition).tokens] : [];
    }

    /** The keywords among token type names, in grammar order. */
    keywordsOf(tokens: Iterable<string>): string[] {
        return [...tokens].filter(t => this.keywords.has(t));
    }

    private firstOf(element: GrammarAST.AbstractElement, visiting = new Set<string>()): First {
        const base = this.firstOfElement(element, visiting);
        return element.cardinality === '?' || element.cardinality === '*' ? { tokens: base.tokens, nullable: true } : base;
    }

    private firstOfElement(element: GrammarAST.AbstractElement, visiting: Set<string>): First {
        if (isKeyword(element)) return { tokens: new Set([element.value]), nullable: false };
        if (isAssignment(element)) return this.firstOf(element.terminal, visiting);
        if (isCrossReference(element))
            return element.terminal ? this.firstOf(element.terminal, visiting) : { tokens: new Set(['ID']), nullable: false };
        if (isRuleCall(element)) {
            const rule = element.rule.ref;
            if (isTerminalRule(rule)) return { tokens: new Set([rule.name]), nullable: false };
            if (isParserRule(rule)) return this.firstOfParserRule(rule, visiting);
            return { tokens: new Set(), nullable: true };
        }
        if (isAlternatives(element)) {
            const tokens = new Set<string>();
            let nullable = false;
            for (const alternative of element.elements) {
                const first = this.firstOf(alternative, visiting);
                first.tokens.forEach(t => tokens.add(t));
                nullable ||= first.nullable;
            }
            return { tokens, nullable };
        }
        if (isGroup(element) || isUnorderedGroup(element)) {
            const tokens = new Set<string>();
            for (const part of element.elements) {
                const first = this.firstOf(part, visiting);
                first.tokens.forEach(t => tokens.add(t));
                if (!first.nullable) return { tokens, nullable: false };
            }
            return { tokens, nullable: true };
        }
        return { tokens: new Set(), nullable: true };
    }

    private firstOfParserRule(rule: GrammarAST.ParserRule, visiting: Set<string>): First {
        const cached = this.firstCache.get(rule.name);
        if (cached) return cached;
        if (visiting.has(rule.name)) return { tokens: new Set(), nullable: false };
        visiting.add(rule.name);
        const first = this.firstOf(rule.definition, visiting);
        visiting.delete(rule.name);
        this.firstCache.set(rule.name, first);
        return first;
    }

    /** The repeated parts that directly follow a `{` (the entries of a block), fragments included. */
    private blockBodies(element: GrammarAST.AbstractElement, visiting: Set<string>): GrammarAST.AbstractElement[] {
        const found: GrammarAST.AbstractElement[] = [];
        if (isGroup(element) || isUnorderedGroup(element) || isAlternatives(element)) {
            element.elements.forEach((part, i) => {
                const before = i > 0 ? element.elements[i - 1] : undefined;
                if (
                    isGroup(element) &&
                    before &&
                    isKeyword(before) &&
                    before.value === '{' &&
                    (part.cardinality === '*' || part.cardinality === '+')
                ) {
                    found.push(part);
                } else {
                    found.push(...this.blockBodies(part, visiting));
                }
            });
        } else if (
            isRuleCall(element) &&
            isParserRule(element.rule.ref) &&
            element.rule.ref.fragment &&
            !visiting.has(element.rule.ref.name)
        ) {
            visiting.add(element.rule.ref.name);
            found.push(...this.blockBodies(element.rule.ref.definition, visiting));
        }
        return found;
    }
}

function collectKeywords(element: GrammarAST.AbstractElement, into: Set<string>): void {
    if (isKeyword(element)) into.add(element.value);
    else if (isAssignment(element)) collectKeywords(element.terminal, into);
    else if (isAlternatives(element) || isGroup(element) || isUnorderedGroup(element))
        element.elements.forEach(e => collectKeywords(e, into));
}
