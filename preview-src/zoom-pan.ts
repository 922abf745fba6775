/**
 * Zoom (wheel, buttons) and pan (drag) of a diagram by changing its viewBox, so the drawing stays
 * sharp. The viewBox is reported back to the caller, which keeps it across updates.
 */

/** A viewBox `[x, y, width, height]`. */
export type ViewBox = [number, number, number, number];

/** The natural viewBox of a diagram, from the size its renderer recorded. */
export function naturalBox(svg: SVGSVGElement): ViewBox {
    return [0, 0, Number(svg.dataset.width) || 100, Number(svg.dataset.height) || 100];
}

function apply(svg: SVGSVGElement, box: ViewBox): void {
    svg.setAttribute('viewBox', box.map(v => Math.round(v * 100) / 100).join(' '));
}

/** Zooms a box by `factor` (above 1 zooms in) around a point given in box coordinates. */
export function zoomBox(box: ViewBox, factor: number, cx: number, cy: number, natural: ViewBox): ViewBox {
    const w = Math.min(natural[2] * 4, Math.max(natural[2] / 8, box[2] / factor));
    const h = w * (box[3] / box[2]);
    return [cx - (cx - box[0]) * (w / box[2]), cy - (cy - box[1]) * (h / box[3]), w, h];
}

/** Makes `svg` zoomable and pannable; `onChange` receives every new viewBox. Returns whether a drag just happened. */
export function enableZoomPan(svg: SVGSVGElement, container: HTMLElement, initial: ViewBox | undefined, onChange: (box: ViewBox) => void): { dragged(): boolean } {
    const natural = naturalBox(svg);
    let box: ViewBox = initial ?? natural;
    apply(svg, box);
    const set = (next: ViewBox) => { box = next; apply(svg, box); onChange(box); };
    const toBox = (clientX: number, clientY: number): [number, number] => {
        const rect = svg.getBoundingClientRect();
        return [box[0] + ((clientX - rect.left) / rect.width) * box[2], box[1] + ((clientY - rect.top) / rect.height) * box[3]];
    };
    svg.addEventListener('wheel', event => {
        if (!event.ctrlKey && !event.metaKey && !event.altKey) return; // plain wheel keeps scrolling the page
        event.preventDefault();
        const [cx, cy] = toBox(event.clientX, event.clientY);
        set(zoomBox(box, event.deltaY < 0 ? 1.15 : 1 / 1.15, cx, cy, natural));
    }, { passive: false });
    let start: { x: number; y: number; box: ViewBox } | undefined;
    let moved = false;
    svg.addEventListener('pointerdown', event => {
        if (event.button !== 0) return;
        start = { x: event.clientX, y: event.clientY, box };
        moved = false;
    });
    svg.addEventListener('pointermove', event => {
        if (!start) return;
        const dx = event.clientX - start.x, dy = event.clientY - start.y;
        if (!moved && Math.hypot(dx, dy) < 4) return;
        if (!moved) { moved = true; svg.setPointerCapture(event.pointerId); container.classList.add('panning'); }
        const rect = svg.getBoundingClientRect();
        set([start.box[0] - dx * (box[2] / rect.width), start.box[1] - dy * (box[3] / rect.height), box[2], box[3]]);
    });
    const end = () => { start = undefined; container.classList.remove('panning'); };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    const controls = document.createElement('div');
    controls.className = 'ssc-zoom';
    for (const [label, title, action] of [
        ['+', 'Zoom in (or Ctrl + wheel)', () => set(zoomBox(box, 1.25, box[0] + box[2] / 2, box[1] + box[3] / 2, natural))],
        ['−', 'Zoom out', () => set(zoomBox(box, 1 / 1.25, box[0] + box[2] / 2, box[1] + box[3] / 2, natural))],
        ['Fit', 'Show the whole drawing', () => set(natural)],
    ] as Array<[string, string, () => void]>) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = label;
        button.title = title;
        button.addEventListener('click', action);
        controls.append(button);
    }
    container.append(controls);
    svg.addEventListener('dblclick', () => set(natural));
    return { dragged: () => moved };
}
