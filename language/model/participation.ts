/** Which scales a set of participants reaches (clause 4.2: local as well as national and regional). */
export interface ScaleCoverage {
    readonly local: boolean;
    readonly supralocal: boolean;
}

/** The scales reached by participants with the given scales; `local-and-supralocal` counts as both. */
export function scaleCoverage(scales: ReadonlyArray<string | null>): ScaleCoverage {
    return {
        local: scales.some(s => s === 'local' || s === 'local-and-supralocal'),
        supralocal: scales.some(s => s === 'supralocal' || s === 'local-and-supralocal'),
    };
}

/** A gap in the scales a consultation process reaches (clause 4.2, first guiding principle). */
export interface ProcessScaleFinding {
    /** What the consultations together reach. */
    readonly reached: ScaleCoverage;
    /** How many consultations there are. */
    readonly consultations: number;
}

/**
 * Judges the consultation process as a whole: every consultation's participants together must
 * reach local and supralocal stakeholders (a single meeting may be local). `scaleOf` gives the
 * scale of a participant reference (a unit or ministry counts with its stakeholder's scale). Null
 * when there are no consultations or both scales are reached.
 */
export function processScale(
    consultations: ReadonlyArray<{ readonly participants: readonly string[] }>,
    scaleOf: (ref: string) => string | null,
): ProcessScaleFinding | null {
    if (consultations.length === 0) return null;
    const reached = scaleCoverage(consultations.flatMap(c => c.participants.map(scaleOf)));
    return reached.local && reached.supralocal ? null : { reached, consultations: consultations.length };
}

/** What identifies a relation for the duplicate rule. */
export interface RelationKeyInput {
    readonly from: string;
    readonly to: string;
    readonly kind: string;
    readonly mutual: boolean;
}

/**
 * A key equal for relations with the same ends, direction and kind: a mutual relation has no
 * direction, so `A <-> B` and `B <-> A` share a key.
 */
export function relationKey(r: RelationKeyInput): string {
    const [a, b] = r.mutual && r.to < r.from ? [r.to, r.from] : [r.from, r.to];
    return `${a}\u0000${r.mutual ? '<->' : '->'}\u0000${b}\u0000${r.kind}`;
}
