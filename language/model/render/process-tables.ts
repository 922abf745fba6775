/**
 * The process tables as plain rows (for CSV, Markdown and the workbook): the plan of actions, the
 * review (per stakeholder, what changed between its last two assessments) and salience.
 */
import type { ReportViews } from '../views/report-data.js';
import { byDue, daysBetween, refName } from '../views/process-input.js';
import { levelLabel } from '../views/labels.js';
import { planStatus } from '../views/plan-layout.js';
import { SALIENCE_NOTES } from '../salience.js';
import type { PlainTable } from './table-rows.js';

/** The plan, review and salience tables. */
export function processTables(report: ReportViews): PlainTable[] {
    const { process: input, review } = report;
    const changes = new Map(review.changes.map(c => [c.id, c]));
    const once = new Map(review.assessedOnce.map(c => [c.id, c]));
    const never = new Set(review.neverAssessed.map(s => s.id));
    return [
        {
            id: 'plan',
            title: 'Engagement plan (actions by due date)',
            headers: [
                'Action',
                'Id',
                'With',
                'Owner',
                'IAP2 level',
                'Toward',
                'Channel',
                'Due',
                'Status',
                'Done on',
                'Days overdue',
                'Reason dropped',
            ],
            rows: byDue(input.actions).map(a => [
                a.name ?? a.id,
                a.id,
                a.with.map(w => refName(input, w)).join('; '),
                refName(input, a.owner),
                a.level ?? '',
                levelLabel(a.toward),
                a.channel ?? '',
                a.due ?? '',
                planStatus(a),
                a.doneOn ?? '',
                planStatus(a) === 'overdue' && a.due ? daysBetween(a.due, input.asOf) : null,
                a.reason ?? '',
            ]),
        },
        {
            id: 'review',
            title: 'Review: change between the last two assessments',
            headers: [
                'Stakeholder',
                'Change',
                'Previous assessment',
                'Previous level',
                'Previous power',
                'Previous interest',
                'Latest assessment',
                'Latest level',
                'Latest power',
                'Latest interest',
                'Grid move',
            ],
            rows: input.stakeholders.map(s => {
                const c = changes.get(s.id);
                if (c) {
                    const when = (x: typeof c.latest) => `${x.label}${x.date ? ` (${x.date})` : ''}`;
                    const kind = c.kind === 'up' || c.kind === 'down' ? `${c.kind} ${Math.abs(c.levelDelta ?? 0)}` : c.kind;
                    return [
                        s.name,
                        kind,
                        when(c.previous),
                        levelLabel(c.previous.level),
                        c.previous.power,
                        c.previous.interest,
                        when(c.latest),
                        levelLabel(c.latest.level),
                        c.latest.power,
                        c.latest.interest,
                        c.moves.join('; '),
                    ];
                }
                const single = once.get(s.id);
                const kind = single ? 'assessed once' : never.has(s.id) || s.trajectory.length === 0 ? 'never assessed' : '';
                const e = s.trajectory[0];
                return [
                    s.name,
                    kind,
                    '',
                    '',
                    null,
                    null,
                    single ? `${e.label}${e.date ? ` (${e.date})` : ''}` : '',
                    single ? levelLabel(e.level) : '',
                    single ? e.power : null,
                    single ? e.interest : null,
                    '',
                ];
            }),
        },
        {
            id: 'salience',
            title: 'Salience (power, legitimacy, urgency)',
            headers: ['Stakeholder', 'Power', 'Legitimacy', 'Urgency', 'Class', 'Meaning'],
            rows: input.stakeholders.map(s => [
                s.name,
                s.power,
                s.salience.legitimacy,
                s.salience.urgency,
                s.salience.class ?? 'not classified',
                s.salience.class ? SALIENCE_NOTES[s.salience.class] : 'legitimacy or urgency not given',
            ]),
        },
    ];
}
