/**
 * The views of the report as HTML fragments, in display order. The standalone report, the preview
 * and the exports all take their content from here, so they never disagree.
 */
import type { MapLayout } from '../views/map-layout.js';
import type { ReportData, ReportViews } from '../views/report-data.js';
import { escapeHtml } from './escape.js';
import { renderCoverage } from './html-coverage.js';
import { renderAssessmentMatrix, renderEngagementTable } from './html-engagement.js';
import { renderSummaryTable } from './html-summary.js';
import { renderClassificationSvg } from './svg-classification.js';
import { renderGridSvg } from './svg-grid.js';
import { renderMapSvg } from './svg-map.js';
import { renderOnionSvg } from './svg-onion.js';
import { renderPlanView } from './html-plan.js';
import { renderReview } from './html-review.js';
import { renderPlanSvg } from './svg-plan.js';
import { renderSalienceSvg } from './svg-salience.js';

/** Identifiers of the views, in display order. */
export const VIEW_IDS = [
    'grid',
    'engagement',
    'plan',
    'review',
    'salience',
    'summary',
    'classification',
    'map',
    'onion',
    'coverage',
] as const;
/** A view identifier. */
export type ViewId = (typeof VIEW_IDS)[number];
/** Views that are drawings and can be exported as SVG. */
export const DIAGRAM_VIEWS = ['grid', 'onion', 'map', 'classification', 'plan', 'plan-owner', 'salience', 'trajectories'] as const;
/** A drawing view identifier. */
export type DiagramViewId = (typeof DIAGRAM_VIEWS)[number];

/** One rendered view. */
export interface RenderedView {
    id: ViewId;
    /** Tab title. */
    title: string;
    /** Where the view comes from in the Supplement. */
    source: string;
    /** The inner HTML of the view's section (without its heading). */
    html: string;
    /** Whether the view is a drawing (zoomable, exportable as SVG). */
    diagram: boolean;
}

const LEDES: Record<ViewId, string> = {
    grid: "Where each stakeholder stands by power and interest, and the strategy each quadrant calls for. Colour shows today's engagement; a ring shows the level the programme wants to reach.",
    engagement:
        'The engagement level of every stakeholder today and the level sought, with the strategy to get there. Strategies not declared in the model are suggested from the grid position and marked as such.',
    summary:
        "Each stakeholder's scale and sector, aims and challenges, potential and constraints, and role and contribution, grouped by stakeholder group.",
    classification:
        'Stakeholders by their part in the programme (active, beneficiary, affected as supporter or opponent) against their role as enablers or drivers of technology and of the smart city.',
    map: 'Who relates to whom: stakeholders grouped by stakeholder group, relations as labelled arrows (two heads for mutual relations).',
    onion: 'How closely each stakeholder is involved, from the core (most involved) to the wider ring (most passive).',
    plan: 'What is being done about each stakeholder, by whom and by when: every action at its due date, coloured by status, with the as-of date and the next review drawn across. Overdue actions are open actions past their due date.',
    review: 'What the next review meeting needs: the cadence and dates, actions overdue or falling due, stakeholders never assessed, gaps with no action, and who moved between the last two assessments.',
    salience:
        'Who to attend to first, by power, legitimacy and urgency (Mitchell, Agle and Wood): an attribute counts when it is above 3. Stakeholders with a value of exactly 3, or without legitimacy or urgency, are listed beside the drawing.',
    coverage:
        'Which of the twelve standard stakeholder groups the model covers, and the register of consultations, grievance mechanisms and KPIs with what the rules found.',
};

function figure(svg: string): string {
    return `<div class="ssc-figure">${svg}</div>`;
}

function aggregatedNote(map: MapLayout): string {
    return map.aggregated ? `<p class="note" role="note"><strong>Aggregated map.</strong> ${escapeHtml(map.aggregated)}</p>` : '';
}

function gridWithTrajectories(report: ReportViews): string {
    if (report.trajectories.trajectories.length === 0) return figure(renderGridSvg(report.grid));
    // The switch matters only in the preview; the standalone report always shows the trajectories.
    return (
        `<label class="ssc-toggle"><input type="checkbox" data-ssc-toggle="trajectories"> Show trajectories: each stakeholder's assessed positions, oldest to newest</label>` +
        figure(renderGridSvg(report.grid, false, report.trajectories))
    );
}

/** The views of a report in display order, each with the layouts it reads and the function that renders it. */
function viewsOf(report: ReportData): Array<Omit<RenderedView, 'html'> & { needs: ReadonlyArray<keyof ReportViews>; html: () => string }> {
    const lede = (id: ViewId) => `<p class="lede">${LEDES[id]}</p>`;
    return [
        {
            id: 'grid',
            title: 'Power/interest grid',
            source: 'Figure 4',
            diagram: true,
            needs: ['grid', 'trajectories'],
            html: () => lede('grid') + gridWithTrajectories(report),
        },
        {
            id: 'engagement',
            title: 'Engagement',
            source: 'Table 1',
            diagram: false,
            needs: ['engagement'],
            html: () =>
                lede('engagement') +
                renderEngagementTable(report.engagement) +
                '<h3>Engagement assessment matrix</h3>' +
                renderAssessmentMatrix(report.engagement),
        },
        {
            id: 'plan',
            title: 'Plan',
            source: 'clause 4.2',
            diagram: true,
            needs: ['process', 'plan', 'planByOwner'],
            html: () => lede('plan') + renderPlanView(report.process, report.plan, report.planByOwner),
        },
        {
            id: 'review',
            title: 'Review',
            source: 'clause 4.2',
            diagram: false,
            needs: ['review'],
            html: () => lede('review') + renderReview(report.review, report.findings),
        },
        {
            id: 'salience',
            title: 'Salience',
            source: 'Mitchell, Agle and Wood',
            diagram: true,
            needs: ['salience'],
            html: () => lede('salience') + figure(renderSalienceSvg(report.salience)),
        },
        {
            id: 'summary',
            title: 'Summary matrix',
            source: 'Table I.1',
            diagram: false,
            needs: ['summary'],
            html: () => lede('summary') + renderSummaryTable(report.summary),
        },
        {
            id: 'classification',
            title: 'Classification',
            source: 'Figure 2',
            diagram: true,
            needs: ['classification'],
            html: () => lede('classification') + figure(renderClassificationSvg(report.classification, false, report.width)),
        },
        {
            id: 'map',
            title: 'Interaction map',
            source: 'Figure 3',
            diagram: true,
            needs: [],
            html: () => lede('map') + aggregatedNote(report.map) + figure(renderMapSvg(report.map)),
        },
        {
            id: 'onion',
            title: 'Onion',
            source: 'clause 4.1 b',
            diagram: true,
            needs: ['onion'],
            html: () => lede('onion') + figure(renderOnionSvg(report.onion)),
        },
        {
            id: 'coverage',
            title: 'Coverage and register',
            source: 'clauses 3.1, 4.2, 5',
            diagram: false,
            needs: ['coverage'],
            html: () => lede('coverage') + renderCoverage(report.coverage),
        },
    ];
}

/** Renders every view of a report as HTML fragments (embedded SVG for the drawings). */
export function renderViews(report: ReportData): RenderedView[] {
    return viewsOf(report).map(({ html, needs: _, ...view }) => ({ ...view, html: html() }));
}

/**
 * {@link renderViews} one view at a time, awaiting `between()` after each, so that a server
 * rendering a large model keeps answering other messages; `between` may throw to abandon the work
 * (a newer edit made it stale).
 */
export async function renderViewsStepwise(report: ReportData, between: () => Promise<void>): Promise<RenderedView[]> {
    const views: RenderedView[] = [];
    for (const { html, needs, ...view } of viewsOf(report)) {
        // The layouts a view reads are computed on first read (prepareViews): each is a step of its own.
        for (const need of needs) {
            void report[need];
            await between();
        }
        views.push({ ...view, html: html() });
        await between();
    }
    void report.targets;
    return views;
}

/** One drawing view as a standalone SVG file; only the map view needs the report's map. */
export function renderDiagramSvg(report: ReportViews & { map?: MapLayout }, view: DiagramViewId): string {
    switch (view) {
        case 'grid':
            return renderGridSvg(report.grid, true);
        case 'onion':
            return renderOnionSvg(report.onion, true);
        case 'map':
            if (!report.map) throw new Error('the map view needs the laid-out map (prepareReport)');
            return renderMapSvg(report.map, true);
        case 'classification':
            return renderClassificationSvg(report.classification, true);
        case 'plan':
            return renderPlanSvg(report.plan, true);
        case 'plan-owner':
            return renderPlanSvg(report.planByOwner, true);
        case 'salience':
            return renderSalienceSvg(report.salience, true);
        case 'trajectories':
            return renderGridSvg(report.grid, true, report.trajectories);
    }
}
