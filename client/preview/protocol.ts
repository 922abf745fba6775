/**
 * The one protocol of the preview: the custom LSP messages between extension and language server,
 * and the messages between the extension and the preview webview, both ways. Plain types only, so
 * the server, the extension and the webview bundle all import this file.
 */
import type { PreviewPayload } from '../../language/model/render/preview-payload.js';
import type { DiagramViewId, ViewId } from '../../language/model/render/report-views.js';

export type { PreviewPayload, DiagramViewId, ViewId };

// ---- extension ↔ language server -------------------------------------------------------------

/** Request `ssc/preview`: the rendered views of the workspace the document belongs to. */
export const PREVIEW_REQUEST = 'ssc/preview';
/** Parameters of {@link PREVIEW_REQUEST}. */
export interface PreviewParams { uri: string }

/** Request `ssc/export`: one export of the workspace's report. */
export const EXPORT_REQUEST = 'ssc/export';
/** Export formats: the whole report as HTML, the tables as Markdown, CSV or an Excel workbook, one drawing as SVG. */
export type ExportFormat = 'html' | 'md' | 'csv' | 'xlsx' | 'svg';
/** Parameters of {@link EXPORT_REQUEST}; `view` is required for `svg`. */
export interface ExportParams { uri: string; format: ExportFormat; view?: DiagramViewId }
/** Result of {@link EXPORT_REQUEST}: one file, or one per table for CSV; a binary file (xlsx) comes base64-encoded. */
export interface ExportResult { files: Array<{ name: string; content: string; encoding?: 'base64' }> }

/** Request `ssc/importRegister`: turn a stakeholder register (the bytes of an .xlsx or CSV file) into `.ssc` text. */
export const IMPORT_REGISTER_REQUEST = 'ssc/importRegister';
/** Parameters of {@link IMPORT_REGISTER_REQUEST}: the file's name (for the report) and its bytes, base64-encoded. */
export interface ImportRegisterParams { name: string; data: string; sheet?: string }
/**
 * Result of {@link IMPORT_REGISTER_REQUEST}: the formatted model and the report, or, when the file
 * cannot be imported, the one-line reason (`error`) and no model.
 */
export type ImportRegisterResult =
    | { ok: true; text: string; report: string; imported: number; skipped: number; sheets: string[] }
    | { ok: false; error: string };

/** Notification `ssc/modelChanged`: the server finished a build, so previews should refresh. */
export const MODEL_CHANGED_NOTIFICATION = 'ssc/modelChanged';

// ---- extension → webview ---------------------------------------------------------------------

/** New content for the preview; `source` names the document the preview follows. */
export interface UpdateMessage { type: 'update'; source: string; payload: PreviewPayload }
/** The server could not produce the preview. */
export interface ErrorMessage { type: 'error'; message: string }
/** Messages the extension posts to the webview. */
export type ToWebview = UpdateMessage | ErrorMessage;

// ---- webview → extension ---------------------------------------------------------------------

/** The webview has loaded and wants content. */
export interface ReadyMessage { type: 'ready' }
/** A click on an element: reveal its declaration (`ref` is a `data-ssc-ref` key). */
export interface RevealMessage { type: 'reveal'; ref: string }
/** An export button: `view` is the view on screen (used for SVG). */
export interface ExportMessage { type: 'export'; format: ExportFormat; view?: ViewId }
/** The user switched to another view (the extension remembers it for export commands). */
export interface ViewMessage { type: 'view'; view: ViewId }
/** Messages the webview posts to the extension. */
export type FromWebview = ReadyMessage | RevealMessage | ExportMessage | ViewMessage;

const FORMATS: readonly string[] = ['html', 'md', 'csv', 'xlsx', 'svg'];
// Kept in step with VIEW_IDS of report-views.ts; the protocol file imports types only.
const VIEWS: readonly string[] = ['grid', 'engagement', 'summary', 'classification', 'map', 'onion', 'coverage'];

/** Checks a message from the webview before the extension acts on it (webview content is untrusted). */
export function isFromWebview(value: unknown): value is FromWebview {
    if (typeof value !== 'object' || value === null) return false;
    const m = value as Record<string, unknown>;
    switch (m.type) {
        case 'ready': return true;
        case 'reveal': return typeof m.ref === 'string' && m.ref.length > 0 && m.ref.length < 1000;
        case 'view': return typeof m.view === 'string' && VIEWS.includes(m.view);
        case 'export': return typeof m.format === 'string' && FORMATS.includes(m.format) && (m.view === undefined || (typeof m.view === 'string' && VIEWS.includes(m.view)));
        default: return false;
    }
}
