import type { Analysis } from '../language/model/analysis.js';
import { renderJson } from '../language/model/render-json.js';
import type { OutputFile } from './write-output.js';

/** Renders the analysis in one format into one or more output files. */
export type AnalysisRenderer = (analysis: Analysis, view: string | undefined) => OutputFile[];

/** The output formats of `ssc generate`, by name; each format plugs in here. */
export const RENDERERS: Record<string, AnalysisRenderer> = {
    json: analysis => [{ name: 'ssc-analysis.json', content: renderJson(analysis) }],
};
