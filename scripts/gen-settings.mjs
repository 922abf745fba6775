// Writes the `ssc.rules` setting of package.json from the rule catalogue (language/validation/rule-codes.ts),
// so the settings UI lists exactly the catalogue's codes with their default severities.
// Usage: node scripts/gen-settings.mjs [--check]   (--check: exit 1 when package.json is out of date)
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundled = await esbuild.build({
    entryPoints: [new URL('language/validation/rule-codes.ts', root).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
});
const { RULES, RULE_SEVERITIES } = await import(
    'data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64')
);

const DESCRIPTIONS = {
    error: 'reported as an error',
    warning: 'reported as a warning',
    info: 'reported as information',
    hint: 'shown as a hint only',
    off: 'not checked',
};

// What a rule rests on, from its basis: the Supplement's text (`S 4.2`), or a convention (`C`, `C (IAP2)`,
// `C (from S 4.2)`) that is never attributed to the Supplement.
const cite = clause => `Supplement 34, ${/^\d/.test(clause) ? 'clause ' : ''}${clause}`;
const source = basis => {
    if (!basis) return '';
    const s = /^S (.*?)(?: \((.*)\))?$/.exec(basis);
    if (s) return ` (${cite(s[1])}${s[2] ? `, ${s[2]}` : ''})`;
    const c = /^C(?: \((?:from S )?(.*)\))?$/.exec(basis);
    const from = /^C \(from S (.*)\)$/.exec(basis);
    if (from) return ` (a convention, on a concern of ${cite(from[1])})`;
    return c?.[1] ? ` (a convention: ${c[1]})` : ' (a convention of this tool)';
};

const properties = Object.fromEntries(
    RULES.map(rule => [
        rule.code,
        {
            type: 'string',
            enum: [...RULE_SEVERITIES],
            enumDescriptions: RULE_SEVERITIES.map(s => DESCRIPTIONS[s]),
            default: rule.severity,
            markdownDescription: `${rule.summary.replace(/\.$/, '')}${source(rule.basis)}. Default: \`${rule.severity}\`.`,
        },
    ]),
);

const configuration = {
    title: 'SSC Stakeholder Studio',
    properties: {
        'ssc.rules': {
            type: 'object',
            scope: 'resource',
            // Every code with its default, so the Settings UI lists them all (not one at a time through "Add Item").
            // The extension sends the server only the values the user set, so defaults never override `.sscrc.json`.
            default: Object.fromEntries(RULES.map(rule => [rule.code, rule.severity])),
            additionalProperties: false,
            markdownDescription:
                'Severity of each rule of the stakeholder-model checks: `error`, `warning`, `info`, `hint` or `off`. Every rule is listed with its default; a value you change overrides the `.sscrc.json` of the workspace root.',
            properties,
        },
    },
};

const file = new URL('package.json', root);
const text = readFileSync(file, 'utf8');
const pkg = JSON.parse(text);
pkg.contributes = { ...pkg.contributes, configuration };
const updated = JSON.stringify(pkg, null, 2) + '\n';
if (process.argv.includes('--check')) {
    if (updated !== text) {
        console.error('package.json: contributes.configuration is out of date; run node scripts/gen-settings.mjs');
        process.exit(1);
    }
} else if (updated !== text) {
    // Re-read right before writing: other tools may edit package.json concurrently.
    const fresh = JSON.parse(readFileSync(file, 'utf8'));
    fresh.contributes = { ...fresh.contributes, configuration };
    writeFileSync(file, JSON.stringify(fresh, null, 2) + '\n');
    console.log(`package.json: ssc.rules lists ${RULES.length} rules`);
}
