/**
 * The rule reference in three forms, all from the catalogue in code: Markdown (`docs/rules.md`,
 * `ssc rules --format md`), plain text and JSON (`ssc rules`). Plain functions over the catalogue, so
 * the CLI, the generator script and the test that keeps `docs/rules.md` current share one renderer.
 */
import { RULES, SYNTAX_CODE, type RuleInfo } from './rule-codes.js';
import { ruleAnchor } from './rule-links.js';

/** One rule as `ssc rules --format json` prints it (CLI.md). */
export interface RuleJson {
    code: string;
    severity: RuleInfo['severity'];
    basis: string | null;
    summary: string;
}

/** The sections of the reference, in order, with the code prefixes each holds. */
const SECTIONS: ReadonlyArray<{ title: string; prefixes: readonly string[] }> = [
    { title: 'Step 1 — identification (clauses 3.1, 6)', prefixes: ['identification'] },
    { title: 'Step 2 — categorization (clause 3.2)', prefixes: ['categorization'] },
    {
        title: 'Step 3 — analysis and engagement (clauses 4.1, 4.2, Appendix I)',
        prefixes: ['analysis', 'engagement', 'balance', 'process'],
    },
    { title: 'Guiding principles and core values of participation (clauses 4.2, 4.2.1)', prefixes: ['consultation'] },
    { title: 'The engagement plan (actions, IAP2 levels, salience)', prefixes: ['plan'] },
    { title: 'Roles and relations (clause 5, Tables 2 and 3)', prefixes: ['kpi', 'roles', 'relation'] },
    { title: 'Values', prefixes: ['value'] },
];

/** The rules as `ssc rules --format json` prints them. */
export function rulesJson(rules: readonly RuleInfo[] = RULES): RuleJson[] {
    return rules.map(r => ({ code: r.code, severity: r.severity, basis: r.basis, summary: r.summary }));
}

/** The rules as aligned text lines: code, default severity, basis, summary. */
export function renderRulesText(rules: readonly RuleInfo[] = RULES): string {
    const width = Math.max(...rules.map(r => r.code.length));
    const basisWidth = Math.max(1, ...rules.map(r => (r.basis ?? '—').length));
    return (
        rules
            .map(r => `${r.code.padEnd(width)}  ${r.severity.padEnd(7)}  ${(r.basis ?? '—').padEnd(basisWidth)}  ${r.summary}`)
            .join('\n') + '\n'
    );
}

function basisText(basis: string | null): string {
    if (basis === null) return "— (a check of the model's own consistency, with no clause behind it)";
    if (basis.startsWith('S ')) return `${basis} — the text of ITU-T Y Suppl. 34, ${basis.slice(2).replace(/^(\d)/, 'clause $1')}`;
    return `${basis} — a project convention: a heuristic built on a clause or on the practice the Supplement cites; its message says "by convention"`;
}

function ruleSection(rule: RuleInfo): string[] {
    return [
        `<a id="${ruleAnchor(rule.code)}"></a>`,
        '',
        `### \`${rule.code}\``,
        '',
        `- **Default severity:** ${rule.severity}`,
        `- **Basis:** ${basisText(rule.basis)}`,
        `- **What it checks:** ${rule.summary}`,
        `- **How to fix:** ${rule.fix}`,
        '',
    ];
}

/** The whole rule reference as Markdown: the content of `docs/rules.md`. */
export function renderRulesMarkdown(rules: readonly RuleInfo[] = RULES): string {
    const lines = [
        '# Rule reference',
        '',
        '<!-- Generated from language/validation/rule-codes.ts by `node scripts/gen-rules-doc.mjs`; do not edit by hand. -->',
        '',
        "Every check of SSC Stakeholder Studio, with its code (the diagnostic's `code`, and the key of its severity setting), its",
        'default severity, its basis, what it checks and how to fix what it finds. Each rule can be set to `error`, `warning`, `info`,',
        '`hint` or `off` in the editor setting `ssc.rules`, in a `.sscrc.json` at the workspace root, or with `ssc validate --rule CODE=SEVERITY`.',
        "A diagnostic in the editor links to its rule's section here. `ssc rules` prints the same catalogue.",
        '',
        '**Basis.** `S 4.2` means the text of ITU-T Y Suppl. 34 at that clause says this. `C` means a project convention: a heuristic',
        'built on a clause, or on the practice the Supplement cites (the power/interest grid, the IAP2 spectrum, Mitchell–Agle–Wood',
        "salience); the Supplement itself is informative and lays down no rules. `—` marks checks of the model's own consistency.",
        '',
        '| code | default | basis | what it checks |',
        '|---|---|---|---|',
        ...rules.map(
            r => `| [\`${r.code}\`](#${ruleAnchor(r.code)}) | ${r.severity} | ${r.basis ?? '—'} | ${r.summary.replace(/\|/g, '\\|')} |`,
        ),
        `| [\`${SYNTAX_CODE}\`](#${ruleAnchor(SYNTAX_CODE)}) | error | — | The text follows the grammar of the language. |`,
        '',
    ];
    const placed = new Set<string>();
    for (const section of SECTIONS) {
        const members = rules.filter(r => section.prefixes.includes(r.code.split('/')[0]));
        if (members.length === 0) continue;
        lines.push(`## ${section.title}`, '');
        for (const rule of members) {
            lines.push(...ruleSection(rule));
            placed.add(rule.code);
        }
    }
    const others = rules.filter(r => !placed.has(r.code));
    if (others.length > 0) {
        lines.push('## Other rules', '');
        for (const rule of others) lines.push(...ruleSection(rule));
    }
    lines.push(
        '## Syntax',
        '',
        `<a id="${ruleAnchor(SYNTAX_CODE)}"></a>`,
        '',
        `### \`${SYNTAX_CODE}\``,
        '',
        '- **Default severity:** error (cannot be changed or turned off)',
        '- **Basis:** — (the grammar of the language; see [the language reference](language.md))',
        '- **What it checks:** The text follows the grammar of the language: keywords, names, strings, dates and braces where the language expects them.',
        '- **How to fix:** Follow the message: it says what the place expects, with an example, and suggests the closest right word for a misspelt one (quick fix). Everything else in the file is still checked while a syntax error remains.',
        '',
    );
    return lines.join('\n');
}
