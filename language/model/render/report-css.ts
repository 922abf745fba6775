/**
 * The stylesheet of the report and the preview. Colours come from the VS Code theme variables when
 * the page runs in a webview, with light and dark fallbacks for the standalone report. Engagement
 * colours follow the Okabe–Ito palette, which stays distinguishable with colour-vision deficiencies.
 */

const THEME = `
:root{--ssc-fg:var(--vscode-editor-foreground,#1f2328);--ssc-bg:var(--vscode-editor-background,#ffffff);--ssc-muted:var(--vscode-descriptionForeground,#59636e);
--ssc-border:var(--vscode-panel-border,#d0d7de);--ssc-grid:var(--vscode-editorIndentGuide-background,#d8dee4);--ssc-surface:var(--vscode-editorWidget-background,#f6f8fa);
--ssc-accent:var(--vscode-textLink-foreground,#0969da);--ssc-focus:var(--vscode-focusBorder,#0969da);
--ssc-error:var(--vscode-editorError-foreground,#cf222e);--ssc-warning:var(--vscode-editorWarning-foreground,#9a6700);--ssc-info:var(--vscode-editorInfo-foreground,#0969da);
--ssc-font:var(--vscode-font-family,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif);
--ssc-lvl-unaware:#8c959f;--ssc-lvl-resistant:#d55e00;--ssc-lvl-neutral:#e69f00;--ssc-lvl-supportive:#3d9fd8;--ssc-lvl-leading:#009e73;--ssc-lvl-none:transparent;
--ssc-q-manage-closely:#d55e00;--ssc-q-keep-satisfied:#cc79a7;--ssc-q-keep-informed:#0072b2;--ssc-q-monitor:#8c959f;
--ssc-ring-core:#0072b2;--ssc-ring-direct:#009e73;--ssc-ring-indirect:#e69f00;--ssc-ring-wider:#8c959f}
@media (prefers-color-scheme:dark){:root{--ssc-fg:var(--vscode-editor-foreground,#e6edf3);--ssc-bg:var(--vscode-editor-background,#0d1117);
--ssc-muted:var(--vscode-descriptionForeground,#9198a1);--ssc-border:var(--vscode-panel-border,#3d444d);--ssc-grid:var(--vscode-editorIndentGuide-background,#30363d);
--ssc-surface:var(--vscode-editorWidget-background,#161b22);--ssc-accent:var(--vscode-textLink-foreground,#4493f8)}}
body.vscode-light{color-scheme:light}body.vscode-dark{color-scheme:dark}
`;

/** Styles of the diagrams alone: embedded in standalone SVG files and part of {@link REPORT_CSS}. */
export const DIAGRAM_CSS = `${THEME}
.ssc-diagram{font-family:var(--ssc-font);font-size:12px;max-width:100%;height:auto;color:var(--ssc-fg)}
.ssc-diagram .bg{fill:var(--ssc-bg)}
.ssc-diagram text{fill:var(--ssc-fg)}
.ssc-diagram .muted{fill:var(--ssc-muted);font-size:11px}
.ssc-diagram .small{font-size:10.5px}
.ssc-diagram .strong{font-weight:600}
.ssc-diagram .heading{font-weight:600;font-size:13px}
.ssc-diagram .halo{paint-order:stroke;stroke:var(--ssc-bg);stroke-width:3.5px;stroke-linejoin:round}
.ssc-diagram .frame{fill:none;stroke:var(--ssc-border);stroke-width:1}
.ssc-diagram .gridline{stroke:var(--ssc-grid);stroke-width:1}
.ssc-diagram .midline{stroke:var(--ssc-muted);stroke-width:1.2;stroke-dasharray:5 4}
.ssc-diagram .leader{stroke:var(--ssc-muted);stroke-width:.8}
.ssc-diagram .q-manage-closely{fill:var(--ssc-q-manage-closely)}.ssc-diagram .q-keep-satisfied{fill:var(--ssc-q-keep-satisfied)}
.ssc-diagram .q-keep-informed{fill:var(--ssc-q-keep-informed)}.ssc-diagram .q-monitor{fill:var(--ssc-q-monitor)}
.ssc-diagram rect.quadrant{fill-opacity:.07}
.ssc-diagram text.caption.q-manage-closely,.ssc-diagram text.caption.q-keep-satisfied,.ssc-diagram text.caption.q-keep-informed,.ssc-diagram text.caption.q-monitor{fill:var(--ssc-fg);font-weight:700;font-size:13px}
.ssc-diagram .lvl-unaware{fill:var(--ssc-lvl-unaware)}.ssc-diagram .lvl-resistant{fill:var(--ssc-lvl-resistant)}.ssc-diagram .lvl-neutral{fill:var(--ssc-lvl-neutral)}
.ssc-diagram .lvl-supportive{fill:var(--ssc-lvl-supportive)}.ssc-diagram .lvl-leading{fill:var(--ssc-lvl-leading)}
.ssc-diagram .lvl-none{fill:var(--ssc-bg);stroke:var(--ssc-muted);stroke-dasharray:2 2}
.ssc-diagram circle.dot{stroke:var(--ssc-bg);stroke-width:1.5}
.ssc-diagram circle.dot.lvl-none{stroke:var(--ssc-muted);stroke-dasharray:2 2}
.ssc-diagram circle.ring{fill:none;stroke-width:2.5}
.ssc-diagram circle.ring.lvl-unaware{stroke:var(--ssc-lvl-unaware)}.ssc-diagram circle.ring.lvl-resistant{stroke:var(--ssc-lvl-resistant)}
.ssc-diagram circle.ring.lvl-neutral{stroke:var(--ssc-lvl-neutral)}.ssc-diagram circle.ring.lvl-supportive{stroke:var(--ssc-lvl-supportive)}
.ssc-diagram circle.ring.lvl-leading{stroke:var(--ssc-lvl-leading)}
.ssc-diagram .gap{fill:var(--ssc-accent);font-weight:700}
.ssc-diagram .group-box{fill:var(--ssc-surface);stroke:var(--ssc-border);stroke-width:1}
.ssc-diagram .group-box.custom{stroke-dasharray:6 3}
.ssc-diagram .node-box{fill:var(--ssc-bg);stroke:var(--ssc-muted);stroke-width:1}
.ssc-diagram .node-box.undeclared{stroke-dasharray:4 3}
.ssc-diagram .edge{fill:none;stroke:var(--ssc-muted);stroke-width:1.3}.ssc-diagram .edge.member{stroke-dasharray:3 3}
.ssc-diagram .arrowhead{fill:var(--ssc-muted)}
.ssc-diagram .edge-label{fill:var(--ssc-bg);fill-opacity:.92}
.ssc-diagram .ring-core{fill:var(--ssc-ring-core)}.ssc-diagram .ring-direct{fill:var(--ssc-ring-direct)}
.ssc-diagram .ring-indirect{fill:var(--ssc-ring-indirect)}.ssc-diagram .ring-wider{fill:var(--ssc-ring-wider)}
.ssc-diagram circle.band{fill-opacity:.1;stroke:var(--ssc-border)}
.ssc-diagram text.num{font-size:10px;font-weight:700;fill:#000}.ssc-diagram text.num.on-none{fill:var(--ssc-fg)}
.ssc-diagram .cell{fill:var(--ssc-bg);stroke:var(--ssc-border)}
.ssc-diagram .head-cell{fill:var(--ssc-surface);stroke:var(--ssc-border)}
.ssc-diagram .chip{fill:var(--ssc-surface);stroke:var(--ssc-border)}
.ssc-diagram [data-ssc-ref]{cursor:pointer}
.ssc-diagram [data-ssc-ref]:hover .node-box,.ssc-diagram [data-ssc-ref]:hover .chip{stroke:var(--ssc-focus);stroke-width:2}
.ssc-diagram [data-ssc-ref]:focus{outline:none}.ssc-diagram [data-ssc-ref]:focus-visible .dot,.ssc-diagram [data-ssc-ref]:focus-visible .node-box{stroke:var(--ssc-focus);stroke-width:3}
body.vscode-high-contrast .ssc-diagram rect.quadrant,body.vscode-high-contrast-light .ssc-diagram rect.quadrant{fill-opacity:0}
body.vscode-high-contrast .ssc-diagram .frame,body.vscode-high-contrast .ssc-diagram .node-box,body.vscode-high-contrast .ssc-diagram .group-box,body.vscode-high-contrast .ssc-diagram .cell{stroke:var(--vscode-contrastBorder,#6fc3df)}
body.vscode-high-contrast .ssc-diagram .edge{stroke:var(--ssc-fg);stroke-width:1.6}body.vscode-high-contrast .ssc-diagram .arrowhead{fill:var(--ssc-fg)}
body.vscode-high-contrast .ssc-diagram circle.dot{stroke:var(--ssc-fg)}
.ssc-diagram .band-even{fill:var(--ssc-surface);fill-opacity:.7}.ssc-diagram .band-odd{fill:none}
.ssc-diagram .asof{stroke:var(--ssc-accent);stroke-width:2}.ssc-diagram text.asof-text{fill:var(--ssc-accent)}
.ssc-diagram .review-line{stroke:var(--ssc-muted);stroke-width:1.5;stroke-dasharray:6 4}
.ssc-diagram .act-mark{stroke:var(--ssc-bg);stroke-width:1.2}
.ssc-diagram .st-open .act-mark{fill:var(--ssc-accent)}.ssc-diagram .st-overdue .act-mark{fill:var(--ssc-error)}
.ssc-diagram .st-overdue text.label{fill:var(--ssc-error);font-weight:600}
.ssc-diagram .st-done .act-mark{fill:var(--ssc-lvl-leading)}
.ssc-diagram .st-dropped .act-mark{fill:var(--ssc-bg);stroke:var(--ssc-muted);stroke-dasharray:2 1.5}
.ssc-diagram .st-dropped text.label{fill:var(--ssc-muted);text-decoration:line-through}
.ssc-diagram text.act-bang{fill:#fff;font-size:11px;font-weight:800}
.ssc-diagram [data-ssc-ref]:hover .act-mark{stroke:var(--ssc-focus);stroke-width:2.5}
.ssc-diagram [data-ssc-ref]:hover text.label,.ssc-diagram .band-label[data-ssc-ref]:hover text{text-decoration:underline}
.ssc-diagram .sal-circle{fill-opacity:.07;stroke-width:1.6}
.ssc-diagram .sal-power{fill:var(--ssc-q-manage-closely);stroke:var(--ssc-q-manage-closely)}
.ssc-diagram .sal-legitimacy{fill:var(--ssc-q-keep-informed);stroke:var(--ssc-q-keep-informed)}
.ssc-diagram .sal-urgency{fill:var(--ssc-q-keep-satisfied);stroke:var(--ssc-q-keep-satisfied)}
.ssc-diagram .sal-outside{fill:none;stroke:var(--ssc-border);stroke-dasharray:5 3}
.ssc-diagram text.sal-caption{font-weight:600;font-style:italic}.ssc-diagram text.num.sal-num{font-size:11px}
.ssc-diagram .traj-line{fill:none;stroke-width:2;stroke-opacity:.8}.ssc-diagram .traj-stop{stroke:var(--ssc-bg);stroke-width:1}
.ssc-diagram .traj-end{stroke:var(--ssc-fg);stroke-width:1}.ssc-diagram .tl-none{stroke:var(--ssc-muted)}
.ssc-diagram .traj-head.tl-none,.ssc-diagram .traj-stop.tl-none,.ssc-diagram .traj-end.tl-none{fill:var(--ssc-muted)}
.ssc-diagram .tl-unaware{stroke:var(--ssc-lvl-unaware)}.ssc-diagram .traj-head.tl-unaware,.ssc-diagram .traj-stop.tl-unaware,.ssc-diagram .traj-end.tl-unaware{fill:var(--ssc-lvl-unaware)}
.ssc-diagram .tl-resistant{stroke:var(--ssc-lvl-resistant)}.ssc-diagram .traj-head.tl-resistant,.ssc-diagram .traj-stop.tl-resistant,.ssc-diagram .traj-end.tl-resistant{fill:var(--ssc-lvl-resistant)}
.ssc-diagram .tl-neutral{stroke:var(--ssc-lvl-neutral)}.ssc-diagram .traj-head.tl-neutral,.ssc-diagram .traj-stop.tl-neutral,.ssc-diagram .traj-end.tl-neutral{fill:var(--ssc-lvl-neutral)}
.ssc-diagram .tl-supportive{stroke:var(--ssc-lvl-supportive)}.ssc-diagram .traj-head.tl-supportive,.ssc-diagram .traj-stop.tl-supportive,.ssc-diagram .traj-end.tl-supportive{fill:var(--ssc-lvl-supportive)}
.ssc-diagram .tl-leading{stroke:var(--ssc-lvl-leading)}.ssc-diagram .traj-head.tl-leading,.ssc-diagram .traj-stop.tl-leading,.ssc-diagram .traj-end.tl-leading{fill:var(--ssc-lvl-leading)}
.ssc-diagram .traj:hover .traj-line{stroke-width:3.5;stroke-opacity:1}
body.vscode-high-contrast .ssc-diagram .sal-circle{fill-opacity:0;stroke:var(--ssc-fg)}
`;

/** Styles of the whole report page and the preview body. */
export const REPORT_CSS = `${DIAGRAM_CSS}
body{margin:0;background:var(--ssc-bg);color:var(--ssc-fg);font-family:var(--ssc-font);font-size:var(--vscode-font-size,14px);line-height:1.45}
.ssc-report{max-width:1280px;margin:0 auto;padding:20px 28px 48px}
.ssc-report header h1{font-size:1.6em;margin:0 0 4px;font-weight:600}
.ssc-report .meta{color:var(--ssc-muted);margin:0 0 12px}
.ssc-report .counts span{margin-right:14px}
.ssc-nav{display:flex;flex-wrap:wrap;gap:4px;border-bottom:1px solid var(--ssc-border);margin:12px 0 8px;padding:0}
.ssc-nav a,.ssc-nav button{font:inherit;color:var(--ssc-fg);background:none;border:0;border-bottom:2px solid transparent;padding:6px 10px;text-decoration:none;cursor:pointer}
.ssc-nav a:hover,.ssc-nav button:hover{color:var(--ssc-accent)}
.ssc-nav [aria-selected=true]{border-bottom-color:var(--ssc-accent);color:var(--ssc-accent)}
.ssc-view{margin:18px 0 36px}
.ssc-view h2{font-size:1.25em;font-weight:600;margin:0 0 4px}
.ssc-view h3{font-size:1.05em;font-weight:600;margin:22px 0 6px}
.ssc-view .lede{color:var(--ssc-muted);margin:0 0 12px;max-width:80ch}
.ssc-view .note{border-left:3px solid var(--ssc-info);background:var(--ssc-surface);padding:6px 10px;margin:0 0 12px;max-width:80ch}
.ssc-figure{border:1px solid var(--ssc-border);border-radius:6px;padding:8px;overflow:hidden;background:var(--ssc-bg)}
.ssc-table-wrap{overflow-x:auto}
table.ssc-table{border-collapse:collapse;width:100%;font-size:.92em}
.ssc-table th,.ssc-table td{border:1px solid var(--ssc-border);padding:5px 8px;text-align:left;vertical-align:top}
.ssc-table thead th{background:var(--ssc-surface);font-weight:600;position:sticky;top:0}
.ssc-table tbody th{font-weight:600}
.ssc-table tr.section th{background:var(--ssc-surface);font-weight:600}
.ssc-table td.mark{text-align:center;font-weight:700;white-space:nowrap}
.ssc-table ul{margin:0;padding-left:1.1em}
.ssc-table .suggested{font-style:italic;color:var(--ssc-muted)}
.ssc-table .mismatch{color:var(--ssc-warning);font-weight:600}
.ssc-preview .ssc-link{color:var(--ssc-accent);cursor:pointer;text-decoration:none}
.ssc-preview .ssc-link:hover{text-decoration:underline}
.pill{display:inline-block;padding:0 8px;border-radius:10px;font-size:.85em;font-weight:600;border:1px solid currentColor;white-space:nowrap}
.pill.present{color:var(--ssc-lvl-leading)}.pill.excluded{color:var(--ssc-muted)}.pill.missing{color:var(--ssc-error)}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:5px;vertical-align:-.05em}
.swatch.lvl-unaware{background:var(--ssc-lvl-unaware)}.swatch.lvl-resistant{background:var(--ssc-lvl-resistant)}.swatch.lvl-neutral{background:var(--ssc-lvl-neutral)}
.swatch.lvl-supportive{background:var(--ssc-lvl-supportive)}.swatch.lvl-leading{background:var(--ssc-lvl-leading)}.swatch.lvl-none{border:1px dashed var(--ssc-muted)}
.findings{list-style:none;margin:4px 0 0;padding:0}
.findings li{margin:2px 0}
.sev{font-weight:700;text-transform:uppercase;font-size:.75em;margin-right:6px}
.sev.error{color:var(--ssc-error)}.sev.warning{color:var(--ssc-warning)}.sev.info,.sev.hint{color:var(--ssc-info)}
.code{font-family:var(--vscode-editor-font-family,ui-monospace,SFMono-Regular,Menlo,Consolas,monospace);font-size:.9em;color:var(--ssc-muted)}
.none{color:var(--ssc-muted);font-style:italic}
.trend.rising{color:var(--ssc-lvl-leading)}.trend.falling{color:var(--ssc-error)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}
dl.facts dt{color:var(--ssc-muted)}dl.facts dd{margin:0}
.register-entry{border:1px solid var(--ssc-border);border-radius:6px;padding:8px 12px;margin:8px 0}
.register-entry h4{margin:0 0 4px;font-size:1em}
.muted{color:var(--ssc-muted);font-weight:normal}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.ssc-toggle{display:inline-flex;align-items:center;gap:6px;margin:0 0 8px;cursor:pointer;user-select:none}
.ssc-view:has(input[data-ssc-toggle=plan-owner]:checked) .plan-by-stakeholder,.ssc-view:has(input[data-ssc-toggle=plan-owner]:not(:checked)) .plan-by-owner{display:none}
.ssc-standalone .ssc-toggle:has(input[data-ssc-toggle=trajectories]){display:none}
.ssc-preview .ssc-view:has(input[data-ssc-toggle=trajectories]:not(:checked)) .trajectories{display:none}
.act-status{font-weight:600;white-space:nowrap}.act-status.st-overdue{color:var(--ssc-error)}.act-status.st-done{color:var(--ssc-lvl-leading)}.act-status.st-dropped{color:var(--ssc-muted);text-decoration:line-through}
.ssc-table td.shortfall{background:color-mix(in srgb,var(--ssc-warning) 12%,transparent)}
.ssc-table td.date{white-space:nowrap}
.review-head{display:flex;flex-wrap:wrap;gap:8px 24px;align-items:flex-start;border:1px solid var(--ssc-border);border-radius:6px;padding:8px 12px;margin:0 0 8px}
.review-status{margin:4px 0;font-size:1.05em}
ul.plain{margin:4px 0;padding-left:1.2em}
.trend.moved{color:var(--ssc-accent)}
@media print{.ssc-nav{display:none}.ssc-view{break-inside:avoid-page}}
`;
