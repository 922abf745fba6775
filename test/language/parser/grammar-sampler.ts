import { GrammarAST } from 'langium';

const {
    isAction,
    isAlternatives,
    isAssignment,
    isCrossReference,
    isGroup,
    isKeyword,
    isParserRule,
    isRuleCall,
    isTerminalRule,
    isUnorderedGroup,
} = GrammarAST;

const TERMINAL_SAMPLES: Record<string, string[]> = {
    ID: ['Alpha', 'Beta', 'Gamma', 'Delta'],
    HYPHEN_ID: ['city-services-company', 'local-media'],
    STRING: ['"Some text"'],
    INT: ['3'],
    DATE: ['2026-03-15'],
};

/**
 * Writes sentences of the grammar that, together, take every alternative of every rule: each time an
 * alternative list is met, the next alternative is taken in turn, and each repeated or optional part
 * is taken once per alternative it holds. Used to walk the grammar for syntax-error tests.
 */
export class GrammarSampler {
    private readonly turns = new Map<GrammarAST.AbstractElement, number>();
    private readonly used = new Set<string>();
    private depth = 0;

    constructor(private readonly grammar: GrammarAST.Grammar) {}

    /** Tokens of one top-level element, advancing the alternatives taken. */
    element(): string[] {
        const entry = this.grammar.rules.find(r => isParserRule(r) && r.entry) as GrammarAST.ParserRule;
        const element = (entry.definition as GrammarAST.Assignment).terminal;
        return this.sample(isAssignment(element) ? element.terminal : element);
    }

    /** Rules met so far. */
    rulesUsed(): ReadonlySet<string> {
        return this.used;
    }

    /** How many (alternative list, alternative) pairs have been taken: grows while coverage grows. */
    progress(): number {
        let n = 0;
        this.turns.forEach((count, element) => {
            if (isAlternatives(element)) n += Math.min(count, element.elements.length);
        });
        return n;
    }

    /** True when every alternative of every alternative list has been taken at least once. */
    covered(): boolean {
        for (const rule of this.grammar.rules) {
            if (!isParserRule(rule)) continue;
            let all = true;
            visit(rule.definition, e => {
                if (isAlternatives(e) && (this.turns.get(e) ?? 0) < e.elements.length) all = false;
            });
            if (!all) return false;
        }
        return true;
    }

    private sample(element: GrammarAST.AbstractElement): string[] {
        const times =
            element.cardinality === '*' || element.cardinality === '+'
                ? Math.max(1, countAlternatives(element))
                : element.cardinality === '?'
                  ? this.turn(element) % 2 === 0
                      ? 1
                      : 0
                  : 1;
        const tokens: string[] = [];
        for (let i = 0; i < (this.depth > 6 ? Math.min(times, 1) : times); i++) tokens.push(...this.once(element));
        return tokens;
    }

    private turn(element: GrammarAST.AbstractElement): number {
        const n = this.turns.get(element) ?? 0;
        this.turns.set(element, n + 1);
        return n;
    }

    private once(element: GrammarAST.AbstractElement): string[] {
        if (isKeyword(element)) return [element.value];
        if (isAction(element)) return [];
        if (isAssignment(element)) return this.sample(element.terminal);
        if (isCrossReference(element)) return element.terminal ? this.sample(element.terminal) : this.terminal('ID');
        if (isRuleCall(element)) {
            const rule = element.rule.ref;
            if (isTerminalRule(rule)) return this.terminal(rule.name);
            if (isParserRule(rule)) {
                this.used.add(rule.name);
                this.depth++;
                try {
                    return this.sample(rule.definition);
                } finally {
                    this.depth--;
                }
            }
            return [];
        }
        if (isAlternatives(element)) {
            const n = this.turn(element);
            return this.sample(element.elements[n % element.elements.length]);
        }
        if (isGroup(element) || isUnorderedGroup(element)) return element.elements.flatMap(e => this.sample(e));
        return [];
    }

    private terminal(name: string): string[] {
        const samples = TERMINAL_SAMPLES[name] ?? ['Alpha'];
        return [samples[(this.turns.size + this.used.size) % samples.length]];
    }
}

function countAlternatives(element: GrammarAST.AbstractElement): number {
    const inner = isAssignment(element) ? element.terminal : element;
    if (isAlternatives(inner)) return inner.elements.length;
    if (isGroup(inner)) return Math.max(1, ...inner.elements.map(e => (isAlternatives(e) ? e.elements.length : 1)));
    return 1;
}

function visit(element: GrammarAST.AbstractElement, f: (e: GrammarAST.AbstractElement) => void): void {
    f(element);
    if (isAlternatives(element) || isGroup(element) || isUnorderedGroup(element)) element.elements.forEach(e => visit(e, f));
    else if (isAssignment(element)) visit(element.terminal, f);
}

/** Joins tokens into text: inside a block, each word of `entryWords` after a value starts a new line. */
export function layout(tokens: readonly string[], entryWords: ReadonlySet<string> = new Set()): string {
    let text = '';
    let depth = 0;
    let previous = '';
    for (const token of tokens) {
        const newEntry =
            depth > 0 && entryWords.has(token) && (previous.startsWith('"') || /^[\d{]/.test(previous) || !entryWords.has(previous));
        previous = token;
        if (newEntry && !text.endsWith('\n')) text += `\n${'    '.repeat(depth)}`;
        if (token === '}') {
            depth = Math.max(0, depth - 1);
            text += `\n${'    '.repeat(depth)}}`;
            continue;
        }
        text += (text === '' || text.endsWith('\n') ? '' : ' ') + token;
        if (token === '{') depth++;
    }
    return text + '\n';
}
