/**
 * Stands in for VS Code's webview API inside the playground's preview frame, so the preview
 * script of the extension runs unchanged: its messages go to the parent page, and only messages
 * from the parent page (same origin) reach it.
 */
interface HostApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}

let state: unknown;
const api: HostApi = {
    postMessage: message => window.parent.postMessage(message, window.location.origin),
    getState: () => state,
    setState: next => {
        state = next;
    },
};
(globalThis as unknown as { acquireVsCodeApi: () => HostApi }).acquireVsCodeApi = () => api;

// Registered before the preview script's own listener, so a message from any other window is dropped.
window.addEventListener('message', event => {
    if (event.source !== window.parent || event.origin !== window.location.origin) event.stopImmediatePropagation();
});
