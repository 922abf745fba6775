/**
 * The preview webview app: receives rendered views from the extension, shows them as tabs, keeps
 * zoom and pan across updates, and reports clicks (reveal) and export buttons back.
 */
import type { ExportFormat, ToWebview, ViewId } from '../protocol/webview-messages.js';
import { renderHeading, renderViews, selectView } from './render.js';
import { loadState, post, saveState } from './vscode-api.js';
import { enableZoomPan } from './zoom-pan.js';

const state = loadState();
const dragTrackers: Array<{ dragged(): boolean }> = [];

function show(view: ViewId): void {
    state.view = view;
    selectView(view);
    saveState(state);
}

function attachDiagrams(): void {
    dragTrackers.length = 0;
    for (const section of document.querySelectorAll<HTMLElement>('#ssc-views .ssc-view')) {
        const view = section.dataset.view as ViewId;
        const figure = section.querySelector<HTMLElement>('.ssc-figure');
        const svg = figure?.querySelector<SVGSVGElement>('svg.ssc-diagram');
        if (!figure || !svg) continue;
        dragTrackers.push(enableZoomPan(svg, figure, state.zoom[view], box => {
            state.zoom[view] = box;
            saveState(state);
        }));
    }
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    if (message?.type === 'update') {
        // Keep the reader's place: scroll position and zoom survive the content swap.
        const scroll = window.scrollY;
        renderHeading(message.payload, message.source);
        state.view = renderViews(message.payload, state.view);
        attachDiagrams();
        show(state.view);
        window.scrollTo(0, scroll);
    } else if (message?.type === 'error') {
        const banner = document.getElementById('ssc-banner')!;
        banner.hidden = false;
        banner.className = 'ssc-banner error';
        banner.textContent = message.message;
    }
});

function reveal(target: EventTarget | null): boolean {
    const element = (target as Element | null)?.closest?.('[data-ssc-ref]');
    const ref = element?.getAttribute('data-ssc-ref');
    if (!ref) return false;
    post({ type: 'reveal', ref });
    return true;
}

document.addEventListener('click', event => {
    const tab = (event.target as Element).closest?.<HTMLElement>('#ssc-tabs [role=tab]');
    if (tab?.dataset.view) {
        show(tab.dataset.view as ViewId);
        post({ type: 'view', view: tab.dataset.view as ViewId });
        return;
    }
    const button = (event.target as Element).closest?.<HTMLElement>('[data-export]');
    if (button) {
        post({ type: 'export', format: button.dataset.export as ExportFormat, view: state.view });
        return;
    }
    if (dragTrackers.some(t => t.dragged())) return; // the end of a pan is not a click
    reveal(event.target);
});

document.addEventListener('keydown', event => {
    if ((event.key === 'Enter' || event.key === ' ') && reveal(event.target)) event.preventDefault();
});

post({ type: 'ready' });
