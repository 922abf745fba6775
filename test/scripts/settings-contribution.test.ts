import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { RULES, RULE_SEVERITIES } from '../../language/validation/rule-codes.js';

test('package.json contributes ssc.rules with exactly the catalogue codes (regenerate: node scripts/gen-settings.mjs)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const setting = pkg.contributes.configuration.properties['ssc.rules'];
    expect(setting.type).toBe('object');
    // Every code with its default, so the Settings UI lists them all.
    expect(setting.default).toEqual(Object.fromEntries(RULES.map(r => [r.code, r.severity])));
    expect(Object.keys(setting.properties).sort()).toEqual(RULES.map(r => r.code).sort());
    for (const rule of RULES) {
        const property = setting.properties[rule.code];
        expect(property.enum).toEqual([...RULE_SEVERITIES]);
        expect(property.default).toBe(rule.severity);
        expect(property.markdownDescription).toContain(rule.summary.replace(/\.$/, ''));
    }
});
