import { KEYWORD_NOTES, RELATION_KIND_NOTES } from './keyword-docs.js';
import {
    ENGAGEMENT_LEVEL_NOTES,
    MINISTRY_TYPES,
    STANDARD_GROUPS,
    STRATEGY_NOTES,
    TERM_NOTES,
    UNIT_TYPES,
    type TermNote,
    type VocabularyEntry,
} from '../model/vocabulary.js';

/** The three kinds of built-in vocabulary element, by their AST type. */
export type VocabularyKind = 'Group' | 'UnitType' | 'MinistryType';

const LISTS: Record<VocabularyKind, readonly VocabularyEntry[]> = {
    Group: STANDARD_GROUPS,
    UnitType: UNIT_TYPES,
    MinistryType: MINISTRY_TYPES,
};

const KIND_NAMES: Record<VocabularyKind, string> = {
    Group: 'Standard stakeholder group',
    UnitType: 'Municipal unit type',
    MinistryType: 'Ministry type',
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

/** The note on a keyword or keyword value (property, engagement level, strategy, category, role, relation kind…), if any. */
export function termNote(keyword: string): TermNote | undefined {
    const own = <T>(table: Readonly<Record<string, T>>) =>
        Object.prototype.hasOwnProperty.call(table, keyword) ? table[keyword] : undefined;
    return (
        own(ENGAGEMENT_LEVEL_NOTES as Record<string, TermNote>) ??
        own(STRATEGY_NOTES as Record<string, TermNote>) ??
        own(TERM_NOTES) ??
        own(RELATION_KIND_NOTES) ??
        own(KEYWORD_NOTES)
    );
}

/** Where a note comes from, in one line: the clause of the Supplement, or that it is a convention and what it builds on. */
export function termSource(note: TermNote): string | undefined {
    if (note.convention) {
        return `A convention (${note.convention}), not the Supplement's own term${note.clause ? `; it builds on ITU-T Y Suppl. 34, ${clauseText(note.clause)}` : ''}`;
    }
    return note.clause ? `ITU-T Y Suppl. 34, ${clauseText(note.clause)}` : undefined;
}

/** Markdown for a keyword's note. */
export function termMarkdown(keyword: string, note: TermNote): string {
    const source = termSource(note);
    return `**${keyword}** — ${note.description}${source ? `\n\n*${source}*` : ''}`;
}
