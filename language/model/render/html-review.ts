/**
 * HTML of the review page: cadence and dates, overdue and upcoming actions, stakeholders never
 * assessed, gaps with no action, participation shortfalls, and what changed per stakeholder
 * between its last two assessments.
 */
import type { Finding } from '../views/findings.js';
import { axisLabel, levelLabel, strategyLabel } from '../views/labels.js';
import type { ReviewAction, ReviewChange, ReviewState, ReviewView } from '../views/review-view.js';
import { escapeHtml } from './escape.js';
import { findingList, level, refLink, table } from './html-kit.js';

function links(items: ReadonlyArray<{ id: string; name: string }>, empty: string): string {
    return items.length === 0
        ? `<p class="none">${escapeHtml(empty)}</p>`
        : `<p>${items.map(s => refLink(`stakeholder:${s.id}`, s.name)).join(', ')}</p>`;
}

function days(n: number): string {
    return `${n} day${n === 1 ? '' : 's'}`;
}

function status(v: ReviewView): string {
    if (v.everyMonths === null) return '<span class="pill excluded">no cadence stated</span>';
    if (v.lastAssessment === null) return '<span class="pill missing">overdue: no assessment yet</span>';
    if (v.overdue) return `<span class="pill missing">overdue by ${days(v.daysPastDue ?? 0)}</span>`;
    return `<span class="pill present">on time: ${days(-(v.daysPastDue ?? 0))} left</span>`;
}

function actionRows(list: readonly ReviewAction[], daysHeader: string): string {
    const rows = list.map(
        a =>
            `<tr><th scope="row">${refLink(`action:${a.id}`, a.name)}</th><td>${escapeHtml(a.with.join(', ')) || '<span class="none">—</span>'}</td>` +
            `<td>${a.owner ? escapeHtml(a.owner) : '<span class="mismatch">no owner</span>'}</td><td>${escapeHtml(a.level ?? '')}</td>` +
            `<td class="date">${escapeHtml(a.due ?? 'no date')}</td><td class="date">${a.days === null ? '' : escapeHtml(days(a.days))}</td></tr>`,
    );
    return table('Actions', ['Action', 'With', 'Owner', 'IAP2 level', 'Due', daysHeader], rows);
}

function state(s: ReviewState): string {
    const where =
        s.power !== null || s.interest !== null
            ? `<br><span class="muted">power ${escapeHtml(axisLabel(s.power))} · interest ${escapeHtml(axisLabel(s.interest))}${s.quadrant ? ` · ${escapeHtml(strategyLabel(s.quadrant) || s.quadrant)}` : ''}</span>`
            : '';
    return `${level(s.level, levelLabel(s.level))} <span class="muted">${escapeHtml(s.label)}${s.date ? ` (${escapeHtml(s.date)})` : ''}</span>${where}`;
}

const KIND_TEXT = { up: '↑ up', down: '↓ down', moved: 'moved on the grid', same: 'no change' } as const;

function changeRow(c: ReviewChange): string {
    const delta =
        c.levelDelta === null ? '' : c.levelDelta === 0 ? '' : ` ${Math.abs(c.levelDelta)} level${Math.abs(c.levelDelta) === 1 ? '' : 's'}`;
    const change = `<span class="trend ${c.kind === 'up' ? 'rising' : c.kind === 'down' ? 'falling' : ''}">${KIND_TEXT[c.kind]}${c.kind === 'up' || c.kind === 'down' ? delta : ''}</span>`;
    return (
        `<tr class="change-${c.kind}"><th scope="row">${refLink(`stakeholder:${c.id}`, c.name)}</th><td>${state(c.previous)}</td><td>${state(c.latest)}</td>` +
        `<td>${change}</td><td>${c.moves.length > 0 ? escapeHtml(c.moves.join('; ')) : '<span class="none">—</span>'}</td></tr>`
    );
}

/** The review page as HTML; `findings` are the workspace's findings (only `process/` and `plan/` ones are shown). */
export function renderReview(v: ReviewView, findings: readonly Finding[]): string {
    const facts = [
        [
            'Cadence',
            v.everyMonths === null
                ? 'none stated (add `review every N months` to the programme)'
                : `every ${v.everyMonths} month${v.everyMonths === 1 ? '' : 's'}`,
        ],
        ['Last review (latest assessment)', v.lastAssessment ?? 'none yet'],
        ['Next review due', v.nextDue ?? (v.everyMonths === null ? '—' : 'now: nothing assessed yet')],
        ['As of', v.asOf],
        [
            'Actions',
            `${v.counts.total}: ${v.counts.open} open (${v.overdueActions.length} overdue), ${v.counts.done} done, ${v.counts.dropped} dropped`,
        ],
    ];
    const own = findings.filter(f => f.code.startsWith('process/') || f.code.startsWith('plan/'));
    return (
        `<div class="review-head"><p class="review-status">${status(v)}</p><dl class="facts">${facts.map(([k, x]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(x)}</dd>`).join('')}</dl></div>` +
        `<h3>Overdue actions (${v.overdueActions.length})</h3>` +
        (v.overdueActions.length > 0
            ? actionRows(v.overdueActions, 'Overdue by')
            : '<p class="none">No open action is past its due date.</p>') +
        `<h3>Due before the next review (${v.upcoming.length})</h3>` +
        (v.upcoming.length > 0
            ? actionRows(v.upcoming, 'Due in')
            : '<p class="none">No open action falls due before the next review.</p>') +
        `<h3>Never assessed (${v.neverAssessed.length})</h3>${links(v.neverAssessed, 'Every stakeholder has been assessed at least once.')}` +
        `<h3>Changes since the previous assessment (${v.changes.filter(c => c.kind !== 'same').length} of ${v.changes.length})</h3>` +
        (v.changes.length > 0
            ? table(
                  'Changes between the last two assessments',
                  ['Stakeholder', 'Previous assessment', 'Latest assessment', 'Level', 'Grid move'],
                  v.changes.map(changeRow),
              )
            : '<p class="none">No stakeholder has two assessments yet.</p>') +
        (v.assessedOnce.length > 0
            ? `<p class="muted">Assessed once (nothing to compare yet): ${v.assessedOnce.map(s => refLink(`stakeholder:${s.id}`, s.name)).join(', ')}.</p>`
            : '') +
        `<h3>Gaps with no action (${v.gapsWithoutAction.length})</h3>` +
        (v.gapsWithoutAction.length > 0
            ? `<ul class="plain">${v.gapsWithoutAction.map(g => `<li>${refLink(`stakeholder:${g.id}`, g.name)}: ${escapeHtml(levelLabel(g.current))} → ${escapeHtml(levelLabel(g.desired))}</li>`).join('')}</ul>`
            : '<p class="none">Every gap between current and desired level has an open or done action.</p>') +
        `<h3>Participation below the strategy (${v.shortfalls.length})</h3>` +
        (v.shortfalls.length > 0
            ? `<ul class="plain">${v.shortfalls.map(s => `<li>${refLink(`stakeholder:${s.id}`, s.name)}: reached ${escapeHtml(s.reached ?? 'nothing yet')}, needs ${escapeHtml(s.needed)}</li>`).join('')}</ul>`
            : '<p class="none">Everyone has been involved at least as far as their strategy needs.</p>') +
        `<h3>What the process and plan rules found (${own.length})</h3>${findingList(own)}`
    );
}
