/**
 * Everything the views need, computed once from an analysis and the rule findings. The tables and
 * most drawings are computed synchronously ({@link prepareViews}); only the interaction map needs
 * the asynchronous ELK layout, so outputs that do not show it (Markdown, CSV, the other SVG views)
 * never pay for it. {@link prepareReport} adds the map.
 */
import type { Analysis } from '../analysis.js';
import { classificationView, type ClassificationView } from './classification-view.js';
import { coverageView, type CoverageView } from './coverage-view.js';
import { engagementView, type EngagementView } from './engagement-view.js';
import { declaredElements, type Finding } from './findings.js';
import { layoutGrid, type GridLayout } from './grid-layout.js';
import type { MapLayoutCache } from './map-elk.js';
import { layoutMap, type MapLayout } from './map-layout.js';
import { layoutOnion, type OnionLayout } from './onion-layout.js';
import { summaryView, type SummarySection } from './summary-view.js';
import { layoutPlan, type PlanLayout } from './plan-layout.js';
import { processInput, type ProcessInput } from './process-input.js';
import { reviewView, type ReviewView } from './review-view.js';
import { layoutSalience, type SalienceLayout } from './salience-layout.js';
import { layoutTrajectories, type TrajectoryLayer } from './trajectory-layout.js';

/** The computed views of one analysis, without the interaction map. */
export interface ReportViews {
    analysis: Analysis;
    findings: readonly Finding[];
    /** The width the drawings were laid out for (see {@link ViewOptions}); undefined for the report's widths. */
    width?: number;
    grid: GridLayout;
    engagement: EngagementView;
    summary: SummarySection[];
    classification: ClassificationView;
    onion: OnionLayout;
    coverage: CoverageView;
    /** What the process views read (actions, review, salience, participation, trajectories). */
    process: ProcessInput;
    /** The plan on a time axis, by stakeholder and by owner. */
    plan: PlanLayout;
    planByOwner: PlanLayout;
    review: ReviewView;
    salience: SalienceLayout;
    /** Assessed positions on the grid, oldest to newest. */
    trajectories: TrajectoryLayer;
    /** Declaration place of every element key used in `data-ssc-ref` attributes. */
    targets: Record<string, { file: string; line: number }>;
}

/** The computed views of one analysis, with the laid-out interaction map. */
export interface ReportData extends ReportViews {
    map: MapLayout;
}

/** How the views are laid out. */
export interface ViewOptions {
    /** The width (px) the drawings have on screen (the preview pane's): drawings lay out for it at full size, so their text is never scaled down. Unset: the report's width. */
    width?: number;
}

/** Computes every view but the map, synchronously; `findings` feed the register and coverage findings. */
export function prepareViews(analysis: Analysis, findings: readonly Finding[] = [], options: ViewOptions = {}): ReportViews {
    const targets: ReportViews['targets'] = {};
    for (const d of declaredElements(analysis)) targets[d.key] ??= { file: d.file, line: d.line };
    const process = processInput(analysis);
    const labels = new Map<string, { text: string; w: number }>(),
        bandLines = new Map<string, string[]>();
    const grid = layoutGrid(analysis, options);
    return {
        analysis,
        findings,
        width: options.width,
        grid,
        engagement: engagementView(analysis),
        summary: summaryView(analysis),
        classification: classificationView(analysis),
        onion: layoutOnion(analysis),
        coverage: coverageView(analysis, findings),
        process,
        plan: layoutPlan(process, { grouping: 'stakeholder', width: options.width, labels, bandLines }),
        planByOwner: layoutPlan(process, { grouping: 'owner', width: options.width, labels, bandLines }),
        review: reviewView(process),
        salience: layoutSalience(process, { width: options.width }),
        trajectories: layoutTrajectories(grid, process),
        targets,
    };
}

/** Computes all views of an analysis, the map included (its layout reused from `layouts` when unchanged). */
export async function prepareReport(
    analysis: Analysis,
    findings: readonly Finding[] = [],
    layouts?: MapLayoutCache,
    options: ViewOptions = {},
): Promise<ReportData> {
    const views = prepareViews(analysis, findings, options);
    return { ...views, map: await layoutMap(analysis, undefined, layouts, options) };
}
