import { MismatchedTokenException, type IToken, type TokenType } from 'chevrotain';

/** The parts of Chevrotain's parser the recovery below replaces or calls (not in its public typings). */
interface RecoveringParser {
    RULE_STACK: number[];
    errorMessageProvider: {
        buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string;
    };
    LA(k: number): IToken;
    SKIP_TOKEN(): IToken;
    SAVE_ERROR(error: Error): void;
    tokenMatcher(token: IToken, type: TokenType): boolean;
    flattenFollowSet(): TokenType[];
    getCurrRuleFullName(): string;
    findReSyncTokenType(): TokenType;
    reSyncTo(type: TokenType): IToken[];
    tokVector: IToken[];
    currIdx: number;
    getTokenToInsert(type: TokenType): IToken;
    tryInRuleRecovery(expected: TokenType, follows: TokenType[]): IToken;
    exportLexerState(): number;
    importLexerState(state: number): void;
    tryInRepetitionRecovery(rule: (...args: unknown[]) => unknown, args: unknown[], lookahead: () => boolean, expected: TokenType): void;
}

/** Brace depth after a token index, remembered per input so that each call only reads new tokens. */
const depthMemo = new WeakMap<IToken[], { index: number; depth: number }>();

/** True when the parser stands inside a `{ … }` (counted over the tokens read so far). */
function insideBraces(parser: RecoveringParser): boolean {
    const tokens = parser.tokVector;
    let memo = depthMemo.get(tokens);
    if (!memo || memo.index > parser.currIdx) memo = { index: -1, depth: 0 };
    let { index, depth } = memo;
    for (; index < parser.currIdx && index + 1 < tokens.length; index++) {
        const image = tokens[index + 1].image;
        if (image === '{') depth++;
        else if (image === '}' && depth > 0) depth--;
    }
    depthMemo.set(tokens, { index, depth });
    return depth > 0;
}

function isEof(token: IToken): boolean {
    return token.tokenType?.name === 'EOF' || Number.isNaN(token.startOffset);
}

/**
 * Makes Chevrotain's error recovery work by lines, the way analysts write entries: after an error, the
 * parser resumes on a later line (or at a `}`), never at a word further along the bad line, so a bad
 * line loses only itself (`A suportive` no longer turns `suportive` into the next assessment entry).
 * Between top-level elements, it skips a whole `{ … }` block, so an element with a misspelt keyword is
 * passed over entirely and the next element keyword starts a new element.
 */
export function installLineRecovery(target: unknown, hasBlock: (rule: string) => boolean): void {
    const parser = target as RecoveringParser;
    const originalInRule = parser.tryInRuleRecovery;
    const originalFind = parser.findReSyncTokenType;
    const originalReSyncTo = parser.reSyncTo;
    let resyncAt: IToken | undefined;

    // A missing word inside a block entry (`challenges zzq`, `aims` with nothing after it): when neither
    // inserting nor deleting one token helps, the rest of the line is skipped and the word taken as
    // missing, so the block goes on with its next line instead of being abandoned.
    parser.tryInRuleRecovery = function (this: RecoveringParser, expected: TokenType, follows: TokenType[]): IToken {
        try {
            return originalInRule.call(this, expected, follows);
        } catch (error) {
            if (
                (error as Error).name !== 'InRuleRecoveryException' ||
                !hasBlock(this.getCurrRuleFullName().replace(/\u200B/g, '')) ||
                !insideBraces(this)
            )
                throw error;
            const line = this.LA(0).endLine;
            while (!isEof(this.LA(1)) && this.LA(1).startLine === line && this.LA(1).image !== '}') this.SKIP_TOKEN();
            return this.getTokenToInsert(expected);
        }
    };

    parser.findReSyncTokenType = function (this: RecoveringParser): TokenType {
        resyncAt = undefined;
        const last = this.LA(0);
        if (isEof(last)) return originalFind.call(this);
        const follows = this.flattenFollowSet();
        for (let k = 1; ; k++) {
            const token = this.LA(k);
            const eof = isEof(token);
            if (!eof && token.startLine === last.endLine && token.image !== '}') continue;
            const match = follows.find(type => this.tokenMatcher(token, type));
            if (match) {
                resyncAt = token;
                return match;
            }
            if (eof) return originalFind.call(this);
        }
    };

    parser.reSyncTo = function (this: RecoveringParser, type: TokenType): IToken[] {
        const stop = resyncAt;
        resyncAt = undefined;
        if (!stop || !this.tokenMatcher(stop, type)) return originalReSyncTo.call(this, type);
        const skipped: IToken[] = [];
        for (let token = this.LA(1); token !== stop && !isEof(token); token = this.LA(1)) {
            skipped.push(this.SKIP_TOKEN());
        }
        return skipped;
    };

    // Chevrotain's own version reports the token before the error as the last one it skipped; this
    // one reports the token before the unexpected word, and skips whole blocks at the top level.
    parser.tryInRepetitionRecovery = function (this: RecoveringParser, rule, args, lookahead, expected): void {
        const topLevel = this.RULE_STACK.length === 1;
        const resyncType = topLevel ? undefined : this.findReSyncTokenType();
        const saved = this.exportLexerState();
        const found = this.LA(1);
        const previous = this.LA(0);
        const skipped: IToken[] = [];
        const report = () => {
            const message = this.errorMessageProvider.buildMismatchTokenMessage({
                expected,
                actual: found,
                previous,
                ruleName: this.getCurrRuleFullName(),
            });
            const error = new MismatchedTokenException(message, found, previous);
            (error as unknown as { resyncedTokens: IToken[] }).resyncedTokens = skipped.slice(1);
            this.SAVE_ERROR(error);
        };
        let depth = 0;
        for (;;) {
            const token = this.LA(1);
            if (depth === 0 && this.tokenMatcher(token, expected)) {
                report();
                return;
            }
            if (depth === 0 && token !== found && lookahead.call(this)) {
                report();
                rule.apply(this, args);
                return;
            }
            if (isEof(token) || (resyncType && this.tokenMatcher(token, resyncType))) {
                // No nearer place to resume in this repetition: the error surfaces in the next step.
                this.importLexerState(saved);
                return;
            }
            if (topLevel && token.image === '{') depth++;
            else if (topLevel && token.image === '}') depth = Math.max(0, depth - 1);
            skipped.push(this.SKIP_TOKEN());
        }
    };
}
