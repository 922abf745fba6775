/**
 * Everything the views need, computed once from an analysis and the rule findings. The tables and
 * most drawings are computed synchronously ({@link prepareViews}), each when first read; only the interaction map needs
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

/**
 * Computes every view but the map, synchronously; `findings` feed the register and coverage findings.
 * Each view is computed when first read, then kept: the tables of a CSV or workbook export read no
 * drawing, and laying out the grid, plan and salience drawings of 10,000 stakeholders took longer
 * than writing the whole workbook.
 */
export function prepareViews(analysis: Analysis, findings: readonly Finding[] = [], options: ViewOptions = {}): ReportViews {
    const labels = new Map<string, { text: string; w: number }>(),
        bandLines = new Map<string, string[]>();
    const views = { analysis, findings, width: options.width } as ReportViews;
    return lazily(views, {
        targets: () => {
            const targets: ReportViews['targets'] = {};
            for (const d of declaredElements(analysis)) targets[d.key] ??= { file: d.file, line: d.line };
            return targets;
        },
        process: () => processInput(analysis),
        grid: () => layoutGrid(analysis, options),
        engagement: () => engagementView(analysis),
        summary: () => summaryView(analysis),
        classification: () => classificationView(analysis),
        onion: () => layoutOnion(analysis),
        coverage: () => coverageView(analysis, findings),
        plan: () => layoutPlan(views.process, { grouping: 'stakeholder', width: options.width, labels, bandLines }),
        planByOwner: () => layoutPlan(views.process, { grouping: 'owner', width: options.width, labels, bandLines }),
        review: () => reviewView(views.process),
        salience: () => layoutSalience(views.process, { width: options.width }),
        trajectories: () => layoutTrajectories(views.grid, views.process),
    });
}

/** Defines each property of `compute` on `target` as computed on first read and kept (enumerable, so a spread copies the values). */
function lazily<T extends object>(target: T, compute: { [K in keyof T]?: () => T[K] }): T {
    for (const key of Object.keys(compute) as Array<keyof T>) {
        Object.defineProperty(target, key, {
            configurable: true,
            enumerable: true,
            get: () => {
                const value = compute[key]!();
                Object.defineProperty(target, key, { value, configurable: true, enumerable: true, writable: true });
                return value;
            },
        });
    }
    return target;
}

/** Computes all views of an analysis, the map included (its layout reused from `layouts` when unchanged). */
export async function prepareReport(
    analysis: Analysis,
    findings: readonly Finding[] = [],
    layouts?: MapLayoutCache,
    options: ViewOptions = {},
): Promise<ReportData> {
    const views = prepareViews(analysis, findings, options);
    // Assigned, not spread: a spread would compute every view now.
    return Object.assign(views, { map: await layoutMap(analysis, undefined, layouts, options) });
}
