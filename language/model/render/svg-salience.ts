/**
 * SVG of the salience diagram: three overlapping circles (power, legitimacy, urgency), each
 * classified stakeholder a dot in its engagement colour inside its class's region, and beside it
 * the legend, the stakeholders on a line, those not classified, and the key of numbered dots.
 */
import type { SalienceAside, SalienceDot, SalienceLayout } from '../views/salience-layout.js';
import { levelLabel } from '../views/labels.js';
import { truncate } from '../views/text-metrics.js';
import { ENGAGEMENT_LEVELS } from '../vocabulary.js';
import { escapeHtml } from './escape.js';
import { levelClass, n, refAttrs, svgDocument, svgText } from './svg-kit.js';

const PANEL_TEXT = 296;

function dot(d: SalienceDot): string {
    const cls = levelClass(d.current);
    const body =
        d.number !== null
            ? `<circle class="dot ${cls}" cx="${n(d.x)}" cy="${n(d.y)}" r="9"/><text class="num sal-num${cls === 'lvl-none' ? ' on-none' : ''}" x="${n(d.x)}" y="${n(d.y + 3.8)}" text-anchor="middle">${d.number}</text>`
            : `<circle class="dot ${cls}" cx="${n(d.x)}" cy="${n(d.y)}" r="5"/>${svgText(d.x + 8, d.y + 4, d.text ?? '', 'label halo')}`;
    return `<g class="sal"${refAttrs(`stakeholder:${d.id}`)}><title>${escapeHtml(d.title)}</title>${body}</g>`;
}

function asideList(x: number, y: number, heading: string, items: readonly SalienceAside[], empty: string): { svg: string; y: number } {
    const parts = [svgText(x, y, `${heading} (${items.length})`, 'heading')];
    y += 6;
    if (items.length === 0) return { svg: parts.join('') + svgText(x, y + 14, empty, 'muted'), y: y + 36 };
    for (const item of items) {
        parts.push(
            `<g${refAttrs(`stakeholder:${item.id}`)}><title>${escapeHtml(`${item.name}: ${item.detail}`)}</title>` +
                `<circle class="dot ${levelClass(item.current)}" cx="${n(x + 5)}" cy="${n(y + 10)}" r="5"/>${svgText(x + 16, y + 15, truncate(item.name, PANEL_TEXT - 16), '')}` +
                `${svgText(x + 16, y + 29, truncate(item.detail, PANEL_TEXT - 16, 11), 'muted')}</g>`,
        );
        y += 34;
    }
    return { svg: parts.join(''), y: y + 18 };
}

function panel(s: SalienceLayout): { svg: string; bottom: number } {
    const x = s.panel.x;
    let y = s.panel.y;
    const parts: string[] = [svgText(x, y, 'Current engagement (dot colour)', 'heading')];
    y += 8;
    for (const level of [...ENGAGEMENT_LEVELS, null]) {
        parts.push(
            `<circle class="dot ${levelClass(level)}" cx="${n(x + 6)}" cy="${n(y + 9)}" r="5"/>`,
            svgText(x + 18, y + 13, level ? levelLabel(level) : 'Not assessed', ''),
        );
        y += 18;
    }
    y += 22;
    parts.push(svgText(x, y, 'An attribute counts when above 3.', 'muted'));
    y += 28;
    const border = asideList(x, y, 'On a line (a value of 3)', s.borderline, 'none');
    const loose = asideList(x, border.y, 'Not classified', s.unclassified, 'none');
    parts.push(border.svg, loose.svg);
    y = loose.y;
    if (s.keyed.length > 0) {
        parts.push(svgText(x, y, 'Numbered dots (crowded regions)', 'heading'));
        y += 6;
        for (const k of s.keyed) {
            parts.push(
                `<g${refAttrs(`stakeholder:${k.id}`)}><title>${escapeHtml(`${k.name}: ${k.detail}`)}</title>${svgText(x, y + 15, `${k.number}  ${truncate(k.name, PANEL_TEXT - 30)}`, '')}</g>`,
            );
            y += 18;
        }
        y += 12;
    }
    return { svg: parts.join(''), bottom: y };
}

/** The salience diagram as an SVG element (embedded in a page) or a standalone SVG file. */
export function renderSalienceSvg(s: SalienceLayout, standalone = false): string {
    const parts: string[] = [];
    for (const c of s.circles) parts.push(`<circle class="sal-circle sal-${c.attribute}" cx="${n(c.cx)}" cy="${n(c.cy)}" r="${n(c.r)}"/>`);
    for (const c of s.circles) parts.push(svgText(c.lx, c.ly, c.label, `heading sal-title-${c.attribute}`, c.anchor));
    for (const c of s.captions) parts.push(svgText(c.x, c.y, c.text, 'muted sal-caption halo'));
    for (const d of s.dots) parts.push(dot(d));
    const o = s.outside;
    parts.push(
        `<rect class="sal-outside" x="${n(o.x)}" y="${n(o.y)}" width="${n(o.w)}" height="${n(o.h)}" rx="6"/>`,
        svgText(o.x + 10, o.y + 20, `Outside the circles: none of the three (${o.dots.length})`, 'strong'),
    );
    if (o.dots.length === 0) parts.push(svgText(o.x + 10, o.y + 38, 'nobody', 'muted'));
    for (const d of o.dots) parts.push(dot(d));
    const side = panel(s);
    parts.push(side.svg);
    const total = s.dots.length + o.dots.length;
    return svgDocument(
        {
            view: 'salience',
            width: s.width,
            height: Math.max(s.height, side.bottom + 8),
            standalone,
            title: 'Stakeholder salience (power, legitimacy, urgency)',
            description: `${total} stakeholders classified by salience; ${s.borderline.length} on a line; ${s.unclassified.length} not classified.`,
        },
        parts.join(''),
    );
}
