import {
    ENGAGEMENT_LEVEL_NOTES, MINISTRY_TYPES, STANDARD_GROUPS, STRATEGY_NOTES, TERM_NOTES, UNIT_TYPES,
    type TermNote, type VocabularyEntry
} from '../model/vocabulary.js';

/** The three kinds of built-in vocabulary element, by their AST type. */
export type VocabularyKind = 'Group' | 'UnitType' | 'MinistryType';

const LISTS: Record<VocabularyKind, readonly VocabularyEntry[]> = {
    Group: STANDARD_GROUPS, UnitType: UNIT_TYPES, MinistryType: MINISTRY_TYPES,
};

const KIND_NAMES: Record<VocabularyKind, string> = {
    Group: 'Standard stakeholder group', UnitType: 'Municipal unit type', MinistryType: 'Ministry type',
};

/** The standard entries of one kind, in Supplement order. */
export function vocabularyList(kind: VocabularyKind): readonly VocabularyEntry[] {
    return LISTS[kind];
}

/** The standard entry of a kind with the given id, if there is one. */
export function vocabularyEntry(kind: string, id: string): VocabularyEntry | undefined {
    return (LISTS as Record<string, readonly VocabularyEntry[] | undefined>)[kind]?.find(e => e.id === id);
}

function clauseText(clause: string): string {
    return /^\d/.test(clause) ? `clause ${clause}` : clause;
}

/** Markdown for a standard group, unit type or ministry type: label, what it does, and where it comes from. */
export function vocabularyMarkdown(kind: VocabularyKind, entry: VocabularyEntry): string {
    return `**${entry.label}** (\`${entry.id}\`)\n\n${entry.description}\n\n*${KIND_NAMES[kind]} — ITU-T Y Suppl. 34, ${clauseText(entry.clause)}*`;
}

/** The note on a keyword value (engagement level, strategy, category, role, onion layer), if any. */
export function termNote(keyword: string): TermNote | undefined {
    return (ENGAGEMENT_LEVEL_NOTES as Record<string, TermNote>)[keyword]
        ?? (STRATEGY_NOTES as Record<string, TermNote>)[keyword]
        ?? TERM_NOTES[keyword];
}

/** Markdown for a keyword value's note. */
export function termMarkdown(keyword: string, note: TermNote): string {
    const source = note.convention
        ? `A convention (${note.convention}), not the Supplement's own term; it builds on ITU-T Y Suppl. 34, ${clauseText(note.clause)}`
        : `ITU-T Y Suppl. 34, ${clauseText(note.clause)}`;
    return `**${keyword}** — ${note.description}\n\n*${source}*`;
}
