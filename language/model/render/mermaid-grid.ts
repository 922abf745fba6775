/**
 * The power/interest grid as a Mermaid `quadrantChart` block, which code-hosting sites render in
 * Markdown. Axes run 0..1, so grid values 1..5 map to 0.1..0.9 and shared points are spread.
 */
import type { GridLayout } from '../views/grid-layout.js';
import { axisHalf } from '../grid.js';
import { mermaidText } from './escape.js';

/** Where a grid value sits on Mermaid's 0..1 axis: 1..5 map to 0.1..0.9, the dividing line (3) to 0.5. */
function base(value: number): number {
    return 0.1 + (value - 1) * 0.2;
}

/**
 * The axis coordinate of a point moved by `offset`, kept in the point's own half: a value above 3
 * stays above the line, one below stays below, and a value of exactly 3 stays on the line.
 */
function coordinate(value: number, offset: number): string {
    const half = axisHalf(value);
    if (half === 'line') return '0.50';
    const [low, high] = half === 'high' ? [0.53, 0.97] : [0.03, 0.47];
    return Math.min(high, Math.max(low, base(value) + offset)).toFixed(2);
}

/**
 * The grid as a fenced Mermaid block (quadrant 1 is top right: high power, high interest). Each
 * stakeholder is drawn inside its own quadrant; one on a dividing line is drawn on that line, and
 * those sharing the crossing of both lines are drawn as one point naming them all.
 */
export function renderMermaidGrid(grid: GridLayout): string {
    const lines = [
        '```mermaid',
        'quadrantChart',
        '    title Power/interest grid',
        '    x-axis Low interest --> High interest',
        '    y-axis Low power --> High power',
        '    quadrant-1 Manage closely',
        '    quadrant-2 Keep satisfied',
        '    quadrant-3 Monitor',
        '    quadrant-4 Keep informed',
    ];
    const centre = grid.points.filter(p => axisHalf(p.power) === 'line' && axisHalf(p.interest) === 'line');
    const seen = new Map<string, number>();
    for (const p of grid.points) {
        if (centre.includes(p)) continue;
        const key = `${p.power}|${p.interest}`;
        const k = seen.get(key) ?? 0;
        seen.set(key, k + 1);
        // Shared points fan out on a small spiral so that Mermaid draws each one; on a line, along the line.
        const angle = k * 2.4,
            radius = k === 0 ? 0 : 0.025 * Math.sqrt(k) + 0.01;
        lines.push(
            `    "${mermaidText(p.name)}": [${coordinate(p.interest, radius * Math.cos(angle))}, ${coordinate(p.power, radius * Math.sin(angle))}]`,
        );
    }
    if (centre.length > 0) lines.push(`    "${mermaidText(centre.map(p => p.name).join(', '))}": [0.50, 0.50]`);
    lines.push('```');
    return lines.join('\n') + '\n';
}
