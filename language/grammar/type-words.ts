/**
 * The words messages use for each kind of syntax node that has a name: one table for every message
 * (duplicate names, unknown references, hovers). A test checks it against the grammar, so a new
 * named element or reference target without a word is reported by name.
 */
export const TYPE_WORDS: Readonly<Record<string, string>> = {
    Programme: 'programme',
    Stakeholder: 'stakeholder',
    Party: 'stakeholder, unit or ministry',
    Group: 'stakeholder group',
    UnitType: 'municipal unit type',
    MinistryType: 'ministry type',
    Unit: 'unit',
    Ministry: 'ministry',
    Kpi: 'KPI',
    Grievance: 'grievance mechanism',
    Consultation: 'consultation',
    Action: 'action',
};

/** The word for a node type, `element` for one the table does not know. */
export function typeWord(type: string): string {
    return TYPE_WORDS[type] ?? 'element';
}
