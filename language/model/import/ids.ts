/**
 * Identifiers for imported stakeholders and groups: letters, digits and `_`, starting with a
 * letter or `_`, unique in the model, never a reserved word.
 */

const ID = /^[_a-zA-Z]\w*$/;
const MAX_LENGTH = 40;

/** True when the text is a usable identifier of the language. */
export function isValidId(text: string): boolean {
    return ID.test(text) && text.length <= 200;
}

/**
 * An identifier derived from a name: its words in PascalCase with accents removed (`Aguas de València`
 * → `AguasDeValencia`), made unique against `taken` with a number (`AguasDeValencia2`).
 */
export function deriveId(name: string, taken: ReadonlySet<string>): string {
    const words = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean);
    let base = words
        .map(w => w.charAt(0).toUpperCase() + w.slice(1))
        .join('')
        .slice(0, MAX_LENGTH);
    if (base === '') base = 'Stakeholder';
    if (/^[0-9]/.test(base)) base = 'S' + base;
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(base + n)) return base + n;
}
