/**
 * SVG of the engagement plan: actions on a time axis by due date, one band per stakeholder (or
 * owner), coloured by status, overdue ones marked, the `as-of` date and the next review drawn
 * across. Every action and every band label reveals its declaration in the preview.
 */
import type { PlanLayout, PlanMark, PlanStatus } from '../views/plan-layout.js';
import { escapeHtml } from './escape.js';
import { n, refAttrs, svgDocument, svgText } from './svg-kit.js';

const STATUS_TEXT: Record<PlanStatus, string> = { open: 'Open', overdue: 'Overdue', done: 'Done', dropped: 'Dropped' };

/** The marker of a status, centred on (x, y): a diamond for planned work, a circle for work done. */
function marker(status: PlanStatus, x: number, y: number): string {
    if (status === 'done') return `<circle class="act-mark" cx="${n(x)}" cy="${n(y)}" r="6"/>`;
    const r = status === 'overdue' ? 7.5 : 6.5;
    return (
        `<path class="act-mark" d="M${n(x)},${n(y - r)} L${n(x + r)},${n(y)} L${n(x)},${n(y + r)} L${n(x - r)},${n(y)} Z"/>` +
        (status === 'overdue' ? `<text class="act-bang" x="${n(x)}" y="${n(y + 3.8)}" text-anchor="middle">!</text>` : '')
    );
}

function mark(m: PlanMark): string {
    return (
        `<g class="act st-${m.status}"${refAttrs(`action:${m.id}`)}><title>${escapeHtml(m.title)}</title>${marker(m.status, m.x, m.y)}` +
        `<text class="label halo" x="${n(m.label.x)}" y="${n(m.label.y)}"${m.label.anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeHtml(m.label.text)}</text></g>`
    );
}

function legend(p: PlanLayout): string {
    const parts: string[] = [];
    let x = 4;
    for (const status of ['open', 'overdue', 'done', 'dropped'] as PlanStatus[]) {
        const text = `${STATUS_TEXT[status]} ${p.counts[status]}`;
        parts.push(`<g class="act st-${status}">${marker(status, x + 7, 12)}</g>`, svgText(x + 18, 16, text, ''));
        x += 30 + text.length * 7;
    }
    parts.push(`<line class="asof" x1="${n(x)}" y1="4" x2="${n(x)}" y2="20"/>`, svgText(x + 6, 16, 'as of', ''));
    x += 52;
    if (p.nextReview)
        parts.push(`<line class="review-line" x1="${n(x)}" y1="4" x2="${n(x)}" y2="20"/>`, svgText(x + 6, 16, 'next review', ''));
    return parts.join('');
}

/** The plan as an SVG element (embedded in a page) or a standalone SVG file. */
export function renderPlanSvg(p: PlanLayout, standalone = false): string {
    const { plot } = p;
    const bottom = plot.y + plot.h;
    const parts: string[] = [legend(p)];
    p.bands.forEach((b, i) => {
        parts.push(
            `<rect class="${i % 2 === 0 ? 'band-even' : 'band-odd'}" x="0" y="${n(b.y)}" width="${n(plot.x + plot.w)}" height="${n(b.h)}"/>`,
        );
    });
    for (const t of p.ticks) {
        parts.push(
            `<line class="gridline" x1="${n(t.x)}" y1="${n(plot.y)}" x2="${n(t.x)}" y2="${n(bottom)}"/>`,
            svgText(t.x, plot.y - 8, t.text, 'muted', 'middle'),
            svgText(t.x, bottom + 16, t.text, 'muted', 'middle'),
        );
    }
    parts.push(`<rect class="frame" x="${n(plot.x)}" y="${n(plot.y)}" width="${n(plot.w)}" height="${n(plot.h)}"/>`);
    for (const b of p.bands) {
        const lines = b.lines.map((line, k) => svgText(6, b.y + 20 + k * 15, line, k === 0 ? 'strong' : '')).join('');
        parts.push(
            b.ref
                ? `<g class="band-label"${refAttrs(b.ref)}><title>${escapeHtml(b.lines.join(' '))}</title>${lines}</g>`
                : `<g class="band-label none">${lines}</g>`,
        );
    }
    if (p.nextReview) {
        parts.push(`<line class="review-line" x1="${n(p.nextReview.x)}" y1="${n(plot.y)}" x2="${n(p.nextReview.x)}" y2="${n(bottom)}"/>`);
    }
    parts.push(`<line class="asof" x1="${n(p.asOf.x)}" y1="${n(plot.y - 2)}" x2="${n(p.asOf.x)}" y2="${n(bottom + 2)}"/>`);
    for (const b of p.bands) for (const m of b.marks) parts.push(mark(m));
    // The two date captions share the line under the axis unless they would overlap.
    const close = p.nextReview !== null && Math.abs(p.nextReview.x - p.asOf.x) < 170;
    parts.push(svgText(p.asOf.x, bottom + 32, `as of ${p.asOf.date}`, 'strong asof-text halo', 'middle'));
    if (p.nextReview)
        parts.push(svgText(p.nextReview.x, bottom + (close ? 44 : 32), `next review ${p.nextReview.date}`, 'muted halo', 'middle'));
    if (p.undated.length > 0) {
        let y = bottom + 62;
        parts.push(svgText(6, y, `No due date (${p.undated.length})`, 'heading'));
        for (const u of p.undated) {
            y += 18;
            parts.push(
                `<g class="act st-${u.status}"${refAttrs(`action:${u.id}`)}><title>${escapeHtml(`${u.name}: no due date, ${u.status}`)}</title>` +
                    `${marker(u.status, 14, y - 4)}${svgText(28, y, u.name, 'label')}</g>`,
            );
        }
    }
    if (p.bands.length === 0)
        parts.push(
            svgText(
                plot.x + plot.w / 2,
                plot.y + 34,
                p.total === 0 ? 'No action is planned yet.' : 'No action has a due date.',
                'muted',
                'middle',
            ),
        );
    return svgDocument(
        {
            view: p.grouping === 'owner' ? 'plan-owner' : 'plan',
            width: p.width,
            height: p.height,
            standalone,
            title: `Engagement plan by ${p.grouping}`,
            description:
                `${p.total} actions on a time axis by due date, grouped by ${p.grouping}: ${p.counts.open} open, ${p.counts.overdue} overdue, ` +
                `${p.counts.done} done, ${p.counts.dropped} dropped; as of ${p.asOf.date}${p.nextReview ? `, next review ${p.nextReview.date}` : ''}.`,
        },
        parts.join(''),
    );
}
