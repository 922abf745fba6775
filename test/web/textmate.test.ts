import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TmTokenizer, type TmGrammar, type TmState } from '../../web/textmate.js';
import { ROOT } from '../helpers/cli.js';

const grammar = JSON.parse(readFileSync(path.join(ROOT, 'syntaxes', 'ssc.tmLanguage.json'), 'utf8')) as TmGrammar;
const tokenizer = new TmTokenizer(grammar);

/** The scope of each token as `text=scope`, for readable expectations. */
function scopes(lines: string[]): string[][] {
    let state: TmState = tokenizer.initialState;
    return lines.map(line => {
        const result = tokenizer.tokenizeLine(line, state);
        state = result.state;
        return result.tokens.map((t, i) => `${line.slice(t.startIndex, result.tokens[i + 1]?.startIndex ?? line.length)}=${t.scope}`);
    });
}

describe('the playground colours .ssc with the TextMate grammar of the extension', () => {
    test('a declaration, its name, a standard group and strings', () => {
        const [line] = scopes(['stakeholder Council "Riverside council" : municipality {']);
        expect(line).toEqual([
            'stakeholder=storage.type.ssc',
            ' =',
            'Council=entity.name.type.ssc',
            ' =',
            '"=punctuation.definition.string.begin.ssc',
            'Riverside council=string.quoted.double.ssc',
            '"=punctuation.definition.string.end.ssc',
            ' =',
            ':=punctuation.separator.colon.ssc',
            ' =',
            'municipality=support.type.builtin.ssc',
            ' =',
            '{=punctuation.section.block.ssc',
        ]);
    });

    test('keywords, levels, arrows, numbers and dates', () => {
        const [engagement, power, asOf] = scopes(['    engagement neutral -> supportive', '    power 4', '    as-of 2026-06-30']);
        expect(engagement).toContain('engagement=keyword.other.ssc');
        expect(engagement).toContain('neutral=constant.language.ssc');
        expect(engagement).toContain('->=keyword.operator.arrow.ssc');
        expect(power).toContain('4=constant.numeric.integer.ssc');
        expect(asOf).toContain('2026-06-30=constant.numeric.date.ssc');
    });

    test('a block comment spans lines; an unterminated string ends at the line end', () => {
        const lines = scopes(['/* one', 'stakeholder two */ power', '"open', 'power']);
        expect(lines[0]).toEqual(['/*=punctuation.definition.comment.begin.ssc', ' one=comment.block.ssc']);
        expect(lines[1]).toEqual([
            'stakeholder two =comment.block.ssc',
            '*/=punctuation.definition.comment.end.ssc',
            ' =',
            'power=keyword.other.ssc',
        ]);
        expect(lines[2][0]).toBe('"=punctuation.definition.string.begin.ssc');
        expect(lines[3]).toEqual(['power=keyword.other.ssc']);
    });

    test('every line of the examples is tokenized to its end without a gap', () => {
        for (const file of [
            'valencia/city.ssc',
            'valencia/engagement.ssc',
            'valencia/national-catalogue.ssc',
            'first-model/stakeholders.ssc',
        ]) {
            const text = readFileSync(path.join(ROOT, 'examples', file), 'utf8').split(/\r?\n/);
            let state: TmState = tokenizer.initialState;
            for (const line of text) {
                const result = tokenizer.tokenizeLine(line, state);
                state = result.state;
                if (line.length > 0) expect(result.tokens[0]?.startIndex).toBe(0);
                for (let i = 1; i < result.tokens.length; i++)
                    expect(result.tokens[i].startIndex).toBeGreaterThan(result.tokens[i - 1].startIndex);
            }
            expect(state).toEqual(tokenizer.initialState);
        }
    });
});
