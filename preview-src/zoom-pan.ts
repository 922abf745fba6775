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

/**
 * Makes `svg` zoomable and pannable; `onChange` receives every new viewBox. Returns whether a drag just happened.
 *
 * At rest the drawing shows at full size (1 CSS pixel per unit, so its text keeps its size), in a
 * canvas that scrolls when the drawing is wider than the pane; dragging scrolls it. Zoomed, the
 * drawing fills the pane's width and height and the viewBox picks the part shown, at the zoom factor
 * relative to full size. "Fit" goes back to full size.
 */
export function enableZoomPan(
    svg: SVGSVGElement,
    container: HTMLElement,
    initial: ViewBox | undefined,
    onChange: (box: ViewBox) => void,
): { dragged(): boolean } {
    const natural = naturalBox(svg);
    let box: ViewBox = initial ?? natural;
    apply(svg, box);
    // The drawing sits in its own scrolling canvas with the controls above it, so no control ever
    // covers the drawing; zoomed in, the canvas takes the pane's height (see the preview's CSS).
    const canvas = document.createElement('div');
    canvas.className = 'ssc-canvas';
    svg.replaceWith(canvas);
    canvas.append(svg);
    const isNatural = (b: ViewBox) => b.every((v, i) => Math.abs(v - natural[i]) < 0.5);
    const zoomed = () => !isNatural(box);
    const mark = () => container.classList.toggle('zoomed', zoomed());
    mark();
    // Zoomed, the factor (pixels per drawing unit) the reader chose; kept when the pane changes size.
    let scale: number | undefined;
    const set = (next: ViewBox, nextScale?: number) => {
        box = next;
        scale = zoomed() ? (nextScale ?? scale) : undefined;
        apply(svg, box);
        mark();
        onChange(box);
    };
    // When the drawing's box changes size (pane resized, toolbar wrapped, a restored zoom meeting a new
    // layout), show the same part at the same factor instead of letting the SVG shrink it to fit.
    new ResizeObserver(() => {
        if (!zoomed()) return;
        const w = svg.clientWidth,
            h = svg.clientHeight;
        if (!w || !h) return;
        const factor = scale ?? Math.max(w / box[2], h / box[3]);
        const cx = box[0] + box[2] / 2,
            cy = box[1] + box[3] / 2;
        const next: ViewBox = [cx - w / factor / 2, cy - h / factor / 2, w / factor, h / factor];
        if (next.every((v, i) => Math.abs(v - box[i]) < 0.5)) return;
        set(next, factor);
    }).observe(svg);
    /** Zooms by `factor` around a point in drawing units (default: the middle of what is shown). */
    const zoomBy = (factor: number, at?: [number, number]) => {
        const wasZoomed = zoomed();
        const scale = wasZoomed ? svg.clientWidth / box[2] : 1;
        const centre: [number, number] =
            at ??
            (wasZoomed
                ? [box[0] + box[2] / 2, box[1] + box[3] / 2]
                : [canvas.scrollLeft + Math.min(canvas.clientWidth, natural[2]) / 2, natural[3] / 2]);
        container.classList.add('zoomed');
        const w = svg.clientWidth || canvas.clientWidth,
            h = svg.clientHeight || natural[3];
        const least = Math.min(w / natural[2], h / natural[3]) * 0.8;
        const next = Math.min(8, Math.max(least, scale * factor));
        set([centre[0] - w / next / 2, centre[1] - h / next / 2, w / next, h / next], next);
    };
    const toBox = (clientX: number, clientY: number): [number, number] => {
        const rect = svg.getBoundingClientRect();
        return [box[0] + ((clientX - rect.left) / rect.width) * box[2], box[1] + ((clientY - rect.top) / rect.height) * box[3]];
    };
    svg.addEventListener(
        'wheel',
        event => {
            if (!event.ctrlKey && !event.metaKey && !event.altKey) return; // plain wheel keeps scrolling the page
            event.preventDefault();
            zoomBy(event.deltaY < 0 ? 1.15 : 1 / 1.15, toBox(event.clientX, event.clientY));
        },
        { passive: false },
    );
    let start: { x: number; y: number; box: ViewBox; scroll: number } | undefined;
    let moved = false;
    svg.addEventListener('pointerdown', event => {
        if (event.button !== 0) return;
        start = { x: event.clientX, y: event.clientY, box, scroll: canvas.scrollLeft };
        moved = false;
    });
    svg.addEventListener('pointermove', event => {
        if (!start) return;
        const dx = event.clientX - start.x,
            dy = event.clientY - start.y;
        if (!moved && Math.hypot(dx, dy) < 4) return;
        if (!moved) {
            moved = true;
            svg.setPointerCapture(event.pointerId);
            container.classList.add('panning');
        }
        if (!zoomed()) {
            canvas.scrollLeft = start.scroll - dx;
            return;
        }
        const rect = svg.getBoundingClientRect();
        set([start.box[0] - dx * (box[2] / rect.width), start.box[1] - dy * (box[3] / rect.height), box[2], box[3]]);
    });
    const end = () => {
        start = undefined;
        container.classList.remove('panning');
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    const controls = document.createElement('div');
    controls.className = 'ssc-zoom';
    for (const [label, title, action] of [
        ['+', 'Zoom in (or Ctrl + wheel)', () => zoomBy(1.25)],
        ['−', 'Zoom out', () => zoomBy(1 / 1.25)],
        ['Fit', 'Back to the whole drawing at full size (100 %)', () => set(natural)],
    ] as Array<[string, string, () => void]>) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = label;
        button.title = title;
        button.addEventListener('click', action);
        controls.append(button);
    }
    controls.setAttribute('role', 'toolbar');
    controls.setAttribute('aria-label', 'Zoom');
    container.insertBefore(controls, canvas);
    svg.addEventListener('dblclick', () => set(natural));
    return { dragged: () => moved };
}
