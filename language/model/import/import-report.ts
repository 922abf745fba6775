/**
 * The report of an import: what was imported, skipped, ignored or only approximately matched, and
 * its text as `ssc import` prints it on stderr.
 */

/** Everything an import did that the user should know. */
export interface ImportReport {
    source: string;
    sheet: string | null;
    /** 1-based row number of the header row. */
    headerRow: number;
    columns: Array<{ header: string; field: string }>;
    ignoredColumns: Array<{ header: string; reason: string }>;
    imported: number;
    skipped: Array<{ row: number; reason: string }>;
    approximate: Array<{ row: number; column: string; text: string; id: string }>;
    unmatched: Array<{ row: number; column: string; text: string }>;
    renamedIds: Array<{ row: number; from: string; to: string }>;
    derivedIds: number;
    customGroups: Array<{ id: string; name: string }>;
    ungrouped: number;
    blankRows: number;
}

const LIST_LIMIT = 50;

function clip(text: string): string {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > 60 ? flat.slice(0, 57) + '…' : flat;
}

function section<T>(title: string, items: readonly T[], line: (item: T) => string): string[] {
    if (items.length === 0) return [];
    const shown = items.slice(0, LIST_LIMIT).map(item => '    ' + line(item));
    if (items.length > LIST_LIMIT) shown.push(`    … and ${items.length - LIST_LIMIT} more`);
    return [`  ${title} (${items.length}):`, ...shown];
}

/** The report as lines of text for stderr (or the editor's output channel). */
export function formatImportReport(report: ImportReport): string {
    const where = `${report.source}${report.sheet !== null ? `, sheet "${report.sheet}"` : ''}, header on row ${report.headerRow}`;
    const lines = [
        `ssc import: ${where}`,
        `  rows imported: ${report.imported}; rows skipped: ${report.skipped.length}${report.blankRows > 0 ? `; blank rows passed over: ${report.blankRows}` : ''}`,
        `  columns used: ${report.columns.map(c => `"${clip(c.header)}" → ${c.field}`).join(', ') || 'none'}`,
        ...section('rows skipped', report.skipped, s => `row ${s.row}: ${s.reason}`),
        ...section(
            'columns ignored (cells kept as comments, unless computed)',
            report.ignoredColumns,
            c => `"${clip(c.header)}": ${c.reason}`,
        ),
        ...section(
            'approximate matches (check them)',
            report.approximate,
            a => `row ${a.row}, ${clip(a.column)}: "${clip(a.text)}" → ${a.id}`,
        ),
        ...section('values not recognised (kept as comments)', report.unmatched, u => `row ${u.row}, ${clip(u.column)}: "${clip(u.text)}"`),
        ...section('identifiers changed', report.renamedIds, r => `row ${r.row}: "${clip(r.from)}" → ${r.to}`),
        ...section('custom groups declared', report.customGroups, g => `${g.id} "${clip(g.name)}"`),
    ];
    if (report.derivedIds > 0) lines.push(`  identifiers derived from names: ${report.derivedIds}`);
    if (report.ungrouped > 0) lines.push(`  stakeholders without a group, put in the custom group Ungrouped: ${report.ungrouped}`);
    return lines.join('\n') + '\n';
}
