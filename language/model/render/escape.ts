/**
 * Escaping of user text for every output format. Model strings are data: whatever a name or note
 * holds must come out as visible text, never as markup, a script, a link or a spreadsheet formula.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const NEEDS_HTML_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff&<>"']/;

/** Text for HTML or SVG element content and (double- or single-quoted) attribute values. */
export function escapeHtml(text: string | number | null | undefined): string {
    if (text === null || text === undefined) return '';
    const value = String(text);
    // Most texts need no change: one test instead of two replacing passes (a report of 1,000 stakeholders escapes ~10^5 texts).
    if (!NEEDS_HTML_ESCAPE.test(value)) return value;
    // Control characters other than tab and newline are not allowed in XML 1.0; drop them so SVG stays well-formed.
    return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, c => HTML_ENTITIES[c]);
}

/**
 * Text for a Markdown table cell or paragraph: inline markup characters are backslash-escaped and
 * `<`, `>`, `&` become entities, so no emphasis, link, image or raw HTML can be formed.
 */
export function escapeMarkdown(text: string | number | null | undefined): string {
    if (text === null || text === undefined) return '';
    return String(text)
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_{}[\]|~]/g, c => '\\' + c)
        .replace(/[&<>]/g, c => HTML_ENTITIES[c]);
}

/**
 * A point or label text for a Mermaid block: only letters, digits, spaces and a few harmless
 * punctuation marks survive, so the text can neither end the quoted string nor the code fence nor
 * inject HTML into the rendered chart.
 */
export function mermaidText(text: string): string {
    const cleaned = text
        .replace(/[^\p{L}\p{N} .,'()/_-]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return cleaned || '?';
}

/** True when a spreadsheet would read the cell as a formula (OWASP CSV injection). */
function looksLikeFormula(text: string): boolean {
    return /^[=+\-@\t\r]/.test(text);
}

/**
 * One CSV cell (RFC 4180). Numbers we computed are written as they are; any text that would start a
 * formula gets a leading apostrophe, and text with commas, quotes or line breaks is quoted.
 */
export function csvCell(value: string | number | null | undefined): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    const text = looksLikeFormula(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line of cells, ended with CRLF as RFC 4180 asks. */
export function csvRow(cells: ReadonlyArray<string | number | null | undefined>): string {
    return cells.map(csvCell).join(',') + '\r\n';
}
