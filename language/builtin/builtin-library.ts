import { MINISTRY_TYPES, STANDARD_GROUPS, UNIT_TYPES, type VocabularyEntry } from '../model/vocabulary.js';

/** URI of the built-in library document holding the standard groups, unit types and ministry types. */
export const BUILTIN_URI = 'ssc-builtin:///standard-vocabulary.ssc';

/** Scheme of the built-in library; documents of this scheme are never reported on or renamed. */
export const BUILTIN_SCHEME = 'ssc-builtin';

function quote(text: string): string {
    return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

function declare(keyword: string, entry: VocabularyEntry): string {
    return `${keyword} ${entry.id} ${quote(entry.label)} {\n    clause ${quote(entry.clause)}\n    description ${quote(entry.description)}\n}\n`;
}

/** The text of the built-in library, generated from the vocabulary so the two never disagree. */
export function builtinLibraryText(): string {
    return [
        '// Built-in vocabulary of ITU-T Y Suppl. 34, supplied by SSC Stakeholder Studio. Read-only.',
        '',
        '// Standard stakeholder groups (clause 3.1, clause 5)',
        ...STANDARD_GROUPS.map(g => declare('group', g)),
        '// Municipal unit types (Table 2)',
        ...UNIT_TYPES.map(u => declare('unit-type', u)),
        '// Ministry types (Table 3)',
        ...MINISTRY_TYPES.map(m => declare('ministry-type', m)),
    ].join('\n');
}

/** True when the given URI string denotes the built-in library. */
export function isBuiltinUri(uri: string): boolean {
    return uri.startsWith(BUILTIN_SCHEME + ':');
}
