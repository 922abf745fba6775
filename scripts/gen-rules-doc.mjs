// Writes docs/rules.md, the rule reference, from the rule catalogue (language/validation/rule-codes.ts)
// through the same renderer as `ssc rules --format md` (language/validation/rules-doc.ts).
// Usage: node scripts/gen-rules-doc.mjs [--check]   (--check: exit 1 when docs/rules.md is out of date)
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundled = await esbuild.build({
    entryPoints: [new URL('language/validation/rules-doc.ts', root).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
});
const { renderRulesMarkdown } = await import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64'));

const target = new URL('docs/rules.md', root);
const text = renderRulesMarkdown();
let current = '';
try {
    current = readFileSync(target, 'utf8');
} catch {
    // No file yet: it is written below (or reported as out of date with --check).
}
if (process.argv.includes('--check')) {
    if (current !== text) {
        console.error('docs/rules.md is out of date: run node scripts/gen-rules-doc.mjs');
        process.exit(1);
    }
} else if (current !== text) {
    mkdirSync(new URL('docs/', root), { recursive: true });
    writeFileSync(target, text);
    console.log('wrote docs/rules.md');
}
