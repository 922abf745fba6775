/**
 * Everything the views need, computed once from an analysis and the rule findings. The only
 * asynchronous step is the map layout; every renderer then works synchronously from this data.
 */
import type { Analysis } from '../analysis.js';
import { classificationView, type ClassificationView } from './classification-view.js';
import { coverageView, type CoverageView } from './coverage-view.js';
import { engagementView, type EngagementView } from './engagement-view.js';
import { declaredElements, type Finding } from './findings.js';
import { layoutGrid, type GridLayout } from './grid-layout.js';
import { layoutMap, type MapLayout } from './map-layout.js';
import { layoutOnion, type OnionLayout } from './onion-layout.js';
import { summaryView, type SummarySection } from './summary-view.js';

/** The computed views of one analysis. */
export interface ReportData {
    analysis: Analysis;
    findings: readonly Finding[];
    grid: GridLayout;
    engagement: EngagementView;
    summary: SummarySection[];
    classification: ClassificationView;
    map: MapLayout;
    onion: OnionLayout;
    coverage: CoverageView;
    /** Declaration place of every element key used in `data-ssc-ref` attributes. */
    targets: Record<string, { file: string; line: number }>;
}

/** Computes all views of an analysis; `findings` feed the register and coverage findings. */
export async function prepareReport(analysis: Analysis, findings: readonly Finding[] = []): Promise<ReportData> {
    const targets: ReportData['targets'] = {};
    for (const d of declaredElements(analysis)) targets[d.key] ??= { file: d.file, line: d.line };
    return {
        analysis, findings,
        grid: layoutGrid(analysis),
        engagement: engagementView(analysis),
        summary: summaryView(analysis),
        classification: classificationView(analysis),
        map: await layoutMap(analysis),
        onion: layoutOnion(analysis),
        coverage: coverageView(analysis, findings),
        targets,
    };
}
