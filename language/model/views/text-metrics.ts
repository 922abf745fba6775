/**
 * Text measuring without a browser: layouts run in the language server and the CLI, so label sizes
 * are estimated from character classes. The estimate errs wide, so boxes never clip their text.
 */

const NARROW = /[iljtfrI.,:;'!|() ]/;
const WIDE = /[MWmw@%ÆŒ]/;

/** Width in em of one character (one code point). */
function charEm(ch: string): number {
    if (NARROW.test(ch)) return 0.34;
    if (WIDE.test(ch)) return 0.9;
    if (/[A-Z0-9]/.test(ch)) return 0.68;
    return ch.charCodeAt(0) > 0x2e80 ? 1.0 : 0.56;
}

/** {@link charEm} of every UTF-16 code unit below 0x2e80, precomputed: measuring ran three regular expressions per character. */
const EM_BY_CODE = Float64Array.from({ length: 0x2e81 }, (_, code) => charEm(String.fromCharCode(code)));

/** Width in em of the code point starting at index `i` of `text` (a surrogate pair, like any character above 0x2e80, is 1 em). */
function emAt(text: string, i: number): number {
    const code = text.charCodeAt(i);
    return code <= 0x2e80 ? EM_BY_CODE[code] : 1.0;
}

/** Estimated width in pixels of `text` in a sans-serif font of `size` pixels. */
export function textWidth(text: string | null | undefined, size = 12): number {
    let em = 0;
    // Half-typed models can leave a name or label missing: it then measures as empty.
    if (text) {
        for (let i = 0; i < text.length; i++) {
            em += emAt(text, i);
            if (isPairAt(text, i)) i++;
        }
    }
    return Math.ceil(em * size);
}

/** Whether a surrogate pair (one code point) starts at index `i`. */
function isPairAt(text: string, i: number): boolean {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return false;
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
}

/** `text` cut to at most `maxWidth` pixels, with an ellipsis when cut. */
export function truncate(text: string | null | undefined, maxWidth: number, size = 12): string {
    if (!text) return '';
    if (textWidth(text, size) <= maxWidth) return text;
    // One pass over the characters (a pasted 100 kB string must not cost a re-measure per character).
    const ellipsis = EM_BY_CODE[0x2026];
    let em = 0,
        end = 0;
    for (let i = 0; i < text.length; i++) {
        const start = i;
        em += emAt(text, i);
        if (isPairAt(text, i)) i++;
        if (start > 0 && Math.ceil((em + ellipsis) * size) > maxWidth) break;
        end = i + 1;
    }
    return text.slice(0, end).trimEnd() + '…';
}

/** Words of `text` broken into at most `maxLines` lines of `maxWidth` pixels; the last line is truncated. */
export function wrapText(text: string | null | undefined, maxWidth: number, maxLines: number, size = 12): string[] {
    const words = (text ?? '').split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let current = '';
    for (let i = 0; i < words.length; i++) {
        const candidate = current ? `${current} ${words[i]}` : words[i];
        if (textWidth(candidate, size) <= maxWidth || !current) {
            current = candidate;
            continue;
        }
        lines.push(current);
        current = words[i];
        if (lines.length === maxLines - 1) {
            current = words.slice(i).join(' ');
            break;
        }
    }
    if (current) lines.push(current);
    return lines.map(line => truncate(line, maxWidth, size));
}

/** An axis-aligned box. */
export interface Box {
    x: number;
    y: number;
    w: number;
    h: number;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
