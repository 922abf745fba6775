/**
 * The report as Markdown (`ssc generate --format md`): every table, and the grid as a Mermaid
 * `quadrantChart` block. Every user string is escaped so it shows as text on any renderer.
 */
import type { ReportViews } from '../views/report-data.js';
import { escapeMarkdown } from './escape.js';
import { renderMermaidGrid } from './mermaid-grid.js';
import { countsText, reportHeading } from './report-header.js';
import { reportTables, type PlainTable } from './table-rows.js';

function markdownTable(t: PlainTable): string {
    const row = (cells: ReadonlyArray<string | number | null>) => `| ${cells.map(c => escapeMarkdown(c) || ' ').join(' | ')} |`;
    return [row(t.headers), `|${t.headers.map(() => ' --- ').join('|')}|`, ...t.rows.map(row)].join('\n') + '\n';
}

/** The report as one Markdown document. */
export function renderMarkdownReport(report: ReportViews): string {
    const { title, meta } = reportHeading(report.analysis);
    const grid = report.grid;
    const aside = [
        grid.borderline.length > 0 ? `On a dividing line: ${grid.borderline.map(b => escapeMarkdown(b.name)).join(', ')}.` : '',
        grid.unplaced.length > 0
            ? `Not placed (power or interest missing): ${grid.unplaced.map(b => escapeMarkdown(b.name)).join(', ')}.`
            : '',
    ]
        .filter(Boolean)
        .join('\n\n');
    const tables = reportTables(report).map(t => `## ${escapeMarkdown(t.title)}\n\n${t.rows.length > 0 ? markdownTable(t) : '_None._\n'}`);
    return (
        `# ${escapeMarkdown(title)}: stakeholder analysis\n\n${escapeMarkdown(meta)} · ${escapeMarkdown(countsText(report.analysis))}\n\n` +
        `## Power/interest grid (Figure 4)\n\n${renderMermaidGrid(grid)}${aside ? `\n${aside}\n` : ''}\n` +
        tables.join('\n')
    );
}
