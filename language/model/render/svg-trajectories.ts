/**
 * The trajectory layer of the grid: per stakeholder an arrow through its assessed positions,
 * oldest to newest, in the colour of its newest assessed level. The preview shows it on request;
 * the report and the `trajectories` SVG always show it.
 */
import type { TrajectoryLayer } from '../views/trajectory-layout.js';
import { ENGAGEMENT_LEVELS } from '../vocabulary.js';
import { escapeHtml } from './escape.js';
import { levelClass, n, refAttrs, svgText } from './svg-kit.js';

function tone(level: string | null): string {
    return levelClass(level).replace('lvl-', 'tl-');
}

function markers(): string {
    return (
        '<defs>' +
        [...ENGAGEMENT_LEVELS, 'none']
            .map(
                l =>
                    `<marker id="ssc-traj-${l}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto">` +
                    `<path d="M0,0 L10,5 L0,10 z" class="traj-head tl-${l}"/></marker>`,
            )
            .join('') +
        '</defs>'
    );
}

/** The layer as an SVG group (drawn under the grid's markers). */
export function renderTrajectoryLayer(layer: TrajectoryLayer): string {
    const parts: string[] = [markers()];
    for (const t of layer.trajectories) {
        const pts = t.points.map(p => ({ x: p.x, y: p.y }));
        const last = pts[pts.length - 1];
        const prev = [...pts].reverse().find(p => p.x !== last.x || p.y !== last.y);
        // The arrow stops short of the newest position so its head stays visible beside the dot.
        let path = '';
        if (prev) {
            const len = Math.hypot(last.x - prev.x, last.y - prev.y),
                cut = Math.min(13, len / 2);
            const end = { x: last.x - ((last.x - prev.x) / len) * cut, y: last.y - ((last.y - prev.y) / len) * cut };
            const d = [...pts.slice(0, -1), end].map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)},${n(p.y)}`).join(' ');
            path = `<path class="traj-line ${tone(t.level)}" d="${d}" marker-end="url(#ssc-traj-${tone(t.level).slice(3)})"/>`;
        }
        const stops = t.points
            .slice(0, -1)
            .map(p => `<rect class="traj-stop ${tone(p.level)}" x="${n(p.x - 3)}" y="${n(p.y - 3)}" width="6" height="6"/>`)
            .join('');
        const newest = t.placed ? '' : `<circle class="traj-end ${tone(t.level)}" cx="${n(last.x)}" cy="${n(last.y)}" r="4.5"/>`;
        const title = `${t.name}: ${t.points.map(p => `${p.label}${p.date ? ` (${p.date})` : ''} power ${p.power}, interest ${p.interest}${p.level ? `, ${p.level}` : ''}`).join(' → ')}`;
        parts.push(`<g class="traj"${refAttrs(`stakeholder:${t.id}`)}><title>${escapeHtml(title)}</title>${path}${stops}${newest}</g>`);
    }
    return `<g class="trajectories">${parts.join('')}</g>`;
}

/** The legend lines of the layer, for the grid's side panel; returns the SVG and the height used. */
export function trajectoryLegend(x: number, y: number, layer: TrajectoryLayer): { svg: string; height: number } {
    const svg =
        `<g class="trajectories">${svgText(x, y, `Trajectories (${layer.trajectories.length}, ${layer.moving} moved)`, 'heading')}` +
        `<rect class="traj-stop tl-neutral" x="${n(x + 2)}" y="${n(y + 11)}" width="6" height="6"/><path class="traj-line tl-supportive" d="M${n(x + 5)},${n(y + 14)} L${n(x + 30)},${n(y + 14)}" marker-end="url(#ssc-traj-supportive)"/>` +
        svgText(x + 40, y + 18, 'assessed positions, oldest to newest', '') +
        svgText(x + 40, y + 33, 'colour: the newest assessed level', 'muted') +
        '</g>';
    return { svg, height: 52 };
}
