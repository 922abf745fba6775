import { SYNTAX_CODE } from './rule-codes.js';

/** Where the rule reference lives, relative to the repository or installed extension root. */
export const RULES_DOC_PATH = 'docs/rules.md';

/** The heading anchor of a rule in `docs/rules.md`: the code with `/` replaced by `-` (`analysis-unplaced`). */
export function ruleAnchor(code: string): string {
    return code === SYNTAX_CODE ? 'syntax' : code.replace(/\//g, '-');
}

/** The link of a rule relative to the root (`docs/rules.md#analysis-unplaced`), as SARIF's `helpUri` gives it. */
export function relativeRuleLink(code: string): string {
    return `${RULES_DOC_PATH}#${ruleAnchor(code)}`;
}

/**
 * The `file:` URI of `docs/rules.md` beside the running code, or undefined where there is no file
 * system (a browser). Bundles live in `dist/` (one level below the root); the sources the tests run
 * live in `language/validation/` (two levels below).
 */
export function defaultRulesDocUri(moduleUrl: string | undefined): string | undefined {
    if (!moduleUrl || !moduleUrl.startsWith('file:')) return undefined;
    try {
        const up = /\/dist\/[^/]*$/.test(new URL(moduleUrl).pathname) ? '../' : '../../';
        return new URL(up + RULES_DOC_PATH, moduleUrl).toString();
    } catch {
        return undefined;
    }
}
