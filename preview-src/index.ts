/**
 * The preview webview app: receives rendered views from the extension, shows them as tabs, keeps
 * zoom and pan across updates, and reports clicks (reveal) and export buttons back.
 */
import type { ExportFormat, ExportMessage, ToWebview, ViewId } from '../protocol/webview-messages.js';
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
        // A view may hold several drawings (the plan by stakeholder and by owner); each keeps its own zoom.
        section.querySelectorAll<HTMLElement>('.ssc-figure').forEach((figure, i) => {
            const svg = figure.querySelector<SVGSVGElement>('svg.ssc-diagram');
            if (!svg) return;
            const key = i === 0 ? view : `${view}-${i}`;
            dragTrackers.push(
                enableZoomPan(svg, figure, state.zoom[key], box => {
                    state.zoom[key] = box;
                    saveState(state);
                }),
            );
        });
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('#ssc-views input[data-ssc-toggle]')) {
        input.checked = state.toggles.includes(input.dataset.sscToggle ?? '');
    }
}

/** The drawing an SVG export of the view on screen means: switches pick the variant shown. */
function drawingOnScreen(view: ViewId): ExportMessage['view'] {
    if (view === 'grid' && state.toggles.includes('trajectories')) return 'trajectories';
    if (view === 'plan' && state.toggles.includes('plan-owner')) return 'plan-owner';
    return view;
}

document.addEventListener('change', event => {
    const input = event.target as HTMLInputElement | null;
    const name = input?.dataset?.sscToggle;
    if (!input || !name) return;
    state.toggles = [...state.toggles.filter(t => t !== name), ...(input.checked ? [name] : [])];
    saveState(state);
});

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
        const format = button.dataset.export as ExportFormat;
        post({ type: 'export', format, view: format === 'svg' ? drawingOnScreen(state.view) : state.view });
        return;
    }
    if (dragTrackers.some(t => t.dragged())) return; // the end of a pan is not a click
    reveal(event.target);
});

document.addEventListener('keydown', event => {
    if ((event.key === 'Enter' || event.key === ' ') && reveal(event.target)) event.preventDefault();
});

/** The width a drawing has in the pane: the content box of a figure's canvas, or of the page when no figure is shown yet. */
function drawingWidth(): number {
    const canvas = [...document.querySelectorAll<HTMLElement>('#ssc-views .ssc-view:not([hidden]) .ssc-canvas')].find(
        c => c.clientWidth > 0,
    );
    if (canvas) return canvas.clientWidth;
    const main = document.getElementById('ssc-views')!;
    const style = getComputedStyle(main);
    // A figure has a 1 px border and its padding (8 px, 6 px in a narrow pane) inside the page's padding.
    const figure = window.innerWidth <= 640 ? 14 : 18;
    return Math.floor(main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - figure);
}

let reportedWidth = 0;
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
/** Tells the extension the drawings' width when it changed noticeably, so they are laid out again for it. */
function reportLayout(): void {
    const top = document.querySelector<HTMLElement>('.ssc-preview-top');
    if (top) document.documentElement.style.setProperty('--ssc-top-height', `${top.offsetHeight}px`);
    const width = drawingWidth();
    if (width > 0 && Math.abs(width - reportedWidth) >= 16) {
        reportedWidth = width;
        post({ type: 'layout', width });
    }
}
new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(reportLayout, 150);
}).observe(document.body);

post({ type: 'ready' });
reportLayout();
