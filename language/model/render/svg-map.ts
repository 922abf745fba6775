/**
 * SVG of the interaction map (Figure 3): group boxes, stakeholder nodes with a stripe in their
 * current engagement colour, and relations as labelled arrows (both ends for mutual relations).
 */
import type { MapLayout } from '../views/map-layout.js';
import { plural } from '../words.js';
import { escapeHtml } from './escape.js';
import { arrowMarkers, levelClass, n, refAttrs, svgDocument, svgText } from './svg-kit.js';

/** The map as an SVG element (embedded in a page) or a standalone SVG file. */
export function renderMapSvg(m: MapLayout, standalone = false): string {
    const parts: string[] = [arrowMarkers('map')],
        labels: string[] = [];
    for (const g of m.groups) {
        parts.push(
            `<rect class="group-box${g.custom ? ' custom' : ''}" x="${n(g.x)}" y="${n(g.y)}" width="${n(g.w)}" height="${n(g.h)}" rx="6"/>`,
            svgText(g.x + 10, g.y + 19, g.label, 'heading'),
        );
    }
    for (const e of m.edges) {
        if (e.points.length < 2) continue;
        const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)},${n(p.y)}`).join(' ');
        if (e.membership) {
            // A unit or ministry hangs off its stakeholder by a dashed line: it is part of it, not a relation.
            parts.push(
                `<g class="part"><title>${escapeHtml(`${e.from} is part of ${e.to}`)}</title><path class="edge member" d="${d}"/></g>`,
            );
            continue;
        }
        const start = e.mutual ? ` marker-start="url(#ssc-map-arrow)"` : '';
        // The title repeats the label as drawn, in full: a cut label reads whole on hover.
        const what = [e.kind, e.label].filter(Boolean).join(': ');
        const title =
            e.count !== null
                ? `${plural(e.count, 'relation')} between ${e.from} and ${e.to}${e.label ? ` (${e.label})` : ''}: ${e.kind}`
                : `${e.from} ${e.mutual ? '↔' : '→'} ${e.to}${what ? `: ${what}` : ''}`;
        const text = e.text
            ? `<rect class="edge-label" x="${n(e.text.x)}" y="${n(e.text.y)}" width="${n(e.text.w)}" height="${n(e.text.h)}" rx="3"/>${svgText(e.text.x + 4, e.text.y + 11, e.text.value, 'small')}`
            : '';
        // On the aggregated map straight lines cross the counts of other lines: the counts are drawn after every line.
        const onTop = m.aggregated !== null && text !== '';
        if (onTop) labels.push(`<g class="rel"><title>${escapeHtml(title)}</title>${text}</g>`);
        parts.push(
            `<g class="rel"${e.count === null ? refAttrs(e.key) : ''}><title>${escapeHtml(title)}</title><path class="edge" d="${d}"${start} marker-end="url(#ssc-map-arrow)"/>${onTop ? '' : text}</g>`,
        );
    }
    parts.push(...labels);
    for (const node of m.nodes) {
        const title =
            node.members !== null
                ? `${node.name}: ${node.lines.slice(1).join(', ')}`
                : node.partOf
                  ? `${node.id}: ${node.lines.at(-1)}`
                  : node.declared
                    ? `${node.name} (${node.current ?? 'engagement not given'})`
                    : `${node.name}: named in a relation but not declared`;
        const lines = node.lines.map((line, i) => svgText(node.x + 14, node.y + 20 + i * 15, line, '')).join('');
        const body =
            `<rect class="node-box${node.declared ? '' : ' undeclared'}" x="${n(node.x)}" y="${n(node.y)}" width="${n(node.w)}" height="${n(node.h)}" rx="4"/>` +
            `<rect class="${levelClass(node.current)}" x="${n(node.x + 1)}" y="${n(node.y + 1)}" width="5" height="${n(node.h - 2)}" rx="2"/>${lines}`;
        parts.push(
            node.declared
                ? `<g class="node"${refAttrs(`stakeholder:${node.partOf ?? node.id}`)}><title>${escapeHtml(title)}</title>${body}</g>`
                : `<g class="node"><title>${escapeHtml(title)}</title>${body}</g>`,
        );
    }
    return svgDocument(
        {
            view: 'map',
            width: m.width,
            height: m.height,
            standalone,
            title: 'Interaction map',
            description: m.aggregated ?? mapDescription(m),
        },
        parts.join(''),
    );
}

function mapDescription(m: MapLayout): string {
    const parts = m.nodes.filter(x => x.partOf).length;
    const relations = m.edges.filter(e => !e.membership).length;
    const units =
        parts > 0
            ? ` (and ${parts} unit${parts === 1 ? '' : 's'} or ministr${parts === 1 ? 'y' : 'ies'} attached to their stakeholder)`
            : '';
    return `${m.nodes.length - parts} stakeholders${units} in ${m.groups.length} groups and ${relations} relations.`;
}
