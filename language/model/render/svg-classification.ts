/**
 * SVG of the classification (Figure 2): LFA categories as rows against technology roles as
 * columns, each cell listing its stakeholders as chips.
 */
import type { ClassificationView } from '../views/classification-view.js';
import { wrapText } from '../views/text-metrics.js';
import { escapeHtml } from './escape.js';
import { n, refAttrs, svgDocument, svgText } from './svg-kit.js';

const HEAD_WIDTH = 170,
    COL_WIDTH = 220,
    HEAD_H = 40,
    CHIP_LINE = 15,
    CHIP_GAP = 6,
    PAD = 8;

/** The classification matrix as an SVG element (embedded in a page) or a standalone SVG file. */
export function renderClassificationSvg(c: ClassificationView, standalone = false, paneWidth?: number): string {
    // In a pane, the columns share its width (down to a readable minimum); elsewhere they take their full width.
    const HEAD_W = paneWidth !== undefined && paneWidth < 900 ? 130 : HEAD_WIDTH;
    const COL_W =
        paneWidth === undefined
            ? COL_WIDTH
            : Math.max(140, Math.min(COL_WIDTH, Math.floor((paneWidth - HEAD_W - 2) / Math.max(1, c.columns.length))));
    const chips = c.cells.map(row => row.map(cell => cell.map(s => ({ ...s, lines: wrapText(s.name, COL_W - 2 * PAD - 16, 2) }))));
    const rowHeights = chips.map(row =>
        Math.max(44, ...row.map(cell => cell.reduce((h, s) => h + s.lines.length * CHIP_LINE + 8 + CHIP_GAP, PAD * 2 - CHIP_GAP))),
    );
    const width = HEAD_W + c.columns.length * COL_W + 2;
    const height = HEAD_H + rowHeights.reduce((a, b) => a + b, 0) + 2;
    const parts: string[] = [
        `<rect class="head-cell" x="1" y="1" width="${HEAD_W}" height="${HEAD_H}"/>`,
        svgText(10, 25, 'Category \\ Role', 'muted'),
    ];
    c.columns.forEach((col, j) => {
        const x = 1 + HEAD_W + j * COL_W;
        parts.push(
            `<rect class="head-cell" x="${x}" y="1" width="${COL_W}" height="${HEAD_H}"/>`,
            svgText(x + COL_W / 2, 25, col.label, 'heading', 'middle'),
        );
    });
    let y = 1 + HEAD_H;
    c.rows.forEach((row, i) => {
        const h = rowHeights[i];
        parts.push(
            `<rect class="head-cell" x="1" y="${n(y)}" width="${HEAD_W}" height="${n(h)}"/>`,
            svgText(10, y + 22, row.label, 'heading'),
        );
        c.columns.forEach((_, j) => {
            const x = 1 + HEAD_W + j * COL_W;
            parts.push(`<rect class="cell" x="${x}" y="${n(y)}" width="${COL_W}" height="${n(h)}"/>`);
            let cy = y + PAD;
            for (const s of chips[i][j]) {
                const ch = s.lines.length * CHIP_LINE + 8;
                parts.push(
                    `<g${refAttrs(`stakeholder:${s.id}`)}><title>${escapeHtml(s.name)}</title><rect class="chip" x="${x + PAD}" y="${n(cy)}" width="${COL_W - 2 * PAD}" height="${ch}" rx="4"/>` +
                        s.lines.map((line, k) => svgText(x + PAD + 8, cy + 15 + k * CHIP_LINE, line, '')).join('') +
                        '</g>',
                );
                cy += ch + CHIP_GAP;
            }
            if (chips[i][j].length === 0) parts.push(svgText(x + COL_W / 2, y + 26, '—', 'muted', 'middle'));
        });
        y += h;
    });
    return svgDocument(
        {
            view: 'classification',
            width,
            height,
            standalone,
            title: 'Stakeholder classification',
            description: `LFA categories (${c.rows.map(r => r.label).join(', ')}) against technology roles (${c.columns.map(r => r.label).join(', ')}).`,
        },
        parts.join(''),
    );
}
