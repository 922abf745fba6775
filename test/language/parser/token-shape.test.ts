import { describe, expect, test } from 'vitest';
import { runProbe } from '../../helpers/probe.js';

describe("the parser's tokens", () => {
    test('keep their positions as small integers, not one boxed number each (language/parser/token-shape.ts)', async () => {
        // A fresh process: V8's shapes are per process, and its heap snapshot stays small.
        const found = await runProbe<{ lexed: number; tokens: number; boxed: number }>('test/language/parser/token-shape-probe.ts');
        expect(found.tokens, 'no token-shaped objects in the heap: did Chevrotain rename `image` or `tokenType`?').toBeGreaterThanOrEqual(
            found.lexed,
        );
        expect(
            found.boxed,
            'tokens store their positions as boxed doubles again: has Chevrotain changed the property order of its tokens (createTokenInstance)? Update widenTokenFields',
        ).toBeLessThan(found.tokens / 10);
    });
});
