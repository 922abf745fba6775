/**
 * SVG of the power/interest grid (Figure 4): the four quadrants with their strategy, each placed
 * stakeholder coloured by its current engagement level with a ring in its desired level's colour,
 * and beside the grid the legend, the borderline and the unplaced stakeholders.
 */
import { GRID_MARKER_RADIUS, GRID_PANEL_WIDTH, type GridAside, type GridLayout } from '../views/grid-layout.js';
import type { TrajectoryLayer } from '../views/trajectory-layout.js';
import { levelLabel, strategyLabel } from '../views/labels.js';
import { truncate } from '../views/text-metrics.js';
import { ENGAGEMENT_LEVELS } from '../vocabulary.js';
import { escapeHtml } from './escape.js';
import { levelClass, n, refAttrs, strategyClass, svgDocument, svgText } from './svg-kit.js';
import { renderTrajectoryLayer, trajectoryLegend } from './svg-trajectories.js';

const CAPTIONS: Record<string, string> = {
    'manage-closely': 'high power · high interest',
    'keep-satisfied': 'high power · low interest',
    'keep-informed': 'low power · high interest',
    monitor: 'low power · low interest',
};
const TICK_TEXT: Record<number, string> = { 1: '1', 2: '2 low', 3: '3 medium', 4: '4 high', 5: '5' };

function frame(g: GridLayout): string {
    const { plot, midX, midY } = g;
    const parts: string[] = [
        `<rect class="quadrant q-keep-satisfied" x="${n(plot.x)}" y="${n(plot.y)}" width="${n(midX - plot.x)}" height="${n(midY - plot.y)}"/>`,
        `<rect class="quadrant q-manage-closely" x="${n(midX)}" y="${n(plot.y)}" width="${n(plot.x + plot.w - midX)}" height="${n(midY - plot.y)}"/>`,
        `<rect class="quadrant q-monitor" x="${n(plot.x)}" y="${n(midY)}" width="${n(midX - plot.x)}" height="${n(plot.y + plot.h - midY)}"/>`,
        `<rect class="quadrant q-keep-informed" x="${n(midX)}" y="${n(midY)}" width="${n(plot.x + plot.w - midX)}" height="${n(plot.y + plot.h - midY)}"/>`,
    ];
    for (const { value, x, y } of g.ticks) {
        const text = TICK_TEXT[value];
        if (value !== 3)
            parts.push(
                `<line class="gridline" x1="${n(x)}" y1="${n(plot.y)}" x2="${n(x)}" y2="${n(plot.y + plot.h)}"/><line class="gridline" x1="${n(plot.x)}" y1="${n(y)}" x2="${n(plot.x + plot.w)}" y2="${n(y)}"/>`,
            );
        parts.push(svgText(x, plot.y + plot.h + 16, text, 'muted', 'middle'), svgText(plot.x - 8, y + 4, text, 'muted', 'end'));
    }
    parts.push(
        `<line class="midline" x1="${n(midX)}" y1="${n(plot.y)}" x2="${n(midX)}" y2="${n(plot.y + plot.h)}"/>`,
        `<line class="midline" x1="${n(plot.x)}" y1="${n(midY)}" x2="${n(plot.x + plot.w)}" y2="${n(midY)}"/>`,
        `<rect class="frame" x="${n(plot.x)}" y="${n(plot.y)}" width="${n(plot.w)}" height="${n(plot.h)}"/>`,
        svgText(plot.x + plot.w / 2, plot.y + plot.h + 38, 'Interest in the programme’s outcomes →', 'strong', 'middle'),
        `<text class="strong" text-anchor="middle" transform="translate(${n(plot.x - 78)} ${n(plot.y + plot.h / 2)}) rotate(-90)">Power over the programme →</text>`,
    );
    for (const q of g.quadrants) {
        parts.push(
            `<text x="${n(q.x)}" y="${n(q.y + 13)}" class="caption ${strategyClass(q.strategy)}"${q.anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeHtml(strategyLabel(q.strategy))}</text>`,
        );
        parts.push(svgText(q.x, q.y + 28, CAPTIONS[q.strategy], 'muted', q.anchor));
    }
    return parts.join('');
}

function points(g: GridLayout): string {
    return g.points
        .map(p => {
            const { label } = p;
            const title = `${p.name}: power ${p.power}, interest ${p.interest}; engagement ${p.current ?? 'not given'}${p.desired ? ` → ${p.desired}` : ''}`;
            const leader = label.leader
                ? `<line class="leader" x1="${n(p.cx)}" y1="${n(p.cy)}" x2="${n(label.anchor === 'end' ? label.box.x + label.box.w : label.box.x)}" y2="${n(label.box.y + label.box.h / 2)}"/>`
                : '';
            const ring =
                p.desired && p.desired !== p.current
                    ? `<circle class="ring ${levelClass(p.desired)}" cx="${n(p.cx)}" cy="${n(p.cy)}" r="${GRID_MARKER_RADIUS + 3.5}"/>`
                    : '';
            const mark = /[▲▼]\d+$/.exec(label.text);
            const name = mark ? label.text.slice(0, mark.index) : label.text;
            const gap = mark ? `<tspan class="gap">${escapeHtml(mark[0])}</tspan>` : '';
            return (
                `<g class="pt"${refAttrs(`stakeholder:${p.id}`)}><title>${escapeHtml(title)}</title>${leader}${ring}` +
                `<circle class="dot ${levelClass(p.current)}" cx="${n(p.cx)}" cy="${n(p.cy)}" r="${GRID_MARKER_RADIUS}"/>` +
                `<text class="label halo" x="${n(label.x)}" y="${n(label.y)}"${label.anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeHtml(name)}${gap}</text></g>`
            );
        })
        .join('');
}

function asideList(
    x: number,
    y: number,
    width: number,
    heading: string,
    items: GridAside[],
    detail: (a: GridAside) => string,
): { svg: string; y: number } {
    const parts = [svgText(x, y, `${heading} (${items.length})`, 'heading')];
    y += 8;
    if (items.length === 0) {
        parts.push(svgText(x, y + 14, 'none', 'muted'));
        return { svg: parts.join(''), y: y + 30 };
    }
    for (const item of items) {
        // The title holds both lines in full: whatever is cut shows whole on hover.
        parts.push(
            `<g${refAttrs(`stakeholder:${item.id}`)}><title>${escapeHtml(`${item.name}: ${detail(item)}`)}</title>${svgText(x, y + 15, truncate(item.name, width - 24), '')}${svgText(x, y + 29, truncate(detail(item), width - 24, 11), 'muted')}</g>`,
        );
        y += 34;
    }
    return { svg: parts.join(''), y: y + 16 };
}

function panel(g: GridLayout, x0: number, width: number): { svg: string; height: number } {
    const parts: string[] = [svgText(x0, 40, 'Current engagement (dot colour)', 'heading')];
    let y = 48;
    for (const level of ENGAGEMENT_LEVELS) {
        parts.push(
            `<circle class="dot ${levelClass(level)}" cx="${n(x0 + 7)}" cy="${n(y + 10)}" r="6"/>`,
            svgText(x0 + 20, y + 14, levelLabel(level), ''),
        );
        y += 20;
    }
    parts.push(`<circle class="dot lvl-none" cx="${n(x0 + 7)}" cy="${n(y + 10)}" r="6"/>`, svgText(x0 + 20, y + 14, 'Not assessed', ''));
    y += 30;
    parts.push(
        `<circle class="dot lvl-supportive" cx="${n(x0 + 9)}" cy="${n(y + 8)}" r="6"/><circle class="ring lvl-leading" cx="${n(x0 + 9)}" cy="${n(y + 8)}" r="9.5"/>`,
        svgText(x0 + 26, y + 7, 'Ring: desired level', ''),
        svgText(x0 + 26, y + 21, '▲n: levels still to gain', 'muted'),
    );
    y += 48;
    const accepted = (a: GridAside) => `power ${a.power} · interest ${a.interest} · ${a.accepted.map(strategyLabel).join(' or ')}`;
    const border = asideList(x0, y, width, 'On a dividing line', g.borderline, accepted);
    const missing = (a: GridAside) =>
        [a.power === null ? 'power' : '', a.interest === null ? 'interest' : ''].filter(Boolean).join(' and ') + ' not given';
    const unplaced = asideList(x0, border.y, width, 'Not placed', g.unplaced, missing);
    parts.push(border.svg, unplaced.svg);
    y = unplaced.y;
    if (g.keyed.length > 0) {
        parts.push(svgText(x0, y, 'Numbered markers (crowded)', 'heading'));
        y += 8;
        for (const k of g.keyed) {
            parts.push(
                `<g${refAttrs(`stakeholder:${k.id}`)}><title>${escapeHtml(k.name)}</title>${svgText(x0, y + 15, `${k.number}  ${truncate(k.name, width - 40)}`, '')}</g>`,
            );
            y += 20;
        }
        y += 16;
    }
    return { svg: parts.join(''), height: y };
}

/**
 * The grid as an SVG element (embedded in a page) or a standalone SVG file; with `trajectories`,
 * the assessed paths are drawn under the markers and explained in the side panel.
 */
export function renderGridSvg(g: GridLayout, standalone = false, trajectories?: TrajectoryLayer): string {
    // Beside the grid, or (in a narrow pane) below it, across the grid's width.
    const x0 = g.legendBelow ? 16 : g.width + 8;
    const panelWidth = g.legendBelow ? Math.max(200, g.width - 32) : GRID_PANEL_WIDTH;
    const side = panel(g, x0, panelWidth);
    const legend = trajectories ? trajectoryLegend(x0, side.height + 8, trajectories) : undefined;
    const panelHeight = side.height + (legend?.height ?? 0) + 8;
    const layer = trajectories ? renderTrajectoryLayer(trajectories) : '';
    const moved = trajectories
        ? ` Trajectories of ${trajectories.trajectories.length} stakeholders through their assessed positions, ${trajectories.moving} of them moving.`
        : '';
    const legendSvg = side.svg + (legend?.svg ?? '');
    return svgDocument(
        {
            view: 'grid',
            width: g.legendBelow ? g.width : g.width + GRID_PANEL_WIDTH,
            height: g.legendBelow ? g.height + panelHeight - 24 : Math.max(g.height, panelHeight),
            standalone,
            title: trajectories ? 'Power/interest grid with trajectories' : 'Power/interest grid',
            description: `${g.points.length} stakeholders placed by power and interest; ${g.borderline.length} on a dividing line; ${g.unplaced.length} not placed.${moved}`,
        },
        frame(g) + layer + points(g) + (g.legendBelow ? `<g transform="translate(0 ${n(g.height - 24)})">${legendSvg}</g>` : legendSvg),
    );
}
