import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SSC_KEYWORDS } from '../../language/grammar/grammar-facts.js';
import { REPO } from '../helpers/source-graph.js';
import { buildWorkspace } from '../helpers/workspace.js';

const text = readFileSync(path.join(REPO, 'docs', 'language.md'), 'utf8');
const blocks = [...text.matchAll(/```ssc\n([\s\S]*?)```/g)].map(m => ({ code: m[1], line: text.slice(0, m.index).split('\n').length + 1 }));

describe('docs/language.md', () => {
    test('has examples', () => {
        expect(blocks.length).toBeGreaterThan(10);
    });

    test.each(blocks)('the example at line $line parses with no syntax error and links', async ({ code }) => {
        const ws = await buildWorkspace(code);
        const diagnostics = ws.diagnostics('model.ssc');
        expect(diagnostics.filter(d => d.code === 'syntax').map(d => d.message)).toEqual([]);
        expect(diagnostics.filter(d => d.code === 'identification/unknown-reference').map(d => d.message)).toEqual([]);
    });

    test('every element keyword and every block keyword of the grammar appears in an example', () => {
        const all = blocks.map(b => b.code).join('\n');
        const keywords = [...SSC_KEYWORDS.elementKeywords, ...[...SSC_KEYWORDS.statementKeywords.values()].flatMap(s => [...s])];
        const missing = [...new Set(keywords)].filter(k => !new RegExp(`(^|[\\s{])${k.replace(/-/g, '\\-')}\\s`, 'm').test(all));
        expect(missing, 'keywords of the grammar with no example in docs/language.md').toEqual([]);
    });
});
