/**
 * Puts a preview payload on the page: heading, syntax-error banner, one tab and one section per
 * view. The HTML of the views comes escaped from the language server's renderers.
 */
import type { PreviewPayload, ViewId } from '../protocol/webview-messages.js';

function byId<T extends HTMLElement>(id: string): T {
    return document.getElementById(id) as T;
}

/** Shows the heading and the banner of a payload. */
export function renderHeading(payload: PreviewPayload, source: string): void {
    byId('ssc-title').textContent = payload.title;
    byId('ssc-meta').textContent = `${payload.meta} · ${payload.counts} · following ${source}`;
    const banner = byId('ssc-banner');
    if (payload.syntaxErrors > 0) {
        banner.hidden = false;
        banner.className = 'ssc-banner error';
        banner.textContent = `The model has ${payload.syntaxErrors} syntax error${payload.syntaxErrors === 1 ? '' : 's'}: the views show what parsed. Fix the errors to see everything.`;
    } else {
        banner.hidden = true;
        banner.textContent = '';
    }
}

/** Replaces tabs and sections with the payload's views; `active` is shown, the others hidden. */
export function renderViews(payload: PreviewPayload, active: ViewId): ViewId {
    const current = payload.views.some(v => v.id === active) ? active : (payload.views[0]?.id ?? 'grid');
    const tabs = byId('ssc-tabs');
    tabs.replaceChildren(
        ...payload.views.map(v => {
            const tab = document.createElement('button');
            tab.type = 'button';
            tab.setAttribute('role', 'tab');
            tab.id = `tab-${v.id}`;
            tab.dataset.view = v.id;
            tab.setAttribute('aria-controls', `view-${v.id}`);
            tab.setAttribute('aria-selected', String(v.id === current));
            tab.textContent = v.title;
            return tab;
        }),
    );
    const main = byId('ssc-views');
    main.replaceChildren(
        ...payload.views.map(v => {
            const section = document.createElement('section');
            section.className = 'ssc-view';
            section.id = `view-${v.id}`;
            section.dataset.view = v.id;
            section.dataset.diagram = String(v.diagram);
            section.setAttribute('role', 'tabpanel');
            section.setAttribute('aria-labelledby', `tab-${v.id}`);
            section.hidden = v.id !== current;
            const heading = document.createElement('h2');
            heading.textContent = `${v.title} `;
            const source = document.createElement('span');
            source.className = 'muted';
            source.textContent = `(${v.source})`;
            heading.append(source);
            const body = document.createElement('div');
            body.innerHTML = v.html;
            section.append(heading, body);
            return section;
        }),
    );
    return current;
}

/** Shows one view and hides the others. */
export function selectView(view: ViewId): void {
    for (const tab of document.querySelectorAll<HTMLElement>('#ssc-tabs [role=tab]'))
        tab.setAttribute('aria-selected', String(tab.dataset.view === view));
    for (const section of document.querySelectorAll<HTMLElement>('#ssc-views .ssc-view')) section.hidden = section.dataset.view !== view;
    const svgButton = document.querySelector<HTMLButtonElement>('[data-export=svg]');
    const section = document.getElementById(`view-${view}`);
    if (svgButton) svgButton.disabled = section?.dataset.diagram !== 'true';
}
