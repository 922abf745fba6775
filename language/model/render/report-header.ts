/**
 * The heading lines of a report: programme, city, as-of date and diagnostic counts.
 */
import type { Analysis } from '../analysis.js';
import { plural } from '../words.js';

/** Title and a one-line description of the analysed programme. */
export function reportHeading(analysis: Analysis): { title: string; meta: string } {
    const p = analysis.programme;
    const title = p.name ?? p.id ?? 'Stakeholder analysis';
    const bits = [
        p.city ? `City: ${p.city}` : null,
        `As of ${p.asOf}`,
        p.reviewMonths ? `Reviewed every ${p.reviewMonths} months` : null,
        `${analysis.stakeholders.length} stakeholders`,
        `${analysis.relations.length} relations`,
    ];
    return { title, meta: bits.filter(Boolean).join(' · ') };
}

/** Diagnostic counts as a short sentence. */
export function countsText(analysis: Analysis): string {
    const d = analysis.diagnostics;
    return `${plural(d.errors, 'error')}, ${plural(d.warnings, 'warning')}, ${plural(d.infos, 'info')}`;
}
