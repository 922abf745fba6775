/**
 * The messages between the VS Code extension and the preview webview, both ways. Plain types only
 * (no runtime dependency but the guard below), so the extension and the webview bundle both import
 * this file; the LSP messages are in `server-messages.ts`.
 */
import type { PreviewPayload } from '../language/model/render/preview-payload.js';
import type { DiagramViewId, ViewId } from '../language/model/render/report-views.js';

export type { PreviewPayload, DiagramViewId, ViewId };

/** Export formats: the whole report as HTML, the tables as Markdown, CSV or an Excel workbook, one drawing as SVG. */
export type ExportFormat = 'html' | 'md' | 'csv' | 'xlsx' | 'svg';

// ---- extension → webview ---------------------------------------------------------------------

/** New content for the preview; `source` names the document the preview follows. */
export interface UpdateMessage {
    type: 'update';
    source: string;
    payload: PreviewPayload;
}
/** The server could not produce the preview. */
export interface ErrorMessage {
    type: 'error';
    message: string;
}
/** Messages the extension posts to the webview. */
export type ToWebview = UpdateMessage | ErrorMessage;

// ---- webview → extension ---------------------------------------------------------------------

/** The webview has loaded and wants content. */
export interface ReadyMessage {
    type: 'ready';
}
/** A click on an element: reveal its declaration (`ref` is a `data-ssc-ref` key). */
export interface RevealMessage {
    type: 'reveal';
    ref: string;
}
/** An export button: `view` is the view on screen (used for SVG). */
export interface ExportMessage {
    type: 'export';
    format: ExportFormat;
    view?: ViewId | DiagramViewId;
}
/** The user switched to another view (the extension remembers it for export commands). */
export interface ViewMessage {
    type: 'view';
    view: ViewId;
}
/** The width (CSS pixels) a drawing has in the pane, on load and whenever the pane is resized: drawings are laid out for it. */
export interface LayoutMessage {
    type: 'layout';
    width: number;
}
/** Messages the webview posts to the extension. */
export type FromWebview = ReadyMessage | RevealMessage | ExportMessage | ViewMessage | LayoutMessage;

const FORMATS: readonly string[] = ['html', 'md', 'csv', 'xlsx', 'svg'];
// Kept in step with VIEW_IDS of report-views.ts; the protocol file imports types only.
const VIEWS: readonly string[] = [
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
];
// Kept in step with DIAGRAM_VIEWS: an SVG export may name a drawing variant that is not a tab (the grid with trajectories).
const DRAWINGS: readonly string[] = ['grid', 'onion', 'map', 'classification', 'plan', 'plan-owner', 'salience', 'trajectories'];

/** Checks a message from the webview before the extension acts on it (webview content is untrusted). */
export function isFromWebview(value: unknown): value is FromWebview {
    if (typeof value !== 'object' || value === null) return false;
    const m = value as Record<string, unknown>;
    switch (m.type) {
        case 'ready':
            return true;
        case 'reveal':
            return typeof m.ref === 'string' && m.ref.length > 0 && m.ref.length < 1000;
        case 'view':
            return typeof m.view === 'string' && VIEWS.includes(m.view);
        case 'layout':
            return typeof m.width === 'number' && Number.isFinite(m.width) && m.width >= 100 && m.width <= 20000;
        case 'export':
            return (
                typeof m.format === 'string' &&
                FORMATS.includes(m.format) &&
                (m.view === undefined || (typeof m.view === 'string' && (VIEWS.includes(m.view) || DRAWINGS.includes(m.view))))
            );
        default:
            return false;
    }
}
