import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderCsvFiles } from '../../../../language/model/render/render-csv.js';
import { renderHtmlReport } from '../../../../language/model/render/render-html.js';
import { renderMarkdownReport } from '../../../../language/model/render/render-markdown.js';
import { DIAGRAM_VIEWS, renderDiagramSvg } from '../../../../language/model/render/report-views.js';
import type { ReportData } from '../../../../language/model/views/report-data.js';
import { ROOT } from '../../../helpers/cli.js';
import { exampleFiles, reportOf, VALENCIA_FINDINGS } from '../../../helpers/report.js';

const FOLDER = path.join(ROOT, 'test', 'golden', 'valencia');

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it instead. */
function golden(name: string, actual: string): void {
    const file = path.join(FOLDER, name);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
        if (!process.env.UPDATE_GOLDEN && process.env.CI) throw new Error(`golden file ${name} is missing`);
        mkdirSync(FOLDER, { recursive: true });
        writeFileSync(file, actual);
        return;
    }
    expect(actual, `${name} differs from its golden file (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(file, 'utf8'));
}

describe('golden outputs of the Valencia example', () => {
    let report: ReportData;
    beforeAll(async () => {
        report = await reportOf(exampleFiles('valencia'), VALENCIA_FINDINGS);
    });

    test('HTML report', () => golden('report.html', renderHtmlReport(report)));
    test('Markdown report', () => golden('report.md', renderMarkdownReport(report)));
    test('CSV tables', () => {
        for (const file of renderCsvFiles(report)) golden(file.name, file.content);
    });
    test.each([...DIAGRAM_VIEWS])('SVG of the %s view', view => golden(`${view}.svg`, renderDiagramSvg(report, view)));

    test('rendering twice gives the same text (no clock, no randomness)', async () => {
        const again = await reportOf(exampleFiles('valencia'), VALENCIA_FINDINGS);
        expect(renderHtmlReport(again)).toBe(renderHtmlReport(report));
    });
});
