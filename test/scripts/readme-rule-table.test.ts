import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { RULES } from '../../language/validation/rule-codes.js';

test('the README rule table shows every catalogue rule with its default severity and basis (regenerate: node scripts/gen-rule-table.mjs)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = /<!-- rules:start[^>]*-->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1] ?? '';
    const rows = table
        .split('\n')
        .filter(l => l.startsWith('| `'))
        .map(l => l.split(' | ').map(c => c.replace(/^\| |`/g, '')));
    expect(rows.map(r => [r[0], r[1], r[2]])).toEqual(RULES.map(r => [r.code, r.severity, r.basis ?? '—']));
    expect(table).toContain('| code | default | basis | checks |');
});
