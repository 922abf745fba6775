import { RULES, ruleInfo, type RuleInfo } from './rule-codes.js';

/** What a basis means, in one sentence: the Supplement's text, or a convention built on it. */
function basisText(rule: RuleInfo): string {
    const basis = rule.basis;
    if (!basis) return 'It keeps the model well-formed; it rests on no clause of the Supplement.';
    if (basis.startsWith('C')) {
        const on = /\((.*)\)/.exec(basis)?.[1];
        return `By convention: this is a heuristic of SSC Stakeholder Studio${on ? ` (${on.replace(/^from S /, 'built on clause ')})` : ''}, not a rule the Supplement states.`;
    }
    return `Basis: ITU-T Y Suppl. 34, ${basis.replace(/^S /, /^S \d/.test(basis) ? 'clause ' : '')}.`;
}

/** The full explanation of a rule as Markdown: what it checks, what it rests on, its default severity and how to change it. */
export function ruleExplanation(code: string): string | undefined {
    const rule = ruleInfo(code);
    if (!rule) return undefined;
    return [
        `**${rule.code}** — ${rule.summary}`,
        basisText(rule),
        `Default severity: \`${rule.severity}\`. Change it with the \`ssc.rules\` setting, \`.sscrc.json\` (\`{ "rules": { "${rule.code}": "off" } }\`) or \`ssc validate --rule ${rule.code}=off\`.`,
    ].join('\n\n');
}

/** Every rule with its explanation, in catalogue order (for the "Explain rule" command). */
export function allRuleExplanations(): Array<{ code: string; severity: string; summary: string; markdown: string }> {
    return RULES.map(r => ({ code: r.code, severity: r.severity, summary: r.summary, markdown: ruleExplanation(r.code)! }));
}
