/**
 * The report's tables as plain rows of text cells, shared by the Markdown and CSV renderers so both
 * formats hold the same columns.
 */
import type { ReportViews } from '../views/report-data.js';
import { axisLabel, gapLabel, groupLabel, levelLabel, strategyLabel } from '../views/labels.js';
import { ENGAGEMENT_LEVELS } from '../vocabulary.js';
import { processTables } from './process-tables.js';

/** A table: a name (file stem), a title, a header row and body rows. `section` rows span the table. */
export interface PlainTable {
    id: 'engagement' | 'assessment' | 'summary' | 'classification' | 'coverage' | 'register' | 'plan' | 'review' | 'salience';
    title: string;
    headers: string[];
    rows: Array<Array<string | number | null>>;
}

/** Table identifiers, in report order. */
export const TABLE_IDS: ReadonlyArray<PlainTable['id']> = [
    'engagement',
    'assessment',
    'summary',
    'classification',
    'coverage',
    'register',
    'plan',
    'review',
    'salience',
];

/** All tables of a report. */
export function reportTables(report: ReportViews): PlainTable[] {
    const { engagement, summary, classification, coverage } = report;
    const joined = (items: readonly string[]) => items.join('; ');
    return [
        {
            id: 'engagement',
            title: 'Stakeholders, engagement and strategy (Table 1)',
            // Id and Group let `ssc import` give the stakeholders back from this table (a custom group shows its identifier).
            headers: [
                'Stakeholder',
                'Id',
                'Group',
                'Current engagement',
                'Desired engagement',
                'Levels to gain',
                'Strategy',
                'Strategy source',
                'Power',
                'Interest',
                'Grid position',
                'Participation reached (IAP2)',
                'Participation needed',
                'Participation shortfall',
            ],
            rows: engagement.rows.map(r => [
                r.name,
                r.id,
                r.group === null ? '' : groupLabel(r.group),
                levelLabel(r.current),
                levelLabel(r.desired),
                gapLabel(r.gap),
                r.candidates.length > 0
                    ? r.candidates.map(strategyLabel).join(' or ')
                    : strategyLabel(r.strategy) + (r.strategyNote ? ` (${r.strategyNote})` : ''),
                r.candidates.length > 0 ? 'on a dividing line: choose one' : (r.strategySource ?? ''),
                axisLabel(r.power),
                axisLabel(r.interest),
                r.quadrant,
                r.participation.reached ?? '',
                r.participation.needed ?? '',
                r.participation.shortfall ? 'yes' : '',
            ]),
        },
        {
            id: 'assessment',
            title: 'Engagement assessment matrix (C current, D desired)',
            headers: ['Stakeholder', ...ENGAGEMENT_LEVELS.map(levelLabel), 'Trend', 'Assessed levels'],
            rows: engagement.matrix.map(r => [
                r.name,
                ...ENGAGEMENT_LEVELS.map(l => r.marks[l].join(' ')),
                r.trend,
                r.history.map(h => `${h.label}: ${h.level}`).join('; '),
            ]),
        },
        {
            id: 'summary',
            title: 'Summary of stakeholder identification, categorization and analysis (Table I.1)',
            headers: ['Group', 'Stakeholder', 'Scale', 'Sector', 'Aims', 'Challenges', 'Potential', 'Constraints', 'Role', 'Contributions'],
            rows: summary.flatMap(s =>
                s.rows.map(r => [
                    s.label,
                    r.name,
                    r.scale,
                    r.sector,
                    joined(r.aims),
                    joined(r.challenges),
                    joined(r.potential),
                    joined(r.constraints),
                    joined(r.roles),
                    joined(r.contributions),
                ]),
            ),
        },
        {
            id: 'classification',
            title: 'Classification (Figure 2)',
            headers: ['Category', ...classification.columns.map(c => c.label)],
            rows: classification.rows.map((row, i) => [
                row.label,
                ...classification.cells[i].map(cell => cell.map(s => s.name).join('; ')),
            ]),
        },
        {
            id: 'coverage',
            title: 'Coverage of the standard stakeholder groups',
            headers: ['Standard group', 'Clause', 'Status', 'Stakeholders or reason'],
            rows: coverage.groups.map(g => [
                g.label,
                g.clause,
                g.status,
                g.status === 'excluded' ? (g.reason ?? '') : g.stakeholders.map(s => s.name).join('; '),
            ]),
        },
        {
            id: 'register',
            title: 'Register of consultations, grievance mechanisms and KPIs',
            headers: ['Kind', 'Name', 'Details', 'Findings'],
            rows: [...coverage.consultations, ...coverage.grievances, ...coverage.kpis].map(e => [
                e.kind,
                e.name,
                e.facts.map(([k, v]) => `${k}: ${v}`).join('; '),
                e.findings.map(f => `${f.severity} ${f.code}: ${f.message}`).join('; '),
            ]),
        },
        ...processTables(report),
    ];
}
