/**
 * HTML of the coverage view: the twelve standard groups (present, excluded with the reason, or
 * missing), custom groups, and the register of consultations, grievance mechanisms and KPIs with
 * their rule findings.
 */
import type { CoverageView, RegisterEntry } from '../views/coverage-view.js';
import { escapeHtml } from './escape.js';
import { findingList, refLink, table } from './html-kit.js';

const STATUS_TEXT = { present: 'present', excluded: 'excluded', missing: 'missing' } as const;

function entry(e: RegisterEntry): string {
    const facts = e.facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('');
    return `<div class="register-entry"><h4>${refLink(e.key, e.name)}</h4><dl class="facts">${facts}</dl>${findingList(e.findings)}</div>`;
}

function register(title: string, entries: readonly RegisterEntry[], empty: string): string {
    return `<h3>${escapeHtml(title)} (${entries.length})</h3>${entries.length > 0 ? entries.map(entry).join('') : `<p class="none">${escapeHtml(empty)}</p>`}`;
}

/** The coverage view and the register as HTML. */
export function renderCoverage(view: CoverageView): string {
    const counts = { present: 0, excluded: 0, missing: 0 };
    for (const g of view.groups) counts[g.status]++;
    const rows = view.groups.map(
        g =>
            `<tr><th scope="row">${escapeHtml(g.label)} <span class="muted">(${escapeHtml(g.clause)})</span></th>` +
            `<td><span class="pill ${g.status}">${STATUS_TEXT[g.status]}</span></td>` +
            `<td>${g.status === 'excluded' ? escapeHtml(g.reason ?? 'no reason given') : g.stakeholders.map(s => refLink(`stakeholder:${s.id}`, s.name)).join(', ') || '<span class="none">nobody yet</span>'}</td></tr>`,
    );
    const custom =
        view.custom.length > 0
            ? `<h3>Custom groups</h3>` +
              table(
                  'Custom groups',
                  ['Group', 'Stakeholders'],
                  view.custom.map(
                      c =>
                          `<tr><th scope="row">${escapeHtml(c.name)}</th><td>${c.stakeholders.map(s => refLink(`stakeholder:${s.id}`, s.name)).join(', ')}</td></tr>`,
                  ),
              )
            : '';
    return (
        `<p class="lede">${counts.present} of 12 standard groups present, ${counts.excluded} excluded, ${counts.missing} missing.</p>` +
        table('Standard stakeholder groups', ['Standard group', 'Status', 'Stakeholders or reason'], rows) +
        custom +
        `<h3>Whole-model findings</h3>${findingList(view.programmeFindings)}` +
        register('Consultations', view.consultations, 'No consultation is recorded.') +
        register('Grievance mechanisms', view.grievances, 'No grievance mechanism is recorded.') +
        register('Key performance indicators', view.kpis, 'No KPI is recorded.')
    );
}
