import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../language/model/views/findings.js';
import { prepareReport, type ReportData } from '../../language/model/views/report-data.js';
import { ROOT } from './cli.js';
import { buildWorkspace } from './workspace.js';

/** The `.ssc` files of an example folder, by file name. */
export function exampleFiles(name: string): Record<string, string> {
    const folder = path.join(ROOT, 'examples', name);
    return Object.fromEntries(
        readdirSync(folder)
            .filter(f => f.endsWith('.ssc'))
            .sort()
            .map(f => [f, readFileSync(path.join(folder, f), 'utf8')]),
    );
}

/**
 * A fixed set of findings for the Valencia example, so golden files test the renderers and do not
 * move whenever a rule's wording changes.
 */
export const VALENCIA_FINDINGS: Finding[] = [
    {
        code: 'identification/missing-standard-group',
        severity: 'warning',
        file: 'city.ssc',
        line: 2,
        message: 'Example finding on the programme.',
    },
    {
        code: 'consultation/late-information',
        severity: 'warning',
        file: 'engagement.ssc',
        line: 33,
        message: 'Example finding inside the mobility hearing.',
    },
    {
        code: 'kpi/examiner-not-municipality',
        severity: 'info',
        file: 'engagement.ssc',
        line: 25,
        message: 'Example finding inside the bus KPI.',
    },
];

/** The report of an example (or of inline files) with the given findings. */
export async function reportOf(files: Record<string, string> | string, findings: Finding[] = []): Promise<ReportData> {
    const workspace = await buildWorkspace(files);
    return prepareReport(workspace.analysis(), findings);
}
