import { describe, expect, test } from 'vitest';
import { renderCsvFiles } from '../../../../language/model/render/render-csv.js';
import { renderHtmlReport } from '../../../../language/model/render/render-html.js';
import { renderMarkdownReport } from '../../../../language/model/render/render-markdown.js';
import { previewPayload } from '../../../../language/model/render/preview-payload.js';
import { renderDiagramSvg } from '../../../../language/model/render/report-views.js';
import { HOSTILE_PROCESS_MODEL, largeProcessModel, modelReport, PROCESS_MODEL } from '../../../helpers/process-model.js';
import { reportOf } from '../../../helpers/report.js';

const NEW_DRAWINGS = ['plan', 'plan-owner', 'salience', 'trajectories'] as const;

describe('the process views as HTML, SVG, CSV and Markdown', () => {
    test('every action, and every stakeholder of the new views, reveals its declaration', async () => {
        const report = await modelReport(largeProcessModel(12, 20));
        const payload = previewPayload(report, 0);
        expect(payload.views.map(v => v.id)).toEqual([
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
        ]);
        for (const a of report.process.actions) expect(payload.targets[`action:${a.id}`]).toEqual({ file: 'model.ssc', line: a.line });
        const html = Object.fromEntries(payload.views.map(v => [v.id, v.html]));
        for (const a of report.process.actions) expect(html.plan).toContain(`data-ssc-ref="action:${a.id}"`);
        const refs = (text: string) => new Set([...text.matchAll(/data-ssc-ref="([^"]+)"/g)].map(m => m[1]));
        for (const id of ['plan', 'review', 'salience', 'grid']) {
            for (const ref of refs(html[id])) expect(payload.targets[ref], `${ref} in ${id}`).toBeDefined();
        }
        expect(html.grid).toContain('data-ssc-toggle="trajectories"');
        expect(html.grid).toContain('class="trajectories"');
        expect(html.plan).toContain('data-ssc-toggle="plan-owner"');
    });

    test('the engagement table shows the IAP2 level reached and needed, shortfall marked, in HTML, CSV and Markdown', async () => {
        const report = await modelReport(PROCESS_MODEL);
        const html = renderHtmlReport(report);
        expect(html).toContain('<th scope="col">Participation reached (IAP2)</th><th scope="col">Strategy needs</th>');
        const short = report.engagement.rows.filter(r => r.participation.shortfall);
        expect(short.length).toBeGreaterThan(0);
        expect(html.match(/▼ short of /g)?.length).toBe(short.length);
        const csv = renderCsvFiles(report)
            .find(f => f.name === 'engagement.csv')!
            .content.split('\r\n');
        expect(csv[0]).toContain('Participation reached (IAP2),Participation needed,Participation shortfall');
        const row = short[0];
        expect(csv.find(line => line.startsWith(row.name))).toMatch(
            new RegExp(`,${row.participation.reached ?? ''},${row.participation.needed},yes$`),
        );
    });

    test('plan, review and salience tables in CSV and Markdown', async () => {
        const report = await modelReport(largeProcessModel(12, 20));
        const files = Object.fromEntries(renderCsvFiles(report).map(f => [f.name, f.content]));
        const plan = files['plan.csv'].trimEnd().split('\r\n');
        expect(plan[0]).toBe('Action,Id,With,Owner,IAP2 level,Toward,Channel,Due,Status,Done on,Days overdue,Reason dropped');
        expect(plan).toHaveLength(21);
        expect(plan.filter(l => l.includes(',overdue,')).length).toBe(report.plan.counts.overdue);
        expect(files['review.csv']).toContain('never assessed');
        expect(files['salience.csv'].split('\r\n')[0]).toBe('Stakeholder,Power,Legitimacy,Urgency,Class,Meaning');
        const md = renderMarkdownReport(report);
        expect(md).toContain('## Engagement plan (actions by due date)');
        expect(md).toContain('## Review: change between the last two assessments');
        expect(md).toContain('## Salience (power, legitimacy, urgency)');
    });

    test('each new drawing is a standalone SVG file', async () => {
        const report = await modelReport(largeProcessModel(12, 20));
        for (const view of NEW_DRAWINGS) {
            const svg = renderDiagramSvg(report, view);
            expect(svg, view).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
            expect(svg, view).toContain('<style>');
        }
        expect(renderDiagramSvg(report, 'trajectories')).toContain('class="trajectories"');
        expect(renderDiagramSvg(report, 'grid')).not.toContain('class="trajectories"');
    });

    test('a model without any process data still gets every view, saying what is missing', async () => {
        const report = await reportOf('stakeholder A "Alpha" : citizens { power 4 interest 4 engagement neutral -> supportive }');
        const html = renderHtmlReport(report);
        expect(html).toContain('No action is planned yet');
        expect(html).toContain('no cadence stated');
        expect(html).toContain('Outside the circles');
        expect(html).toContain('Not classified (1)');
        for (const view of NEW_DRAWINGS) expect(renderDiagramSvg(report, view)).toMatch(/^<svg/);
    });

    test('hostile text stays text in HTML and SVG, and formulas are neutralised in CSV', async () => {
        const report = await modelReport(HOSTILE_PROCESS_MODEL);
        for (const text of [renderHtmlReport(report), ...NEW_DRAWINGS.map(v => renderDiagramSvg(report, v))]) {
            expect(text).not.toMatch(/<script/i);
            expect(text).not.toMatch(/<img/i);
            expect(text).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
        }
        expect(renderDiagramSvg(report, 'plan')).toContain('&lt;script&gt;window.__pwned=9&lt;/script&gt;');
        expect(renderDiagramSvg(report, 'trajectories')).toContain('&lt;img src=x onerror=window.__pwned=10&gt;');
        const plan = renderCsvFiles(report).find(f => f.name === 'plan.csv')!.content;
        expect(plan).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
        expect(plan).toContain("'@SUM(A1)");
        const md = renderMarkdownReport(report);
        expect(md).toContain('\\[click\\](javascript:alert(1)) \\| broken \\|');
    });
});
