/**
 * The preview webview's page: an empty shell that loads the preview script. Its content security
 * policy allows only the nonce-tagged script and stylesheet, and no network request of any kind.
 */
import { REPORT_CSS } from '../../language/model/render/report-css.js';

/** What the shell needs from the host. */
export interface ShellOptions {
    /** A fresh random value per page load. */
    nonce: string;
    /** The webview's resource origin (`webview.cspSource`). */
    cspSource: string;
    /** URI of `dist/preview/preview.js` as the webview sees it. */
    scriptUri: string;
}

const PREVIEW_CSS = `
body{padding:0}
.ssc-preview-top{position:sticky;top:0;z-index:2;background:var(--ssc-bg);padding:10px 20px 0;border-bottom:1px solid var(--ssc-border)}
.ssc-preview-top h1{font-size:1.25em;margin:0;font-weight:600}
.ssc-preview-top .meta{margin:2px 0 6px;font-size:.9em}
.ssc-toolbar{display:flex;flex-wrap:wrap;gap:6px;float:right;margin-top:2px}
.ssc-toolbar button,.ssc-zoom button{font:inherit;font-size:.85em;color:var(--vscode-button-secondaryForeground,var(--ssc-fg));background:var(--vscode-button-secondaryBackground,var(--ssc-surface));border:1px solid var(--vscode-button-border,var(--ssc-border));border-radius:3px;padding:3px 9px;cursor:pointer}
.ssc-toolbar button:hover,.ssc-zoom button:hover{background:var(--vscode-button-secondaryHoverBackground,var(--ssc-surface))}
.ssc-toolbar button:disabled{opacity:.5;cursor:default}
.ssc-nav{margin:6px 0 0;border-bottom:0}
.ssc-banner{margin:10px 20px 0;padding:8px 12px;border-radius:4px;border:1px solid var(--vscode-inputValidation-warningBorder,var(--ssc-warning));background:var(--vscode-inputValidation-warningBackground,transparent)}
.ssc-banner.error{border-color:var(--vscode-inputValidation-errorBorder,var(--ssc-error));background:var(--vscode-inputValidation-errorBackground,transparent)}
.ssc-banner[hidden]{display:none}
.ssc-report{padding-top:8px}
.ssc-view[hidden]{display:none}
.ssc-figure{position:relative}
.ssc-figure svg.ssc-diagram{touch-action:none;max-width:none;display:block}
.ssc-figure.panning svg{cursor:grabbing}
.ssc-canvas{overflow:auto}
.ssc-zoom{display:flex;justify-content:flex-end;gap:4px;margin:0 0 6px}
.ssc-figure.zoomed svg.ssc-diagram{width:100%;height:calc(100vh - var(--ssc-top-height,160px) - 40px);min-height:240px}
.ssc-preview .ssc-diagram .small,.ssc-preview .ssc-diagram text.num{font-size:11px}
@media (max-width:640px){.ssc-preview .ssc-report{padding:8px 10px 32px}.ssc-preview-top{padding:8px 10px 0}.ssc-preview .ssc-figure{padding:6px}}
[data-ssc-ref]:focus-visible{outline:2px solid var(--ssc-focus);outline-offset:2px}
.ssc-empty{color:var(--ssc-muted);padding:40px 20px}
`;

/** The page HTML of the preview webview. */
export function previewShell(options: ShellOptions): string {
    const { nonce, cspSource, scriptUri } = options;
    const csp = [
        "default-src 'none'",
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SSC preview</title>
<style nonce="${nonce}">${REPORT_CSS}${PREVIEW_CSS}</style>
</head>
<body class="ssc-preview">
<div class="ssc-preview-top">
  <div class="ssc-toolbar" role="toolbar" aria-label="Export">
    <button type="button" data-export="svg" title="Save the view on screen as an SVG drawing">Export view as SVG</button>
    <button type="button" data-export="html" title="Save every view as one offline HTML page">Export report (HTML)</button>
    <button type="button" data-export="md" title="Save the tables and the grid as Markdown">Tables as Markdown</button>
    <button type="button" data-export="csv" title="Save each table as a CSV file">Tables as CSV</button>
    <button type="button" data-export="xlsx" title="Save every table and the coloured grid as one Excel workbook">Tables as Excel</button>
  </div>
  <h1 id="ssc-title">Stakeholder analysis</h1>
  <p class="meta" id="ssc-meta">Waiting for the language server…</p>
  <nav class="ssc-nav" id="ssc-tabs" role="tablist" aria-label="Views"></nav>
</div>
<div class="ssc-banner" id="ssc-banner" role="status" hidden></div>
<main class="ssc-report" id="ssc-views"><p class="ssc-empty">Loading the analysis…</p></main>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>
`;
}
