/**
 * HTML of Table 1 (stakeholders and power/interest with engagement and strategy) and of the
 * engagement assessment matrix.
 */
import type { EngagementView, Trend } from '../views/engagement-view.js';
import { axisLabel, gapLabel, levelLabel, strategyLabel } from '../views/labels.js';
import { ENGAGEMENT_LEVELS } from '../vocabulary.js';
import { escapeHtml } from './escape.js';
import { level, refLink, table } from './html-kit.js';

const TREND_TEXT: Record<Trend, string> = {
    rising: '↑ rising',
    falling: '↓ falling',
    steady: '→ steady',
    single: 'assessed once',
    none: 'not assessed',
};

function strategyCell(row: EngagementView['rows'][number]): string {
    if (!row.strategy && row.candidates.length > 0)
        return `<span class="suggested">${escapeHtml(row.candidates.map(strategyLabel).join(' or '))} (on a dividing line: choose one)</span>`;
    if (!row.strategy) return '<span class="none">place on the grid first</span>';
    const note = row.strategyNote ? `<br><span class="muted">${escapeHtml(row.strategyNote)}</span>` : '';
    if (row.strategySource === 'suggested') return `<span class="suggested">${escapeHtml(strategyLabel(row.strategy))} (suggested)</span>`;
    const warn = row.strategyFits === false ? ' <span class="mismatch" title="Does not fit the grid position">≠ grid</span>' : '';
    return `${escapeHtml(strategyLabel(row.strategy))}${warn}${note}`;
}

function participationCells(row: EngagementView['rows'][number]): string {
    const { reached, needed, shortfall } = row.participation;
    const reachedText = reached ? escapeHtml(reached) : '<span class="none">none yet</span>';
    const mark = shortfall
        ? ` <span class="mismatch" title="Participation below what the strategy needs">▼ short of ${escapeHtml(needed)}</span>`
        : '';
    return `<td${shortfall ? ' class="shortfall"' : ''}>${reachedText}${mark}</td><td>${needed ? escapeHtml(needed) : '<span class="none">nothing</span>'}</td>`;
}

/** Table 1: stakeholder, current and desired level, strategy, power | interest. */
export function renderEngagementTable(view: EngagementView): string {
    const rows = view.rows.map(
        r =>
            `<tr><th scope="row">${refLink(`stakeholder:${r.id}`, r.name)}</th>` +
            `<td>${level(r.current, levelLabel(r.current))}</td><td>${r.desired ? level(r.desired, levelLabel(r.desired)) : '<span class="none">—</span>'}</td>` +
            `<td class="num">${gapLabel(r.gap)}</td>` +
            `<td>${strategyCell(r)}</td><td>${escapeHtml(axisLabel(r.power))} | ${escapeHtml(axisLabel(r.interest))}</td>${participationCells(r)}</tr>`,
    );
    return table(
        'Stakeholders, engagement and strategy',
        [
            'Stakeholder',
            'Current engagement',
            'Desired engagement',
            'Levels to gain',
            'Strategy',
            'Power | interest',
            'Participation reached (IAP2)',
            'Strategy needs',
        ],
        rows,
    );
}

/** The engagement assessment matrix: C (current) and D (desired) per level, with the assessment trend. */
export function renderAssessmentMatrix(view: EngagementView): string {
    const rows = view.matrix.map(r => {
        const cells = ENGAGEMENT_LEVELS.map(l => `<td class="mark">${r.marks[l].join(' ')}</td>`).join('');
        const history = r.history.map(h => `${escapeHtml(h.label)}: ${escapeHtml(h.level)}`).join(' · ');
        const trend = `<span class="trend ${r.trend}">${TREND_TEXT[r.trend]}</span>${history ? `<br><span class="muted">${history}</span>` : ''}`;
        return `<tr><th scope="row">${refLink(`stakeholder:${r.id}`, r.name)}</th>${cells}<td>${trend}</td></tr>`;
    });
    const assessed =
        view.assessments.length > 0
            ? `<p class="lede">Assessments, oldest first: ${view.assessments.map(a => `${escapeHtml(a.label)}${a.date ? ` (${escapeHtml(a.date)})` : ''}`).join(', ')}.</p>`
            : '<p class="lede">No assessment is recorded yet; the trend appears once stakeholders are assessed.</p>';
    return (
        assessed +
        table('Engagement assessment matrix', ['Stakeholder', ...ENGAGEMENT_LEVELS.map(levelLabel), 'Trend over assessments'], rows)
    );
}
