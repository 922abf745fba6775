/**
 * The power/interest grid as a Mermaid `quadrantChart` block, which code-hosting sites render in
 * Markdown. Axes run 0..1, so grid values 1..5 map to 0.1..0.9 and shared points are spread.
 */
import type { GridLayout } from '../views/grid-layout.js';
import { mermaidText } from './escape.js';

function coordinate(value: number, offset: number): string {
    const v = Math.min(0.97, Math.max(0.03, 0.1 + (value - 1) * 0.2 + offset));
    return v.toFixed(2);
}

/** The grid as a fenced Mermaid block (quadrant 1 is top right: high power, high interest). */
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
    const seen = new Map<string, number>();
    for (const p of grid.points) {
        const key = `${p.power}|${p.interest}`;
        const k = seen.get(key) ?? 0;
        seen.set(key, k + 1);
        // Shared points fan out on a small spiral so that Mermaid draws each one.
        const angle = k * 2.4, radius = k === 0 ? 0 : 0.025 * Math.sqrt(k);
        lines.push(`    "${mermaidText(p.name)}": [${coordinate(p.interest, radius * Math.cos(angle))}, ${coordinate(p.power, radius * Math.sin(angle))}]`);
    }
    lines.push('```');
    return lines.join('\n') + '\n';
}
