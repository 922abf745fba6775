import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../../../language/validation/rule-codes.js';
import { ruleAnchor } from '../../../language/validation/rule-links.js';
import { renderRulesMarkdown } from '../../../language/validation/rules-doc.js';
import { REPO } from '../../helpers/source-graph.js';

const doc = () => readFileSync(path.join(REPO, 'docs', 'rules.md'), 'utf8');

test('docs/rules.md is generated from the catalogue in code and up to date', () => {
    expect(doc() === renderRulesMarkdown(), 'docs/rules.md is out of date: run node scripts/gen-rules-doc.mjs').toBe(true);
});

test('every rule has its section, with an explicit anchor the diagnostics link to, its severity, basis, check and fix', () => {
    const text = doc();
    for (const rule of RULES) {
        const anchor = `<a id="${ruleAnchor(rule.code)}"></a>`;
        expect(text, `no anchor for ${rule.code}`).toContain(anchor);
        const section = text.slice(text.indexOf(anchor), text.indexOf('<a id=', text.indexOf(anchor) + 1));
        expect(section).toContain(`### \`${rule.code}\``);
        expect(section).toContain(`**Default severity:** ${rule.severity}`);
        expect(section).toContain(`**Basis:** ${rule.basis ?? '—'}`);
        expect(section).toContain(`**What it checks:** ${rule.summary}`);
        expect(section).toContain(`**How to fix:** ${rule.fix}`);
        expect(rule.fix.length, `${rule.code} says how to fix`).toBeGreaterThan(20);
    }
    expect(text).toContain('<a id="syntax"></a>');
});
