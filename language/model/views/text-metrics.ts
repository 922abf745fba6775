/**
 * Text measuring without a browser: layouts run in the language server and the CLI, so label sizes
 * are estimated from character classes. The estimate errs wide, so boxes never clip their text.
 */

const NARROW = /[iljtfrI.,:;'!|() ]/;
const WIDE = /[MWmw@%ÆŒ]/;

/** Width in em of one character. */
function charEm(ch: string): number {
    if (NARROW.test(ch)) return 0.34;
    if (WIDE.test(ch)) return 0.9;
    if (/[A-Z0-9]/.test(ch)) return 0.68;
    return ch.charCodeAt(0) > 0x2e80 ? 1.0 : 0.56;
}

/** Estimated width in pixels of `text` in a sans-serif font of `size` pixels. */
export function textWidth(text: string | null | undefined, size = 12): number {
    let em = 0;
    // Half-typed models can leave a name or label missing: it then measures as empty.
    for (const ch of text ?? '') em += charEm(ch);
    return Math.ceil(em * size);
}

/** `text` cut to at most `maxWidth` pixels, with an ellipsis when cut. */
export function truncate(text: string | null | undefined, maxWidth: number, size = 12): string {
    if (!text) return '';
    if (textWidth(text, size) <= maxWidth) return text;
    // One pass over the characters (a pasted 100 kB string must not cost a re-measure per character).
    const chars: string[] = [];
    let em = 0;
    for (const ch of text) {
        em += charEm(ch);
        if (chars.length >= 1 && Math.ceil((em + charEm('…')) * size) > maxWidth) break;
        chars.push(ch);
    }
    return chars.join('').trimEnd() + '…';
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
