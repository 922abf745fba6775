/**
 * The custom LSP messages between the VS Code extension (client) and the language server, typed
 * once so both ends are checked against each other (as vscode-eslint's `$shared/customMessages.ts`).
 * Each message is a namespace holding its method name and its `RequestType`/`NotificationType`.
 */
import { LSPErrorCodes, NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { PreviewPayload } from '../language/model/render/preview-payload.js';
import type { DiagramViewId } from '../language/model/render/report-views.js';
import type { ExportFormat } from './webview-messages.js';

export type { ExportFormat, PreviewPayload };

/** Parameters of {@link PreviewRequest}: the document whose workspace is previewed. */
export interface PreviewParams {
    uri: string;
    /** The width in CSS pixels the preview pane has for a drawing: drawings are laid out for it (none: the report's width). */
    width?: number;
}

/**
 * Request `ssc/preview`: the rendered views of the workspace the document belongs to. The server
 * abandons a preview when the text changes while it is computing it, answering with the error
 * code {@link PreviewRequest.staleCode}; a client then keeps what it shows, since the build of
 * the new text is followed by {@link ModelChangedNotification}.
 */
export namespace PreviewRequest {
    export const method = 'ssc/preview' as const;
    export const type = new RequestType<PreviewParams, PreviewPayload, void>(method);
    /** The error code of an abandoned preview: LSP's `ContentModified`. */
    export const staleCode = LSPErrorCodes.ContentModified;
    /** Whether a failed request was abandoned because the text changed (not an error to show). */
    export function isStale(error: unknown): boolean {
        return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === staleCode;
    }
}

/** Parameters of {@link ExportRequest}; `view` is required for `svg`. */
export interface ExportParams {
    uri: string;
    format: ExportFormat;
    view?: DiagramViewId;
}

/** Result of {@link ExportRequest}: one file, or one per table for CSV; a binary file (xlsx) comes base64-encoded. */
export interface ExportResult {
    files: Array<{ name: string; content: string; encoding?: 'base64' }>;
}

/** Request `ssc/export`: one export of the workspace's report. */
export namespace ExportRequest {
    export const method = 'ssc/export' as const;
    export const type = new RequestType<ExportParams, ExportResult, void>(method);
}

/** Parameters of {@link ImportRegisterRequest}: the file's name (for the report) and its bytes, base64-encoded. */
export interface ImportRegisterParams {
    name: string;
    data: string;
    sheet?: string;
}

/**
 * Result of {@link ImportRegisterRequest}: the formatted model and the report, or, when the file
 * cannot be imported, the one-line reason (`error`) and no model.
 */
export type ImportRegisterResult =
    { ok: true; text: string; report: string; imported: number; skipped: number; sheets: string[] } | { ok: false; error: string };

/** Request `ssc/importRegister`: a stakeholder register (an .xlsx or CSV file) as `.ssc` text, as `ssc import` makes it. */
export namespace ImportRegisterRequest {
    export const method = 'ssc/importRegister' as const;
    export const type = new RequestType<ImportRegisterParams, ImportRegisterResult, void>(method);
}

/** Parameters of {@link ModelChangedNotification} (none yet; an object so fields can be added). */
export type ModelChangedParams = Record<string, never>;

/** Notification `ssc/modelChanged`: the server finished a build, so previews should refresh. */
export namespace ModelChangedNotification {
    export const method = 'ssc/modelChanged' as const;
    export const type = new NotificationType<ModelChangedParams>(method);
}

/** The `initializationOptions` the extension sends in the LSP `initialize` request. */
export interface SscInitializationOptions {
    /** False in an untrusted workspace: the server then ignores `.sscrc.json`. */
    workspaceTrusted?: boolean;
}

/** One rule of the catalogue with its full explanation (Markdown), for the "Explain rule" command. */
export interface RuleExplanation {
    code: string;
    severity: string;
    summary: string;
    markdown: string;
}

/** Request `ssc/rules`: every rule of the catalogue with its explanation. */
export namespace RulesRequest {
    export const method = 'ssc/rules' as const;
    export const type = new RequestType<Record<string, never>, RuleExplanation[], void>(method);
}

/** Parameters of {@link StarterModelRequest}: the city the starter model is for. */
export interface StarterModelParams {
    city?: string;
}

/** Request `ssc/starterModel`: the text `ssc init` writes (one skeleton stakeholder per standard group). */
export namespace StarterModelRequest {
    export const method = 'ssc/starterModel' as const;
    export const type = new RequestType<StarterModelParams, string, void>(method);
}

/** The answer to {@link ServerStatsRequest}. */
export interface ServerStats {
    /** Edits parsed by re-parsing one top-level element. */
    incremental: number;
    /** Edits parsed whole, by the reason the block path declined them. */
    fallbacks: Record<string, number>;
    /** JavaScript heap in use, after a garbage collection when the process allows one (`--expose-gc`). */
    heapUsedBytes: number;
}

/** Request `ssc/serverStats`: how edits were parsed and the heap in use, for the benchmark. */
export namespace ServerStatsRequest {
    export const method = 'ssc/serverStats' as const;
    export const type = new RequestType<Record<string, never>, ServerStats, void>(method);
}
