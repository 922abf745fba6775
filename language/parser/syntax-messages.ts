import type { IToken } from 'chevrotain';
import { SUMMARY_MAX } from '../validation/message-text.js';
import { closestNames } from '../validation/suggestions.js';
import type { GrammarVocabulary } from './grammar-vocabulary.js';
import {
    endLineOf,
    endOf,
    isEndOfFile,
    lineOfToken,
    type SyntaxExplanation,
    type SyntaxFix,
    type SyntaxProblem,
} from './syntax-problem.js';
import { article, choicesInWords, NAME_RULES, orList, quoteToken, ruleExample, ruleNoun } from './syntax-words.js';

const NAME_TOKENS = new Set(['ID', 'HYPHEN_ID']);
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * Explains a syntax problem in the language's own terms: what is wrong and where in one short first
 * sentence, then what the place takes and an example; a misspelt word gets the closest right word
 * ("did you mean") and a fix that applies it. `text` (the document) allows the finer cases: a name
 * with a space, a block left open.
 */
export function explainSyntaxProblem(problem: SyntaxProblem, vocabulary: GrammarVocabulary, text?: string): SyntaxExplanation {
    const { token, previous, rule } = problem;
    const expected = problem.expected;
    if (problem.kind === 'redundant' || (expected.length === 1 && expected[0] === 'EOF')) return atTopLevel(token, vocabulary, text);
    if (expected.includes('}') && (isEndOfFile(token) || vocabulary.topLevelKeywords.includes(token.image)) && text !== undefined) {
        const open = unclosedBrace(text, isEndOfFile(token) ? text.length : token.startOffset);
        if (open) return unclosedBlock(open, token, text);
    }
    if (isEndOfFile(token)) {
        const { short, rest } = choices(rule, expected, vocabulary);
        return plain(`The file ends too early: ${short} should follow${after(previous)}.${rest}${example(rule)}`);
    }
    if (
        NAME_RULES.has(rule) ||
        (expected.includes('ID') && vocabulary.keywordsOf(expected).length > 0 && !vocabulary.hasBlock(rule) && expected.length > 3)
    ) {
        return mismatch({ ...problem, expected: ['ID'] }, vocabulary, text);
    }
    if (
        previous &&
        previous.image === ',' &&
        (lineOfToken(token) > endLineOf(previous) || !expected.some(t => matches(t, token, vocabulary)))
    ) {
        return {
            message: `This \`,\` is followed by no further value: remove it, or add one after it. ${capitalise(article(ruleNoun(rule)))} ${ruleNoun(rule)} is ${choicesInWords(rule, expected, vocabulary)}.`,
            fixes: [{ title: 'Remove the trailing comma', edits: [{ start: previous.startOffset, end: endOf(previous), text: '' }] }],
        };
    }
    if (token.image === ':' && previous && vocabulary.isKeyword(previous.image) && !expected.includes(':')) {
        const end = endOf(token) + (text && text[endOf(token)] === ' ' && text[token.startOffset - 1] === ' ' ? 1 : 0);
        return {
            message: `\`${previous.image}\` takes its value without a colon: write \`${previous.image} …\`, not \`${previous.image}: …\`.`,
            fixes: [{ title: `Remove the ':' after '${previous.image}'`, edits: [{ start: token.startOffset, end, text: '' }] }],
        };
    }
    if (expected.length === 1 && expected[0] === '}' && vocabulary.hasBlock(rule)) return notAnEntry(problem, vocabulary, text);
    if (previous && lineOfToken(token) > endLineOf(previous) && !expected.includes('}')) {
        const { short, rest } = choices(rule, expected, vocabulary);
        const end = endOf(previous);
        return {
            message: `${capitalise(short)} is missing${after(previous)}: add it on the same line.${rest}${example(rule)}`,
            fixes: [],
            at: { start: previous.startOffset, end },
        };
    }
    if (expected.length === 1) return mismatch(problem, vocabulary, text);
    return notAValue(problem, vocabulary);
}

/** "main, e.g. `example`." when that fits the first sentence's length; else the example as a sentence of its own. */
function withExample(main: string, rule: string): string {
    const e = ruleExample(rule);
    if (!e) return `${main}.`;
    const inline = `${main}, e.g. \`${e}\`.`;
    return inline.length <= SUMMARY_MAX ? inline : `${main}. For example: \`${e}\`.`;
}

/** The choices of a place: inline when short, else the rule's noun, with the list in a sentence of its own. */
function choices(rule: string, expected: readonly string[], vocabulary: GrammarVocabulary): { short: string; rest: string } {
    const words = choicesInWords(rule, expected, vocabulary);
    if (words.length <= 50) return { short: words, rest: '' };
    const noun = ruleNoun(rule);
    return { short: `${article(noun)} ${noun}`, rest: ` ${capitalise(article(noun))} ${noun} is ${words}.` };
}

function plain(message: string): SyntaxExplanation {
    return { message, fixes: [] };
}

function after(previous: IToken | undefined): string {
    return previous && !isEndOfFile(previous) ? ` after ${quoteToken(previous.image)}` : '';
}

function example(rule: string): string {
    const e = ruleExample(rule);
    return e ? ` For example: \`${e}\`.` : '';
}

function matches(tokenName: string, token: IToken, vocabulary: GrammarVocabulary): boolean {
    return vocabulary.isKeyword(tokenName) ? token.image === tokenName : token.tokenType?.name === tokenName;
}

function replaceFixes(token: IToken, words: readonly string[]): SyntaxFix[] {
    return words.map(w => ({
        title: `Change '${token.image}' to '${w}'`,
        edits: [{ start: token.startOffset, end: endOf(token), text: w }],
    }));
}

function didYouMean(words: readonly string[]): string {
    return words.length > 0 ? ` — did you mean \`${words[0]}\`?` : '';
}

/** A word where a value of a closed set (or a number) belongs: `power hgh`, `strategy keep-informd`. */
function notAValue(problem: SyntaxProblem, vocabulary: GrammarVocabulary): SyntaxExplanation {
    const { token, rule, expected } = problem;
    const keywords = vocabulary.keywordsOf(expected);
    const suggestions = closestNames(token.image, keywords);
    const noun = ruleNoun(rule);
    const choices = choicesInWords(rule, expected, vocabulary);
    const opening = `${quoteToken(token.image)} is not ${article(noun)} ${noun}`;
    const inline = `${opening}: use ${choices}${didYouMean(suggestions)}${suggestions.length ? '' : '.'}`;
    const message =
        inline.length <= SUMMARY_MAX ? inline : `${opening}${suggestions.length ? didYouMean(suggestions) : '.'} Use ${choices}.`;
    return { message, fixes: replaceFixes(token, suggestions) };
}

/** A word inside a block that starts no entry of that block: `intrest high`, `provider X` in a stakeholder. */
function notAnEntry(problem: SyntaxProblem, vocabulary: GrammarVocabulary, text?: string): SyntaxExplanation {
    const { token, previous, rule } = problem;
    const noun = ruleNoun(rule);
    const entries = vocabulary.blockEntries(rule);
    // A block whose entries start with a name (an assessment's) has no property keywords to suggest.
    const keywords = entries.includes('ID') ? [] : vocabulary.keywordsOf(entries);
    const sameLine = previous && !isEndOfFile(previous) && endLineOf(previous) === lineOfToken(token) && previous.image !== '{';
    if (sameLine) return extraWord(problem, vocabulary, text);
    if (keywords.length === 0) {
        return plain(
            `${quoteToken(token.image)} cannot start an entry of ${article(noun)} ${noun}: each entry starts with a stakeholder's name.${example(problem.rule === 'Assessment' ? 'AssessmentEntry' : rule)}`,
        );
    }
    const list = ` ${capitalise(article(noun))} ${noun} block takes: ${keywords.join(', ')}.`;
    if (vocabulary.isKeyword(token.image)) {
        const owners = vocabulary.blocksAccepting(token.image).map(ruleNoun);
        if (owners.length > 0) {
            return plain(
                `\`${token.image}\` is not ${article(noun)} ${noun} property: it belongs in the block of ${orList(owners.map(o => `${article(o)} ${o}`))}.${list}`,
            );
        }
    }
    const suggestions = closestNames(token.image, keywords);
    return {
        message: `${quoteToken(token.image)} is not ${article(noun)} ${noun} property${suggestions.length ? didYouMean(suggestions) : '.'}${list}`,
        fixes: replaceFixes(token, suggestions),
    };
}

/** A word after a complete entry on the same line: a missing comma, or a misspelt optional word. */
function extraWord(problem: SyntaxProblem, vocabulary: GrammarVocabulary, text?: string): SyntaxExplanation {
    const { token, previous } = problem;
    const kind = token.tokenType?.name;
    const line = text ? lineOf(text, token.startOffset) : undefined;
    const entryWord = line?.split(/\s+/)[0] ?? '';
    const bothTexts = kind === 'STRING' && previous?.tokenType?.name === 'STRING';
    const bothValues = previous !== undefined && vocabulary.isKeyword(previous.image) && vocabulary.isKeyword(token.image);
    if (previous && vocabulary.takesList(entryWord) && (bothTexts || bothValues)) {
        return {
            message: `A \`,\` is missing between ${quoteToken(previous.image)} and ${quoteToken(token.image)}. The values of one list are separated by commas.`,
            fixes: [{ title: `Insert ',' after ${previous.image}`, edits: [{ start: endOf(previous), end: endOf(previous), text: ',' }] }],
        };
    }
    if (entryWord === 'engagement' && previous && vocabulary.isKeyword(token.image)) {
        return {
            message: `\`->\` is missing between ${quoteToken(previous.image)} and ${quoteToken(token.image)}: write the current level, \`->\`, then the desired level.`,
            fixes: [{ title: "Insert '->'", edits: [{ start: token.startOffset, end: token.startOffset, text: '-> ' }] }],
        };
    }
    const suggestions = closestNames(token.image, [...vocabulary.keywords]);
    return {
        message: `${quoteToken(token.image)} does not fit at the end of this entry${suggestions.length ? didYouMean(suggestions) : ': remove it, or start a new line for a new entry.'}${line ? ` The entry reads \`${line}\`.` : ''}`,
        fixes: replaceFixes(token, suggestions),
    };
}

/** One particular token was required: a `:` in a header, a name, a text, a date, a number, a keyword. */
function mismatch(problem: SyntaxProblem, vocabulary: GrammarVocabulary, text?: string): SyntaxExplanation {
    const { token, previous, rule } = problem;
    const want = problem.expected[0];
    const noun = ruleNoun(rule);
    const found = quoteToken(token.image);
    if (want === ':' && previous && NAME_TOKENS.has(token.tokenType?.name ?? '')) {
        if (NAME_TOKENS.has(previous.tokenType?.name ?? '') && text && /^\s*("|:)/.test(text.slice(endOf(token)))) {
            const joined = previous.image + token.image.charAt(0).toUpperCase() + token.image.slice(1);
            return {
                message: `A name is one word, but \`${previous.image} ${token.image}\` has a space: write \`${joined}\` and keep the full name in quotes.`,
                fixes: [
                    { title: `Join the name as '${joined}'`, edits: [{ start: previous.startOffset, end: endOf(token), text: joined }] },
                ],
            };
        }
        return {
            message: withExample(`${capitalise(article(noun))} ${noun} needs \`:\` and its ${whatFollowsColon(rule)} after its name`, rule),
            fixes: [
                { title: `Insert ':' before '${token.image}'`, edits: [{ start: token.startOffset, end: token.startOffset, text: ': ' }] },
            ],
        };
    }
    if (NAME_TOKENS.has(want)) {
        if (vocabulary.isKeyword(token.image)) {
            return plain(
                `\`${token.image}\` is a keyword of the language, so it cannot be used as a name here: choose another name.${example(rule)}`,
            );
        }
        if (token.tokenType?.name === 'STRING') {
            return plain(
                `A name is needed${after(previous)}, before the text ${found}: a name is one word without quotes.${example(rule)}`,
            );
        }
        return plain(`A name is needed${after(previous)}, not ${found}: a name is one word of letters, digits and \`_\`.${example(rule)}`);
    }
    if (want === 'STRING') {
        const fixes: SyntaxFix[] =
            NAME_TOKENS.has(token.tokenType?.name ?? '') || token.tokenType?.name === 'INT'
                ? [
                      {
                          title: `Put ${token.image} in double quotes`,
                          edits: [{ start: token.startOffset, end: endOf(token), text: `"${token.image}"` }],
                      },
                  ]
                : [];
        return { message: `A text in double quotes is needed${after(previous)}, not ${found}.${example(rule)}`, fixes };
    }
    if (want === 'DATE') {
        return plain(`${found} is not a date: write dates as YYYY-MM-DD, e.g. \`2026-03-15\`.`);
    }
    if (want === 'INT') {
        const n = NUMBER_WORDS.indexOf(token.image.toLowerCase());
        const fixes =
            n > 0
                ? [
                      {
                          title: `Change '${token.image}' to '${n}'`,
                          edits: [{ start: token.startOffset, end: endOf(token), text: String(n) }],
                      },
                  ]
                : [];
        return {
            message: `A whole number is needed${after(previous)}, not ${found}${n > 0 ? ` — did you mean \`${n}\`?` : '.'}${example(rule)}`,
            fixes,
        };
    }
    const suggestions = closestNames(token.image, [want]);
    if (suggestions.length > 0) {
        return {
            message: `${found} is not a keyword here${didYouMean(suggestions)}${example(rule)}`,
            fixes: replaceFixes(token, suggestions),
        };
    }
    return {
        message: `\`${want}\` is missing${after(previous)}, before ${found}.${example(rule)}`,
        fixes: [{ title: `Insert '${want}'`, edits: [{ start: token.startOffset, end: token.startOffset, text: `${want} ` }] }],
    };
}

/** Text outside every element: a misspelt element keyword, an entry outside its block, a stray `}`. */
function atTopLevel(token: IToken, vocabulary: GrammarVocabulary, text?: string): SyntaxExplanation {
    const starts = vocabulary.topLevelKeywords;
    const list = ` A model is made of elements starting with ${orList(starts.map(s => `\`${s}\``))}.`;
    if (token.image === '}') {
        const alone = text !== undefined && lineOf(text, token.startOffset) === '}';
        const start = alone ? lineStart(text!, token.startOffset) : token.startOffset;
        const newline = alone ? text!.indexOf('\n', token.startOffset) : -1;
        return {
            message: 'This `}` closes no block: remove it, or check whether a block above was closed too early.',
            fixes: [{ title: "Remove the '}'", edits: [{ start, end: newline >= 0 ? newline + 1 : endOf(token), text: '' }] }],
            at: { start: token.startOffset, end: endOf(token) },
        };
    }
    const owners = vocabulary.blocksAccepting(token.image).map(ruleNoun);
    if (owners.length > 0) {
        return plain(
            `\`${token.image}\` stands outside every block. It belongs inside the \`{ … }\` of ${orList(owners.map(o => `${article(o)} ${o}`))}; that block's \`{\` may be missing, or it was closed too early.`,
        );
    }
    const suggestions = closestNames(token.image, starts);
    const line = text ? lineOf(text, token.startOffset) : undefined;
    if (suggestions.length > 0) {
        return {
            message: `${quoteToken(token.image)} does not start an element${didYouMean(suggestions)}${list}`,
            fixes: replaceFixes(token, suggestions),
        };
    }
    return plain(`${quoteToken(token.image)} cannot start an element${line ? ` (in \`${line}\`)` : ''}.${list}`);
}

function unclosedBlock(open: number, token: IToken, text: string): SyntaxExplanation {
    const line = lineNumber(text, open);
    const header = headerBefore(text, open);
    const where = isEndOfFile(token) ? 'at the end of the file' : `before line ${lineOfToken(token)}`;
    const before = isEndOfFile(token) ? text.length : token.startOffset;
    const insertAt = text.slice(0, before).replace(/\s+$/, '').length;
    const indent = /^[ \t]*/.exec(text.slice(lineStart(text, open)))![0];
    const insertText = `\n${indent}}`;
    return {
        message: `The \`{\` of ${header ? `\`${header}\`` : 'this block'} on line ${line} is never closed: add \`}\` ${where}.`,
        fixes: [{ title: `Close the block of line ${line}`, edits: [{ start: insertAt, end: insertAt, text: insertText }] }],
        at: { start: open, end: open + 1 },
    };
}

function whatFollowsColon(rule: string): string {
    return rule === 'Unit' ? 'unit type' : rule === 'Ministry' ? 'ministry type' : rule === 'Relation' ? 'relation kind' : 'group';
}

function capitalise(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}

function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineNumber(text: string, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
}

function lineOf(text: string, offset: number): string {
    const start = lineStart(text, offset);
    const end = text.indexOf('\n', offset);
    const line = text.slice(start, end < 0 ? undefined : end).trim();
    return line.length > 50 ? line.slice(0, 47) + '…' : line;
}

/** The element header before a `{`: its keyword and name (`stakeholder B`). */
function headerBefore(text: string, open: number): string | undefined {
    const words = text.slice(lineStart(text, open), open).trim().split(/\s+/).filter(Boolean);
    return words.length > 0 ? words.slice(0, 2).join(' ').replace(/`/g, "'") : undefined;
}

/** The offset of the innermost `{` still open at `offset`, skipping strings and comments. */
export function unclosedBrace(text: string, offset: number): number | undefined {
    const stack: number[] = [];
    for (let i = 0; i < offset && i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
        } else if (c === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n') i++;
        } else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 1;
        } else if (c === '{') {
            stack.push(i);
        } else if (c === '}') {
            stack.pop();
        }
    }
    return stack.length > 0 ? stack[stack.length - 1] : undefined;
}
