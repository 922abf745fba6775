import { expect } from 'vitest';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ruleInfo } from '../../../language/validation/rule-codes.js';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';

const SEVERITY: Record<string, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

/** The text a diagnostic's range covers in its file. */
export function textOf(ws: TestWorkspace, file: string, d: Diagnostic): string {
    const document = ws.documents.get(file)!;
    return document.textDocument.getText(d.range);
}

/**
 * What a rule's messages must show of its basis: an S rule names its clause ("clause 4.2", or
 * "Table 2"/"Table 3"); a C rule says it is a convention; a rule without basis, nothing in particular.
 */
export function clausePattern(code: string): RegExp {
    const basis = ruleInfo(code)!.basis;
    if (!basis) return /./;
    if (basis.startsWith('C')) return /by convention|common practice|a convention/i;
    const clause = basis.replace(/^S /, '').replace(/\s*\(.*\)$/, '');
    if (clause.startsWith('Table')) return /Table [23]/;
    return new RegExp(`clause ${clause.replace(/\./g, '\\.')}\\b`, 'i');
}

/**
 * Asserts that exactly `count` diagnostics of the rule are in the file, each at the catalogue's default
 * severity, naming the clause; returns them with the text their range covers.
 */
export function expectRule(ws: TestWorkspace, file: string, code: string, count = 1): Array<Diagnostic & { text: string }> {
    const found = ws.diagnostics(file).filter(d => d.code === code);
    expect(
        found.map(d => d.message),
        `${code} in ${file}`,
    ).toHaveLength(count);
    for (const d of found) {
        expect(d.severity).toBe(SEVERITY[ruleInfo(code)!.severity]);
        expect(d.message).toMatch(clausePattern(code));
    }
    return found.map(d => ({ ...d, text: textOf(ws, file, d) }));
}

/** Asserts that no diagnostic of the rule is in any file of the workspace. */
export function expectNoRule(ws: TestWorkspace, code: string): void {
    expect(ws.withCode(code).map(d => `${d.file}: ${d.message}`)).toEqual([]);
}

/** Builds a one-file workspace named model.ssc. */
export function model(text: string): Promise<TestWorkspace> {
    return buildWorkspace({ 'model.ssc': text });
}

/** A full, quiet stakeholder body for tests that care about one property at a time. */
export function body(overrides: Record<string, string> = {}): string {
    const props: Record<string, string> = {
        scale: 'local',
        sector: 'public',
        category: 'active',
        roles: 'driver-of-technology',
        power: 'high',
        interest: 'high',
        engagement: 'supportive -> leading',
        strategy: 'manage-closely',
        aims: '"a"',
        challenges: '"c"',
        potential: '"p"',
        constraints: '"k"',
        contributions: '"x"',
        ...overrides,
    };
    return (
        '{\n' +
        Object.entries(props)
            .filter(([, v]) => v !== '')
            .map(([k, v]) => `    ${k} ${v}`)
            .join('\n') +
        '\n}'
    );
}

/** The 0-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`'${needle}' not in text`);
    return text.slice(0, at).split('\n').length - 1;
}
