import { isRuleSeverity, ruleInfo, type RuleSeverity } from './rule-codes.js';

/** Severity overrides per rule code, from editor settings, `.sscrc.json` or `--rule` flags. */
export type RuleOverrides = Readonly<Record<string, RuleSeverity>>;

/**
 * Holds the severity overrides in force. Layers are merged in order: `.sscrc.json` first, then the
 * editor settings or command-line flags, so the more explicit source wins.
 */
export class RuleSettings {
    private layers = new Map<string, RuleOverrides>();
    private merged: Record<string, RuleSeverity> = {};

    /** Sets (or replaces) one named layer of overrides; later-named layers win over earlier ones. */
    setLayer(name: 'file' | 'client' | 'cli', overrides: RuleOverrides): void {
        this.layers.set(name, overrides);
        const order = ['file', 'client', 'cli'];
        this.merged = {};
        for (const layer of order) {
            Object.assign(this.merged, this.layers.get(layer) ?? {});
        }
    }

    /** The severity in force for a code, given the rule's default. */
    severityOf(code: string, fallback: RuleSeverity): RuleSeverity {
        return this.merged[code] ?? fallback;
    }

    /** A snapshot of all overrides in force. */
    get overrides(): RuleOverrides {
        return { ...this.merged };
    }
}

/** One problem found while reading overrides (an unknown code or severity). */
export interface OverrideProblem {
    readonly key: string;
    readonly message: string;
}

/** Checks raw overrides (from JSON or flags) and keeps the valid ones. */
export function parseOverrides(raw: unknown): { overrides: Record<string, RuleSeverity>; problems: OverrideProblem[] } {
    const overrides: Record<string, RuleSeverity> = {};
    const problems: OverrideProblem[] = [];
    if (raw === undefined || raw === null) {
        return { overrides, problems };
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        problems.push({ key: '', message: 'rules must be an object mapping rule codes to severities' });
        return { overrides, problems };
    }
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
        if (!ruleInfo(key)) {
            problems.push({ key, message: `unknown rule code '${key}'` });
        } else if (typeof value !== 'string' || !isRuleSeverity(value)) {
            problems.push({ key, message: `severity of '${key}' must be one of error, warning, info, hint, off` });
        } else {
            overrides[key] = value;
        }
    }
    return { overrides, problems };
}
