import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, test } from 'vitest';
import { ROOT, tempDir } from '../../helpers/cli.js';

describe("the parser's tokens", () => {
    test('keep their positions as small integers, not one boxed number each (language/parser/token-shape.ts)', async () => {
        // A fresh process: V8's shapes are per process, and its heap snapshot stays small.
        const probe = path.join(tempDir('token-shape'), 'probe.mjs');
        await esbuild.build({
            entryPoints: [path.join(ROOT, 'test', 'language', 'parser', 'token-shape-probe.ts')],
            outfile: probe,
            bundle: true,
            platform: 'node',
            format: 'esm',
            logLevel: 'error',
            external: ['vscode'],
            banner: { js: 'import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);' },
        });
        const found = JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as {
            lexed: number;
            tokens: number;
            boxed: number;
        };
        expect(found.tokens, 'no token-shaped objects in the heap: did Chevrotain rename `image` or `tokenType`?').toBeGreaterThanOrEqual(
            found.lexed,
        );
        expect(
            found.boxed,
            'tokens store their positions as boxed doubles again: has Chevrotain changed the property order of its tokens (createTokenInstance)? Update widenTokenFields',
        ).toBeLessThan(found.tokens / 10);
    });
});
