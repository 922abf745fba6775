import { plural } from '../language/model/words.js';
import { afterFirstSentence, firstSentence, oneLine } from '../language/validation/message-text.js';
import { RULES, SYNTAX_CODE } from '../language/validation/rule-codes.js';
import { relativeRuleLink } from '../language/validation/rule-links.js';

/** One diagnostic as the CLI reports it: 1-based lines and columns. */
export interface CliDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    /** The whole message: what is wrong, why (the clause), what to do. */
    message: string;
    /** Its first sentence, at most 120 characters: what is wrong, where. */
    summary: string;
    /** The rule's section of the rule reference, relative to the repository root. */
    helpUri: string;
}

/** The CLI's fields of a diagnostic message: the whole message on one line, its first sentence, its rule's link. */
export function messageFields(code: string, message: string): Pick<CliDiagnostic, 'message' | 'summary' | 'helpUri'> {
    return { message: oneLine(message), summary: firstSentence(message), helpUri: relativeRuleLink(code) };
}

/** Totals by severity over a list of diagnostics. */
export function countBySeverity(diagnostics: readonly CliDiagnostic[]): { errors: number; warnings: number; infos: number; hints: number } {
    const count = (s: CliDiagnostic['severity']) => diagnostics.filter(d => d.severity === s).length;
    return { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
}

/**
 * `path:line:column severity code summary` lines and the totals line. The summary is the message's
 * first sentence; with `explain`, the rest of the message and the rule's link follow on indented lines.
 */
export function formatText(diagnostics: readonly CliDiagnostic[], fileCount: number, explain = false): string {
    const lines: string[] = [];
    for (const d of diagnostics) {
        lines.push(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.summary}`);
        if (!explain) continue;
        const rest = d.summary.endsWith('…') ? d.message : afterFirstSentence(d.message);
        if (rest) lines.push(`    ${rest}`);
        lines.push(`    See ${d.helpUri}`);
    }
    const c = countBySeverity(diagnostics);
    const hints = c.hints > 0 ? `, ${plural(c.hints, 'hint')}` : '';
    lines.push(
        `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')}${hints} in ${plural(fileCount, 'file')}`,
    );
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
            helpUri: relativeRuleLink(r.code),
            properties: { clause: r.clause },
            defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
        })),
        ...(used.has(SYNTAX_CODE)
            ? [
                  {
                      id: SYNTAX_CODE,
                      shortDescription: { text: 'The text does not follow the .ssc grammar.' },
                      helpUri: relativeRuleLink(SYNTAX_CODE),
                      defaultConfiguration: { level: 'error' },
                  },
              ]
            : []),
    ];
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'ssc', fullName: 'SSC Stakeholder Studio', version, semanticVersion: version, rules } },
                results: diagnostics.map(d => ({
                    ruleId: d.code,
                    ruleIndex: ruleIndex.get(d.code),
                    level: SARIF_LEVEL[d.severity],
                    message: { text: d.message },
                    properties: { summary: d.summary },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: d.file.split('\\').join('/') },
                                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                            },
                        },
                    ],
                })),
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
