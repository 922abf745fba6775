/**
 * Lets V8 store the positions of Chevrotain's tokens as small integers again.
 *
 * Chevrotain builds every token as an object literal with the same properties in the same order, and
 * one of them, its end-of-file token, is built with `NaN` positions when the library loads. V8 gives
 * all objects of one literal shape one hidden class, so from then on every token's six position fields
 * were stored as doubles, each boxed in a heap number of its own: ~1,000,000 extra objects and 16 MB
 * for the 90,000 tokens of a 1,000-stakeholder file, all kept alive for the whole parse and copied by
 * the garbage collector. One object of that shape with non-numeric positions widens the fields to
 * "any value", where small integers are stored in place. Nothing reads this object; the tokens are
 * unchanged.
 *
 * The property order below is Chevrotain's (`createTokenInstance`, `createFullToken`); a test keeps
 * it so.
 */
export function widenTokenFields(): void {
    tokenShape ??= {
        image: '',
        startOffset: null,
        endOffset: null,
        startLine: null,
        endLine: null,
        startColumn: null,
        endColumn: null,
        tokenTypeIdx: null,
        tokenType: null,
    };
}

let tokenShape: object | undefined;
