/**
 * The standalone HTML report (`ssc generate --format html`): one offline page holding every view,
 * with its stylesheet inline, no script at all, and a content security policy that forbids every
 * network request and script.
 */
import type { ReportData } from '../views/report-data.js';
import { escapeHtml } from './escape.js';
import { REPORT_CSS } from './report-css.js';
import { countsText, reportHeading } from './report-header.js';
import { renderViews } from './report-views.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The whole report as one self-contained HTML page. */
export function renderHtmlReport(report: ReportData, generator = 'SSC Stakeholder Studio'): string {
    const { title, meta } = reportHeading(report.analysis);
    const views = renderViews(report);
    const nav = views.map(v => `<a href="#view-${v.id}">${escapeHtml(v.title)}</a>`).join('');
    const sections = views
        .map(
            v =>
                `<section class="ssc-view" id="view-${v.id}" aria-labelledby="view-${v.id}-h">` +
                `<h2 id="view-${v.id}-h">${escapeHtml(v.title)} <span class="muted">(${escapeHtml(v.source)})</span></h2>${v.html}</section>`,
        )
        .join('\n');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(generator)}">
<title>${escapeHtml(title)}: stakeholder analysis</title>
<style>${REPORT_CSS}</style>
</head>
<body class="ssc-standalone">
<main class="ssc-report">
<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(meta)} · ${escapeHtml(countsText(report.analysis))}</p></header>
<nav class="ssc-nav" aria-label="Views">${nav}</nav>
${sections}
</main>
</body>
</html>
`;
}
