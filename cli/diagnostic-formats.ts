import { plural } from '../language/model/words.js';
import { RULES } from '../language/validation/rule-codes.js';

/** One diagnostic as the CLI reports it: 1-based lines and columns. */
export interface CliDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

/** Totals by severity over a list of diagnostics. */
export function countBySeverity(diagnostics: readonly CliDiagnostic[]): { errors: number; warnings: number; infos: number; hints: number } {
    const count = (s: CliDiagnostic['severity']) => diagnostics.filter(d => d.severity === s).length;
    return { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
}

/** `path:line:column severity code message` lines and the summary line. */
export function formatText(diagnostics: readonly CliDiagnostic[], fileCount: number): string {
    const lines = diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message.replace(/\s*\n\s*/g, ' ')}`);
    const c = countBySeverity(diagnostics);
    const hints = c.hints > 0 ? `, ${plural(c.hints, 'hint')}` : '';
    lines.push(`${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')}${hints} in ${plural(fileCount, 'file')}`);
    return lines.join('\n') + '\n';
}

/** A JSON array of diagnostics. */
export function formatJson(diagnostics: readonly CliDiagnostic[]): string {
    return JSON.stringify(diagnostics, null, 2) + '\n';
}

const SARIF_LEVEL: Record<CliDiagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A SARIF 2.1.0 log with one run, its rules taken from the catalogue. */
export function formatSarif(diagnostics: readonly CliDiagnostic[], version: string): string {
    const used = new Set(diagnostics.map(d => d.code));
    const rules = [
        ...RULES.filter(r => used.has(r.code)).map(r => ({
            id: r.code,
            shortDescription: { text: r.summary },
            properties: { clause: r.clause },
            defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
        })),
        ...(used.has('syntax') ? [{ id: 'syntax', shortDescription: { text: 'The text does not follow the .ssc grammar.' }, defaultConfiguration: { level: 'error' } }] : []),
    ];
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'ssc', fullName: 'SSC Stakeholder Studio', version, semanticVersion: version, rules } },
            results: diagnostics.map(d => ({
                ruleId: d.code,
                ruleIndex: ruleIndex.get(d.code),
                level: SARIF_LEVEL[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: d.file.split('\\').join('/') },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                    },
                }],
            })),
        }],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
