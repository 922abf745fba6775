import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatSscText, layoutTokens } from '../../../language/lsp/formatting/ssc-formatter.js';
import { buildWorkspace, createTestServices } from '../../helpers/workspace.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

const format = (text: string) => formatSscText(services.Ssc, text);
const tokenImages = (text: string) => (layoutTokens(services.Ssc, text) ?? []).map(t => t.image);

function exampleFiles(dir = 'examples'): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? exampleFiles(path) : path.endsWith('.ssc') ? [path] : [];
    });
}

/** The invariants every layout must keep: same tokens in the same order, a fixed point, and still parses. */
function expectSafeLayout(text: string): string {
    const once = format(text);
    expect(tokenImages(once)).toEqual(tokenImages(text));
    expect(format(once)).toBe(once);
    expect(services.Ssc.parser.LangiumParser.parse(once).parserErrors).toEqual([]);
    return once;
}

describe('the process forms', () => {
    test('an action block gets one property per line; qualified names keep no space around the dot', () => {
        const text =
            'action  Talks "Review" {with WaterCo ,City . Planning owner City.Planning level involve toward supportive\n' +
            'channel "Board" due 2026-09-30 status done 2026-09-01}\n';
        expect(expectSafeLayout(text)).toBe(
            'action Talks "Review" {\n    with WaterCo, City.Planning\n    owner City.Planning\n    level involve\n' +
                '    toward supportive\n    channel "Board"\n    due 2026-09-30\n    status done 2026-09-01\n}\n',
        );
    });
    test('consultation level, legitimacy and urgency start lines; assessment entries keep power and interest on theirs', () => {
        const text =
            'stakeholder W : utility-provider { power 4 legitimacy high urgency 3 }\n' +
            'consultation H { level empower participants W }\nassessment "Q" on 2026-01-01 { W neutral power 4 interest high W supportive }\n';
        expect(expectSafeLayout(text)).toBe(
            'stakeholder W : utility-provider {\n    power 4\n    legitimacy high\n    urgency 3\n}\n' +
                'consultation H {\n    level empower\n    participants W\n}\nassessment "Q" on 2026-01-01 {\n    W neutral power 4 interest high\n    W supportive\n}\n',
        );
    });
    test('an element named with one of the new words is laid out as a name, not as a keyword', () => {
        const text =
            'stakeholder level : citizens stakeholder action : ngo\nassessment "Q" on 2026-01-01 { level neutral power 2 action supportive }\n' +
            'consultation H { participants action, level level consult }\naction A { with level owner action }\n';
        expect(expectSafeLayout(text)).toBe(
            'stakeholder level : citizens\nstakeholder action : ngo\nassessment "Q" on 2026-01-01 {\n' +
                '    level neutral power 2\n    action supportive\n}\nconsultation H {\n    participants action, level\n    level consult\n}\n' +
                'action A {\n    with level\n    owner action\n}\n',
        );
    });
});

describe('whole-document formatting', () => {
    test.each(exampleFiles())('%s keeps its tokens and is a fixed point', file => {
        expectSafeLayout(readFileSync(file, 'utf8'));
    });

    test.each([
        'examples/first-model/stakeholders.ssc',
        'examples/valencia/city.ssc',
        'examples/valencia/engagement.ssc',
        'examples/valencia/national-catalogue.ssc',
        'examples/northbay/programme.ssc',
        'examples/northbay/stakeholders.ssc',
        'examples/northbay/plan.ssc',
        'examples/northbay/assessments.ssc',
    ])('%s is already in the canonical layout', file => {
        const text = readFileSync(file, 'utf8');
        expect(format(text)).toBe(text);
    });

    test('a one-line stakeholder is laid out one statement per line', async () => {
        await expectFormatting(services.Ssc)({
            before: 'group LocalMedia "Local press"\nstakeholder Press "x" : LocalMedia { category affected supporter   power  low }',
            after: 'group LocalMedia "Local press"\nstakeholder Press "x" : LocalMedia {\n    category affected supporter\n    power low\n}\n',
        });
    });

    test('commas hug the item before them; blank lines are kept up to one', () => {
        const before = 'kpi K{provider A  examiner B}\n\n\n\nconsultation C {participants A ,B,C\n\n\ndate 2026-01-01}';
        expect(expectSafeLayout(before)).toBe(
            'kpi K {\n    provider A\n    examiner B\n}\n\nconsultation C {\n    participants A, B, C\n\n    date 2026-01-01\n}\n',
        );
    });

    test('a line break after a comma is kept as a continuation line', () => {
        const before = 'stakeholder A : citizens {\naims "One",\n"Two", "Three"\n}';
        expect(expectSafeLayout(before)).toBe('stakeholder A : citizens {\n    aims "One",\n        "Two", "Three"\n}\n');
    });

    test('assessment entries start one per line', () => {
        expect(expectSafeLayout('assessment "Q1" on 2026-03-31 { A supportive B resistant }')).toBe(
            'assessment "Q1" on 2026-03-31 {\n    A supportive\n    B resistant\n}\n',
        );
    });

    test('empty blocks close on the same line', () => {
        expect(expectSafeLayout('kpi K {   }\ngroup G "g" {\n}')).toBe('kpi K {}\ngroup G "g" {}\n');
    });
});

describe('comments', () => {
    test('comments everywhere stay with the code they were written next to', () => {
        const before = [
            '/* header */ programme P { // opens',
            '  city "X" /* inline */ as-of 2026-01-01',
            '        // before review',
            'review every 6 months}',
            '// between',
            'stakeholder A "a" : /* group: */ citizens { power /* value */ low // low power',
            '// last in block',
            '}',
            'relation A -> // dangling',
            'A : informs',
            '// at the end',
        ].join('\n');
        const after = [
            '/* header */',
            'programme P { // opens',
            '    city "X" /* inline */',
            '    as-of 2026-01-01',
            '    // before review',
            '    review every 6 months',
            '}',
            '// between',
            'stakeholder A "a" : /* group: */ citizens {',
            '    power /* value */ low // low power',
            '    // last in block',
            '}',
            'relation A -> // dangling',
            '    A : informs',
            '// at the end',
            '',
        ].join('\n');
        expect(expectSafeLayout(before)).toBe(after);
    });

    test('a line comment is never joined to the code after it', () => {
        const once = expectSafeLayout('stakeholder A : citizens { category active, // first\nbeneficiary }');
        expect(once).toContain('// first\n        beneficiary');
    });

    test('multi-line block comments are copied verbatim, and aligned trailing comments stay aligned', () => {
        const before = 'programme P {\n    city "X"      // aligned\n    /* two\n       lines */\n    as-of 2026-01-01 // aligned\n}\n';
        expect(expectSafeLayout(before)).toBe(before);
    });
});

describe('line endings, errors and options', () => {
    test('CRLF input keeps CRLF line endings', () => {
        const once = expectSafeLayout('kpi K {\r\nprovider A\r\n}\r\nstakeholder A : citizens { power low }\r\n');
        expect(once).toBe('kpi K {\r\n    provider A\r\n}\r\nstakeholder A : citizens {\r\n    power low\r\n}\r\n');
        expect(once.replace(/\r\n/g, '')).not.toContain('\n');
    });

    test('a document with syntax errors is left alone', async () => {
        const broken = 'stakeholder A : citizens {   power\n    low  interest }\nrelation  A ->';
        expect(format(broken)).toBe(broken);
        await expectFormatting(services.Ssc)({ before: broken, after: broken });
    });

    test('tabs are used when the editor asks for them', () => {
        expect(formatSscText(services.Ssc, 'kpi K { target "t" }', { tabSize: 4, insertSpaces: false })).toBe('kpi K {\n\ttarget "t"\n}\n');
    });
});

describe('range formatting', () => {
    const text = 'stakeholder A : citizens {  power low\n   interest high  }\nstakeholder B : ngo {  power low\n   interest high  }\n';

    test('formats only the elements the range touches', async () => {
        await expectFormatting(services.Ssc)({
            before: text,
            range: { start: { line: 2, character: 3 }, end: { line: 2, character: 5 } },
            after: 'stakeholder A : citizens {  power low\n   interest high  }\nstakeholder B : ngo {\n    power low\n    interest high\n}\n',
        });
    });

    test('inside one block body, formats only the statements the range touches', async () => {
        const before = 'stakeholder A : citizens {  power   low\n   interest   high\n  onion    core  }\n';
        const ws = await buildWorkspace({ 'range.ssc': before });
        const document = ws.documents.get('range.ssc')!;
        const edits = await services.Ssc.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 4, insertSpaces: true },
            range: { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } },
        });
        expect(TextDocument.applyEdits(document.textDocument as TextDocument, edits)).toBe(
            'stakeholder A : citizens {  power   low\n    interest high\n  onion    core  }\n',
        );
    });

    test('a range format followed by a whole format gives the whole format', async () => {
        const before = 'kpi K{provider A  examiner B}\nkpi L{target "t"}';
        const ws = await buildWorkspace({ 'two.ssc': before });
        const document = ws.documents.get('two.ssc')!;
        const edits = await services.Ssc.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 4, insertSpaces: true },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
        });
        const partly = TextDocument.applyEdits(document.textDocument as TextDocument, edits);
        expect(partly).toBe('kpi K {\n    provider A\n    examiner B\n}\nkpi L{target "t"}');
        expect(format(partly)).toBe(format(before));
    });
});

describe('layout invariants under random whitespace and comments', () => {
    /** A small deterministic generator, so failures reproduce. */
    function random(seed: number): () => number {
        let state = seed;
        return () => {
            state = (state * 1103515245 + 12345) % 2147483648;
            return state / 2147483648;
        };
    }

    function scramble(text: string, seed: number): string {
        const next = random(seed);
        const tokens = layoutTokens(services.Ssc, text)!;
        const spaces = [' ', '\n', '   ', '\n\n\n', '\t', '\r\n'];
        let out = '';
        tokens.forEach((token, i) => {
            const gap = i === 0 ? '' : spaces[Math.floor(next() * spaces.length)];
            out += gap + token.image;
            const roll = next();
            if (roll < 0.08) out += ' /* note */';
            else if (roll < 0.12) out += ' // note\n';
        });
        return out;
    }

    test.each(exampleFiles())('%s, scrambled twenty ways', file => {
        const text = readFileSync(file, 'utf8');
        for (let seed = 1; seed <= 20; seed++) {
            const scrambled = scramble(text, seed);
            if (services.Ssc.parser.LangiumParser.parse(scrambled).parserErrors.length > 0) continue;
            expectSafeLayout(scrambled);
        }
    });
});
