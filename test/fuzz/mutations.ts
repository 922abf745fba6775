import { seededRandom } from '../../bench/model-generator.js';

/** One mutation applied to a text, with a name for failure reports. */
export interface Mutation {
    readonly kind: string;
    readonly text: string;
}

const TOKEN = /"(?:\\.|[^"\\\n])*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[A-Za-z_][\w-]*|\d{4}-\d{2}-\d{2}|\d+|<->|->|[{}:,]|\s+|./g;

/** Splits text into tokens the way a user sees them (strings, comments, words, punctuation, blanks). */
export function tokens(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

const PUNCTUATION = /^(?:[{}:,]|->|<->)$/;
const NOTES = [
    '/* c */',
    '/**/',
    '/* two\n   lines */',
    '/* // not a line comment */',
    '/* "quoted" { */',
    '// note',
    '//',
    '// "x" { } /*',
    '/*a*/',
    '/* ***/',
    '// stakeholder X : citizens {',
];

type Mutator = (parts: string[], random: () => number, text: string) => string;

const int = (random: () => number, n: number) => Math.floor(random() * n);

const MUTATORS: Record<string, Mutator> = {
    'delete-token': (p, r) => {
        p.splice(int(r, p.length), 1 + int(r, 3));
        return p.join('');
    },
    'duplicate-token': (p, r) => {
        const i = int(r, p.length);
        p.splice(i, 0, ...p.slice(i, i + 1 + int(r, 4)));
        return p.join('');
    },
    'swap-tokens': (p, r) => {
        const i = int(r, p.length),
            j = int(r, p.length);
        [p[i], p[j]] = [p[j], p[i]];
        return p.join('');
    },
    'move-token': (p, r) => {
        const [t] = p.splice(int(r, p.length), 1);
        p.splice(int(r, p.length), 0, t ?? '');
        return p.join('');
    },
    'random-bytes': (_p, r, t) => {
        const at = int(r, t.length + 1);
        const bytes = Array.from({ length: 1 + int(r, 12) }, () => String.fromCharCode(int(r, 3) === 0 ? int(r, 0x2fff) : 32 + int(r, 95)));
        return t.slice(0, at) + bytes.join('') + t.slice(at);
    },
    truncate: (_p, r, t) => t.slice(0, int(r, t.length + 1)),
    'huge-string': (p, r) => {
        p.splice(int(r, p.length), 0, ` "${'x'.repeat(10_000 + int(r, 90_000))}" `);
        return p.join('');
    },
    'deep-nesting': (p, r) => {
        const n = 200 + int(r, 2000);
        p.splice(int(r, p.length), 0, '{'.repeat(n) + '}'.repeat(int(r, n)));
        return p.join('');
    },
    unterminated: (p, r) => {
        p.splice(int(r, p.length), 0, '"open string', int(r, 2) ? '/* open comment' : '');
        return p.join('');
    },
    'keyword-salad': (p, r) => {
        const words = [
            'stakeholder',
            'programme',
            'relation',
            'kpi',
            'consultation',
            'assessment',
            'unit',
            'ministry',
            '->',
            '<->',
            ':',
            '{',
            '}',
            ',',
            'power',
            'engagement',
            'excludes',
            'group',
            '"s"',
            '2026-13-45',
            '99',
        ];
        for (let k = 0; k < 1 + int(r, 6); k++) p.splice(int(r, p.length), 0, ' ' + words[int(r, words.length)] + ' ');
        return p.join('');
    },
    'crlf-bom': (_p, r, t) => (int(r, 2) ? '\uFEFF' : '') + t.replace(/\n/g, '\r\n'),
    // The two below mostly keep the text valid, so the formatter gets laid-out input to check.
    respace: (p, r) => {
        const blanks = [' ', '  ', '\t', '\n', '\r\n', '\n\n\n', ' \n \t ', '\n        ', '\u00a0', '\r'];
        const share = r();
        p.forEach((part, k) => {
            if (!/^\s+$/.test(part) || r() > share) return;
            // Only a gap next to punctuation may vanish: two words would merge into one.
            const glued = PUNCTUATION.test(p[k - 1] ?? '') || PUNCTUATION.test(p[k + 1] ?? '');
            p[k] = glued && int(r, 3) === 0 ? '' : blanks[int(r, blanks.length)];
        });
        return p.join('');
    },
    comments: (p, r) => {
        for (let k = 0; k < 1 + int(r, 8); k++) {
            const note = NOTES[int(r, NOTES.length)];
            const lead = [' ', '', '\n', '\n\n', '    '][int(r, 5)];
            const tail = note.startsWith('//') ? ['\n', '\r\n', '\n\n'][int(r, 3)] : [' ', '', '\n'][int(r, 3)];
            p.splice(int(r, p.length + 1), 0, lead + note + tail);
        }
        return p.join('');
    },
};

/** The mutation kinds, in a fixed order. */
export const MUTATION_KINDS = Object.keys(MUTATORS);

/** The `index`-th mutation of `text` for a seed: deterministic, so any failure can be replayed. */
export function mutate(text: string, seed: number, index: number): Mutation {
    const random = seededRandom(seed * 100_003 + index);
    const kind = MUTATION_KINDS[index % MUTATION_KINDS.length];
    let result = MUTATORS[kind](tokens(text), random, text);
    // Stack a second mutation now and then, as a user's half-typed edit often breaks two things.
    if (random() < 0.25) {
        const second = MUTATION_KINDS[int(random, MUTATION_KINDS.length)];
        if (second !== 'huge-string' && second !== 'deep-nesting') result = MUTATORS[second](tokens(result), random, result);
    }
    return { kind, text: result };
}
