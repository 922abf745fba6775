/** The longest first sentence the CLI's text format and other one-line views print. */
export const SUMMARY_MAX = 120;

/** The end of a sentence: `.`, `?` or `!` before a space and a capital, quote or backtick, not in `e.g.`. */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|cf|vs))[.?!](?=\s+[A-Z"'`(])/;

/**
 * The message's first sentence: what is wrong, where. A sentence ends at `.`, `?` or `!` followed by a
 * space and a capital, quote or backtick (so `e.g. x` and clause numbers such as `4.2 a` do not end one).
 * A first sentence longer than {@link SUMMARY_MAX} is cut at a word or list boundary and ends in `…`.
 */
export function firstSentence(message: string, max = SUMMARY_MAX): string {
    const flat = oneLine(message);
    const end = SENTENCE_END.exec(flat);
    const sentence = end ? flat.slice(0, end.index + 1) : flat;
    return sentence.length <= max ? sentence : cut(sentence, max);
}

/** The rest of the message after its first sentence (empty when there is none). */
export function afterFirstSentence(message: string): string {
    const flat = oneLine(message);
    const end = SENTENCE_END.exec(flat);
    return end ? flat.slice(end.index + 1).trim() : '';
}

/** The message with every line break (and the space around it) turned into one space. */
export function oneLine(message: string): string {
    // Nearly every message is one line already: the replacing pattern tries every run of spaces.
    if (!message.includes('\n') && !message.includes('\r')) return message.trim();
    return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function cut(sentence: string, max: number): string {
    const room = sentence.slice(0, max - 1);
    // Prefer ending a list at a comma, else at a colon or a space, so no word is cut in half.
    const at = Math.max(room.lastIndexOf(', '), room.lastIndexOf(': '));
    const end = at > max / 2 ? at : room.lastIndexOf(' ');
    return (end > 0 ? room.slice(0, end) : room).replace(/[\s,:;]+$/, '') + '…';
}
