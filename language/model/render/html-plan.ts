/**
 * HTML of the plan view: the time-axis drawing, by stakeholder or by owner (a switch that works
 * without script), and the table of every action.
 */
import { planStatus, type PlanLayout } from '../views/plan-layout.js';
import { byDue, daysBetween, refName, type ProcessInput } from '../views/process-input.js';
import { levelLabel } from '../views/labels.js';
import { escapeHtml } from './escape.js';
import { refLink, table } from './html-kit.js';
import { renderPlanSvg } from './svg-plan.js';

/** The status of an action in words, with the overdue days. */
export function statusText(input: ProcessInput, a: ProcessInput['actions'][number]): string {
    const s = planStatus(a);
    if (s === 'overdue') return a.due ? `overdue by ${daysBetween(a.due, input.asOf)} days` : 'overdue';
    if (a.status === 'done') return a.doneOn ? `done ${a.doneOn}` : 'done';
    if (a.status === 'dropped') return a.reason ? `dropped: ${a.reason}` : 'dropped';
    return a.status;
}

/** The table of every action, by due date. */
export function renderPlanTable(input: ProcessInput): string {
    if (input.actions.length === 0)
        return '<p class="none">No action is planned yet: add `action` blocks to record who does what, with whom, by when.</p>';
    const rows = byDue(input.actions).map(
        a =>
            `<tr class="st-${planStatus(a)}"><th scope="row">${refLink(`action:${a.id}`, a.name ?? a.id)}</th>` +
            `<td>${a.with.map(w => escapeHtml(refName(input, w))).join(', ') || '<span class="none">—</span>'}</td>` +
            `<td>${a.owner ? escapeHtml(refName(input, a.owner)) : '<span class="mismatch">no owner</span>'}</td>` +
            `<td>${escapeHtml(a.level ?? '')}</td><td>${escapeHtml(levelLabel(a.toward))}</td><td>${escapeHtml(a.channel ?? '')}</td>` +
            `<td class="date">${escapeHtml(a.due ?? 'no date')}</td><td><span class="act-status st-${planStatus(a)}">${escapeHtml(statusText(input, a))}</span></td></tr>`,
    );
    return table('Engagement actions', ['Action', 'With', 'Owner', 'IAP2 level', 'Toward', 'Channel', 'Due', 'Status'], rows);
}

/** The plan view: the switch, both drawings (one shown at a time) and the table. */
export function renderPlanView(input: ProcessInput, byStakeholder: PlanLayout, byOwner: PlanLayout): string {
    return (
        `<label class="ssc-toggle"><input type="checkbox" data-ssc-toggle="plan-owner"> Group by owner instead of by stakeholder</label>` +
        `<div class="ssc-figure plan-by-stakeholder">${renderPlanSvg(byStakeholder)}</div>` +
        `<div class="ssc-figure plan-by-owner">${renderPlanSvg(byOwner)}</div>` +
        `<h3>Actions (${input.actions.length})</h3>${renderPlanTable(input)}`
    );
}
