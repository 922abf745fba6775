/**
 * HTML of the summary matrix (Table I.1), one section of rows per stakeholder group.
 */
import type { SummarySection } from '../views/summary-view.js';
import { escapeHtml } from './escape.js';
import { list, refLink, table } from './html-kit.js';

const HEADERS = ['Stakeholder', 'Scale / sector', 'Aims', 'Challenges', 'Potential', 'Constraints', 'Role / contribution'];

/** The summary matrix as an HTML table. */
export function renderSummaryTable(sections: readonly SummarySection[]): string {
    if (sections.length === 0) return '<p class="none">No stakeholder is declared yet.</p>';
    const rows = sections.flatMap(section => [
        `<tr class="section"><th colspan="${HEADERS.length}" scope="colgroup">${escapeHtml(section.label)}${section.custom ? ' <span class="muted">(custom group)</span>' : ''}</th></tr>`,
        ...section.rows.map(
            r =>
                `<tr><th scope="row">${refLink(`stakeholder:${r.id}`, r.name)}</th>` +
                `<td>${escapeHtml([r.scale, r.sector].filter(Boolean).join(' / ')) || '<span class="none">—</span>'}</td>` +
                `<td>${list(r.aims)}</td><td>${list(r.challenges)}</td><td>${list(r.potential)}</td><td>${list(r.constraints)}</td>` +
                `<td>${r.roles.length > 0 ? `<em>${escapeHtml(r.roles.join(', '))}</em>` : ''}${r.roles.length > 0 && r.contributions.length > 0 ? '<br>' : ''}${list(r.contributions)}</td></tr>`,
        ),
    ]);
    return table('Summary of stakeholder identification, categorization and analysis', HEADERS, rows);
}
