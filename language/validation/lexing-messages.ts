import type { SyntaxExplanation } from '../parser/syntax-problem.js';

const DATE_SHAPES: Array<{ pattern: RegExp; order: 'dmy' | 'ymd' }> = [
    { pattern: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g, order: 'dmy' },
    { pattern: /\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/g, order: 'ymd' },
];

function pad(n: string): string {
    return n.padStart(2, '0');
}

/**
 * Explains characters the lexer could not read, in the analyst's words: a date in another format
 * (with the fix that rewrites it as YYYY-MM-DD), a text without its closing quote, single quotes, a `;`,
 * `=>` for an arrow, a letter outside a-z in a name.
 */
export function lexingExplanation(text: string, offset: number, length: number): SyntaxExplanation {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const column = offset - lineStart;
    const char = text.slice(offset, offset + Math.max(1, length)).charAt(0);

    for (const { pattern, order } of DATE_SHAPES) {
        for (const match of line.matchAll(pattern)) {
            const start = match.index ?? 0;
            if (column < start || column >= start + match[0].length) continue;
            const [, a, b, c] = match;
            const at = { start: lineStart + start, end: lineStart + start + match[0].length };
            const iso = (y: string, m: string, d: string) => `${y}-${pad(m)}-${pad(d)}`;
            const fixes =
                order === 'ymd'
                    ? [iso(a, b, c)]
                    : Number(a) > 12
                      ? [iso(c, b, a)]
                      : Number(b) > 12
                        ? [iso(c, a, b)]
                        : [iso(c, b, a), iso(c, a, b)];
            const choices = fixes.length > 1 ? ` (or \`${fixes[1]}\` if the month comes first)` : '';
            return {
                message: `\`${match[0]}\` is not a date in the form YYYY-MM-DD: write \`${fixes[0]}\`${choices}.`,
                fixes: fixes.map(f => ({ title: `Write the date as ${f}`, edits: [{ start: at.start, end: at.end, text: f }] })),
                at,
            };
        }
    }
    if (char === '"') {
        // Close the text where the header or entry visibly goes on (` : group`, ` {`), else at the line's end.
        const rest = line.slice(column + 1);
        const goesOn = /\s+(:|\{|\}|,)(\s|$)/.exec(rest);
        const end = goesOn ? offset + 1 + goesOn.index : lineStart + line.replace(/\s*(\/\/.*)?$/, '').length;
        return {
            message: 'This text has no closing `"` on its line: a text in double quotes must end on the line where it starts.',
            fixes: [{ title: 'Close the text at the end of the line', edits: [{ start: end, end, text: '"' }] }],
            at: { start: offset, end: offset + 1 },
        };
    }
    if (char === "'") {
        const close = line.indexOf("'", column + 1);
        const inner = close > column ? line.slice(column + 1, close) : undefined;
        return {
            message: `Texts are written in double quotes: write \`"${inner ?? '…'}"\`, not \`'${inner ?? '…'}'\`.`,
            fixes:
                inner === undefined
                    ? []
                    : [
                          {
                              title: 'Use double quotes',
                              edits: [
                                  { start: offset, end: offset + 1, text: '"' },
                                  { start: lineStart + close, end: lineStart + close + 1, text: '"' },
                              ],
                          },
                      ],
            at: { start: offset, end: inner === undefined ? offset + 1 : lineStart + close + 1 },
        };
    }
    if (char === ';') {
        return {
            message: '`;` is not used in .ssc files: an entry simply ends at the end of its line.',
            fixes: [{ title: "Remove the ';'", edits: [{ start: offset, end: offset + 1, text: '' }] }],
            at: { start: offset, end: offset + 1 },
        };
    }
    if (char === '=' && text[offset + 1] === '>') {
        return {
            message: '`=>` is not an arrow of the language: write `->` for a directed relation, `<->` for a mutual one.',
            fixes: [{ title: "Change '=>' to '->'", edits: [{ start: offset, end: offset + 2, text: '->' }] }],
            at: { start: offset, end: offset + 2 },
        };
    }
    if (/\p{L}/u.test(char)) {
        return {
            message: `\`${char}\` cannot be part of a name: a name uses a-z, A-Z, digits and \`_\`. Keep accented text inside double quotes.`,
            fixes: [],
            at: { start: offset, end: offset + 1 },
        };
    }
    const shown = char === '`' ? "'`'" : `\`${char}\``;
    return {
        message: `${shown} is not part of the .ssc language here: remove it, or put it inside a text in double quotes.`,
        fixes: [{ title: `Remove '${char}'`, edits: [{ start: offset, end: offset + 1, text: '' }] }],
        at: { start: offset, end: offset + 1 },
    };
}
