/**
 * SVG of the stakeholder onion (clause 4.1 b): four rings, the most involved at the core, each
 * stakeholder a numbered marker in its engagement colour, with a key beside the rings.
 */
import type { OnionLayout } from '../views/onion-layout.js';
import { escapeHtml } from './escape.js';
import { levelClass, n, refAttrs, svgDocument, svgText } from './svg-kit.js';

/** The onion as an SVG element (embedded in a page) or a standalone SVG file. */
export function renderOnionSvg(o: OnionLayout, standalone = false): string {
    const parts: string[] = [];
    for (const ring of [...o.rings].reverse()) {
        parts.push(`<circle class="band ring-${ring.layer}" cx="${n(o.cx)}" cy="${n(o.cy)}" r="${n(ring.rOut)}"/>`);
    }
    for (const ring of o.rings) {
        parts.push(svgText(o.cx, o.cy - ring.rOut + 16, `${ring.label} (${ring.count})`, 'strong halo', 'middle'));
    }
    for (const d of o.dots) {
        const cls = levelClass(d.current);
        parts.push(
            `<g${refAttrs(`stakeholder:${d.id}`)}><title>${escapeHtml(`${d.number}. ${d.name} (${d.layer}; engagement ${d.current ?? 'not given'})`)}</title>` +
                `<circle class="dot ${cls}" cx="${n(d.x)}" cy="${n(d.y)}" r="10"/>` +
                `<text class="num${cls === 'lvl-none' ? ' on-none' : ''}" x="${n(d.x)}" y="${n(d.y + 3.5)}" text-anchor="middle">${d.number}</text></g>`,
        );
    }
    for (const line of o.key) {
        if (line.kind === 'header') {
            parts.push(svgText(line.x, line.y - 4, line.text, 'heading'));
        } else if (line.id === undefined) {
            parts.push(svgText(line.x + 26, line.y - 4, line.text, 'muted'));
        } else {
            const cls = levelClass(line.current);
            const marker =
                line.number !== undefined
                    ? `<circle class="dot ${cls}" cx="${n(line.x + 9)}" cy="${n(line.y - 8)}" r="9"/><text class="num small${cls === 'lvl-none' ? ' on-none' : ''}" x="${n(line.x + 9)}" y="${n(line.y - 4.5)}" text-anchor="middle">${line.number}</text>`
                    : `<circle class="dot ${cls}" cx="${n(line.x + 9)}" cy="${n(line.y - 8)}" r="4"/>`;
            parts.push(
                `<g${refAttrs(`stakeholder:${line.id}`)}>${line.full && line.full !== line.text ? `<title>${escapeHtml(line.full)}</title>` : ''}${marker}${svgText(line.x + 26, line.y - 4, line.text, '')}</g>`,
            );
        }
    }
    return svgDocument(
        {
            view: 'onion',
            width: o.width,
            height: o.height,
            standalone,
            title: 'Stakeholder onion',
            description: `Rings from the most involved (core) to the most passive (wider): ${o.rings.map(r => `${r.label} ${r.count}`).join(', ')}.`,
        },
        parts.join(''),
    );
}
