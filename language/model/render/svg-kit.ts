/**
 * Small helpers shared by the SVG renderers. Every user string passes through {@link escapeHtml};
 * class names are built only from vocabulary identifiers checked here, never from user text.
 */
import { ENGAGEMENT_LEVELS, STRATEGIES } from '../vocabulary.js';
import { DIAGRAM_CSS } from './report-css.js';
import { escapeHtml } from './escape.js';

/** A number as written in SVG attributes: at most one decimal. */
export function n(value: number): string {
    return String(Math.round(value * 10) / 10);
}

/** The CSS class of an engagement level (`lvl-none` for anything outside the vocabulary). */
export function levelClass(level: string | null | undefined): string {
    return level && (ENGAGEMENT_LEVELS as readonly string[]).includes(level) ? `lvl-${level}` : 'lvl-none';
}

/** The CSS class of a strategy or quadrant (`q-none` for anything outside the vocabulary). */
export function strategyClass(strategy: string | null | undefined): string {
    return strategy && (STRATEGIES as readonly string[]).includes(strategy) ? `q-${strategy}` : 'q-none';
}

/** Attributes that make an element reveal the declaration `key` when clicked in the preview. */
export function refAttrs(key: string): string {
    return ` data-ssc-ref="${escapeHtml(key)}" tabindex="0"`;
}

/** A `<text>` element; `text` is escaped. */
export function svgText(x: number, y: number, text: string, cls: string, anchor: 'start' | 'middle' | 'end' = 'start'): string {
    const a = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
    return `<text x="${n(x)}" y="${n(y)}" class="${cls}"${a}>${escapeHtml(text)}</text>`;
}

/** Options of {@link svgDocument}. */
export interface SvgOptions {
    /** The view id, used in classes and element ids. */
    view: string;
    width: number;
    height: number;
    title: string;
    description: string;
    /** A standalone file carries its own stylesheet and XML namespace; an embedded one takes the page's. */
    standalone: boolean;
}

/** Wraps diagram content in an accessible `<svg>` element. */
export function svgDocument(options: SvgOptions, body: string): string {
    const { view, width, height, standalone } = options;
    const ns = standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
    const style = standalone ? `<style>${DIAGRAM_CSS}</style>` : '';
    const size = ` width="${n(width)}" height="${n(height)}"`;
    return (
        `<svg${ns} class="ssc-diagram ssc-${view}" viewBox="0 0 ${n(width)} ${n(height)}"${size} role="img" aria-labelledby="ssc-${view}-title ssc-${view}-desc" data-width="${n(width)}" data-height="${n(height)}">` +
        `<title id="ssc-${view}-title">${escapeHtml(options.title)}</title><desc id="ssc-${view}-desc">${escapeHtml(options.description)}</desc>${style}` +
        (standalone ? `<rect class="bg" x="0" y="0" width="${n(width)}" height="${n(height)}"/>` : '') +
        body +
        '</svg>\n'
    );
}

/** The arrowhead markers used by the map and the grid. */
export function arrowMarkers(view: string): string {
    return (
        `<defs><marker id="ssc-${view}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
        `<path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>`
    );
}
