/**
 * A small TextMate tokenizer for the playground, so Monaco colours `.ssc` with the same grammar
 * as VS Code (`syntaxes/ssc.tmLanguage.json`). It implements what that grammar uses: `match` with
 * `name` and `captures`, `begin`/`end` with inner `patterns`, and `include` of repository entries.
 * Plain data in, tokens out: no DOM, no Monaco, so it is tested in Node.
 */

/** The parts of a TextMate grammar this tokenizer reads. */
export interface TmRule {
    include?: string;
    name?: string;
    match?: string;
    begin?: string;
    end?: string;
    captures?: Record<string, { name?: string }>;
    beginCaptures?: Record<string, { name?: string }>;
    endCaptures?: Record<string, { name?: string }>;
    patterns?: TmRule[];
}
/** A TextMate grammar: top-level patterns and a repository of named rules. */
export interface TmGrammar {
    patterns: TmRule[];
    repository?: Record<string, TmRule>;
}

/** A token: where it starts in the line and its scope (the most specific name, or '' for none). */
export interface TmToken {
    startIndex: number;
    scope: string;
}

interface Compiled {
    regex: RegExp;
    name?: string;
    captures?: Record<string, { name?: string }>;
    /** For a begin/end rule: the rule set inside it. */
    inner?: RuleSet;
}
interface RuleSet {
    name?: string;
    end?: Compiled;
    patterns: Compiled[];
}

/** The tokenizer state between lines: the stack of open begin/end rules (index into `sets`). */
export type TmState = readonly number[];

/** A compiled grammar, ready to tokenize line by line. */
export class TmTokenizer {
    private readonly sets: RuleSet[] = [];
    readonly initialState: TmState = [0];

    constructor(grammar: TmGrammar) {
        const root: RuleSet = { patterns: [] };
        this.sets.push(root);
        root.patterns = this.compileAll(grammar.patterns, grammar, new Set());
    }

    private compileAll(rules: readonly TmRule[], grammar: TmGrammar, seen: Set<string>): Compiled[] {
        const out: Compiled[] = [];
        for (const rule of rules) {
            if (rule.include) {
                const key = rule.include.replace(/^#/, '');
                const target = grammar.repository?.[key];
                if (!target || seen.has(key)) continue;
                const next = new Set(seen).add(key);
                out.push(...this.compileAll(target.patterns ?? [target], grammar, next));
            } else if (rule.match !== undefined) {
                out.push({ regex: new RegExp(rule.match, 'dg'), name: rule.name, captures: rule.captures });
            } else if (rule.begin !== undefined && rule.end !== undefined) {
                const inner: RuleSet = {
                    name: rule.name,
                    patterns: [],
                    end: { regex: new RegExp(rule.end, 'dg'), name: rule.name, captures: rule.endCaptures ?? rule.captures },
                };
                this.sets.push(inner);
                inner.patterns = this.compileAll(rule.patterns ?? [], grammar, seen);
                out.push({ regex: new RegExp(rule.begin, 'dg'), name: rule.name, captures: rule.beginCaptures ?? rule.captures, inner });
            }
        }
        return out;
    }

    /** Tokenizes one line (without its line break) from `state`; returns the tokens and the state for the next line. */
    tokenizeLine(line: string, state: TmState): { tokens: TmToken[]; state: TmState } {
        const stack = [...state];
        const tokens: TmToken[] = [];
        const push = (startIndex: number, scope: string) => {
            const last = tokens[tokens.length - 1];
            if (last?.startIndex === startIndex) last.scope = scope;
            else if (last?.scope !== scope) tokens.push({ startIndex, scope });
        };
        let pos = 0;
        // Each pass consumes text or opens/closes a rule; the guard only bounds a grammar that does neither.
        for (let guard = 0; pos <= line.length && guard < 4 * line.length + 8; guard++) {
            const set = this.sets[stack[stack.length - 1]] ?? this.sets[0];
            const candidates = set.end ? [set.end, ...set.patterns] : set.patterns;
            let best: { rule: Compiled; match: RegExpExecArray } | undefined;
            for (const rule of candidates) {
                rule.regex.lastIndex = pos;
                const match = rule.regex.exec(line);
                if (match && (!best || match.index < best.match.index)) best = { rule, match };
            }
            const outer = set.name ?? '';
            if (!best) {
                if (pos < line.length) push(pos, outer);
                break;
            }
            const { rule, match } = best;
            const end = match.index + match[0].length;
            const opensOrCloses = rule === set.end || rule.inner !== undefined;
            if (end === match.index && !opensOrCloses) {
                // An empty match marks nothing: colour up to it and step over one character.
                if (match.index > pos) push(pos, outer);
                if (match.index >= line.length) break;
                pos = match.index + 1;
                continue;
            }
            if (match.index > pos) push(pos, outer);
            const scope = rule === set.end ? outer : (rule.name ?? outer);
            if (end > match.index) {
                push(match.index, scope);
                this.captureTokens(match, rule.captures, scope, push);
            }
            if (rule === set.end) stack.pop();
            else if (rule.inner) stack.push(this.sets.indexOf(rule.inner));
            if (end === line.length && (rule !== set.end || end === pos) && end === match.index) break;
            pos = end;
            if (pos === line.length && rule !== set.end && !rule.inner) break;
        }
        if (stack.length === 0) stack.push(0);
        return { tokens, state: stack };
    }

    private captureTokens(
        match: RegExpExecArray,
        captures: Compiled['captures'],
        scope: string,
        push: (start: number, scope: string) => void,
    ): void {
        if (!captures || !match.indices) return;
        const end = match.index + match[0].length;
        const groups = Object.keys(captures)
            .map(Number)
            .filter(n => n >= 0 && match.indices![n])
            .sort((a, b) => match.indices![a]![0] - match.indices![b]![0]);
        for (const group of groups) {
            const [start, stop] = match.indices[group]!;
            if (stop <= start) continue;
            push(start, captures[String(group)]?.name ?? scope);
            if (stop < end) push(stop, scope);
        }
    }
}
