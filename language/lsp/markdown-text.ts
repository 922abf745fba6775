/**
 * A text from the model, escaped so that a Markdown hover shows it as written: no emphasis, link,
 * image, heading, list or HTML made out of a name, a title or a note, and no line break that would
 * end the card's list.
 */
export function mdText(text: string): string {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, c => '\\' + c);
}
