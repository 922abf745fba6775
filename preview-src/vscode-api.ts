/**
 * The webview side of the host connection, typed with the shared protocol. In a browser test the
 * page defines `acquireVsCodeApi` itself.
 */
import type { FromWebview, ViewId } from '../protocol/webview-messages.js';

/** What the webview remembers across reloads and updates. */
export interface PreviewState {
    view: ViewId;
    /** The visible region of each diagram, as a viewBox `[x, y, width, height]`. */
    zoom: Partial<Record<string, [number, number, number, number]>>;
    /** Switches in the views (`data-ssc-toggle` checkboxes) that are on. */
    toggles: string[];
}

interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

/** Posts a typed message to the extension. */
export function post(message: FromWebview): void {
    api.postMessage(message);
}

/** The saved state, or the default one. */
export function loadState(): PreviewState {
    const saved = api.getState() as Partial<PreviewState> | undefined;
    return {
        view: saved?.view ?? 'grid',
        zoom: saved?.zoom ?? {},
        toggles: Array.isArray(saved?.toggles) ? saved.toggles.filter(t => typeof t === 'string') : [],
    };
}

/** Saves the state (VS Code keeps it while the panel is hidden and across reloads). */
export function saveState(state: PreviewState): void {
    api.setState(state);
}
