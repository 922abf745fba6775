/**
 * Small helpers shared by the HTML renderers. Every user string passes through {@link escapeHtml}.
 */
import type { Finding } from '../views/findings.js';
import { escapeHtml } from './escape.js';
import { levelClass } from './svg-kit.js';

/** A stakeholder (or other element) name that reveals its declaration when clicked in the preview. */
export function refLink(key: string, text: string): string {
    return `<span class="ssc-link" data-ssc-ref="${escapeHtml(key)}" tabindex="0">${escapeHtml(text)}</span>`;
}

/** A list of strings as a compact `<ul>`, or a muted dash when empty. */
export function list(items: readonly string[]): string {
    if (items.length === 0) return '<span class="none">—</span>';
    if (items.length === 1) return escapeHtml(items[0]);
    return `<ul>${items.map(i => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

/** An engagement level with its colour swatch. */
export function level(id: string | null, label: string): string {
    if (!id) return '<span class="none">not given</span>';
    return `<span class="swatch ${levelClass(id)}"></span>${escapeHtml(label)}`;
}

/** Findings as a list with severity, message and code. */
export function findingList(findings: readonly Finding[]): string {
    if (findings.length === 0) return '<p class="none">No findings.</p>';
    return `<ul class="findings">${findings
        .map(
            f =>
                `<li><span class="sev ${['error', 'warning', 'info', 'hint'].includes(f.severity) ? f.severity : 'info'}">${escapeHtml(f.severity)}</span>` +
                `${escapeHtml(f.message)} <span class="code">${escapeHtml(f.code)}</span></li>`,
        )
        .join('')}</ul>`;
}

/** A whole table with a header row. `rows` are already-rendered `<tr>` strings. */
export function table(caption: string, headers: readonly string[], rows: readonly string[]): string {
    return (
        `<div class="ssc-table-wrap"><table class="ssc-table"><caption class="visually-hidden">${escapeHtml(caption)}</caption>` +
        `<thead><tr>${headers.map(h => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
    );
}
