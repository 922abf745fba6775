/**
 * Trajectories on the power/interest grid: per stakeholder, the positions its assessments
 * recorded, oldest to newest, in the grid's pixel space. Each path is shifted by the offset of the
 * stakeholder's own marker, so stakeholders sharing a grid point keep apart and a path that ends
 * at the declared position ends on the stakeholder's dot.
 */
import type { GridLayout } from './grid-layout.js';
import type { ProcessInput } from './process-input.js';

/** One assessed position of a trajectory. */
export interface TrajectoryPoint {
    x: number;
    y: number;
    label: string;
    date: string | null;
    power: number;
    interest: number;
    level: string | null;
}

/** The path of one stakeholder. */
export interface Trajectory {
    id: string;
    name: string;
    points: TrajectoryPoint[];
    /** The level of the newest assessment: the path's colour. */
    level: string | null;
    /** Whether the stakeholder has a marker on the grid (declared power and interest). */
    placed: boolean;
}

/** Every trajectory with at least one assessed position. */
export interface TrajectoryLayer {
    trajectories: Trajectory[];
    moving: number;
}

function axis(ticks: GridLayout['ticks'], key: 'x' | 'y'): (value: number) => number {
    const one = ticks.find(t => t.value === 1)!,
        two = ticks.find(t => t.value === 2)!;
    // The grid clamps values to 0.6..5.4 the same way.
    return value => one[key] + (Math.min(5.4, Math.max(0.6, value)) - 1) * (two[key] - one[key]);
}

/** Lays out the trajectories on a laid-out grid. Pure and deterministic. */
export function layoutTrajectories(grid: GridLayout, input: ProcessInput): TrajectoryLayer {
    const toX = axis(grid.ticks, 'x'),
        toY = axis(grid.ticks, 'y');
    const markers = new Map(grid.points.map(p => [p.id, p]));
    const trajectories: Trajectory[] = [];
    for (const s of input.stakeholders) {
        const positioned = s.trajectory.filter(e => e.power !== null && e.interest !== null);
        if (positioned.length === 0) continue;
        const marker = markers.get(s.id);
        const dx = marker ? marker.cx - toX(marker.interest) : 0,
            dy = marker ? marker.cy - toY(marker.power) : 0;
        const points = positioned.map(e => ({
            x: toX(e.interest!) + dx,
            y: toY(e.power!) + dy,
            label: e.label,
            date: e.date,
            power: e.power!,
            interest: e.interest!,
            level: e.level,
        }));
        trajectories.push({ id: s.id, name: s.name, points, level: positioned[positioned.length - 1].level, placed: marker !== undefined });
    }
    const moving = trajectories.filter(t => t.points.some(p => p.x !== t.points[0].x || p.y !== t.points[0].y)).length;
    return { trajectories, moving };
}
