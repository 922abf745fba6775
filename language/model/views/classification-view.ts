/**
 * The classification of Figure 2: LFA categories (active, beneficiary, affected supporter or
 * opponent) against technology roles (enabler of technology, driver of technology, enabler of the
 * SSC). A stakeholder appears in every cell its categories and roles select.
 */
import type { Analysis } from '../analysis.js';
import { TECHNOLOGY_ROLES } from '../vocabulary.js';
import { displayName, roleLabel } from './labels.js';

/** A row (category) or column (role) of the classification. */
export interface ClassificationAxis {
    id: string;
    label: string;
}

/** The classification matrix; `cells[row][column]` lists stakeholders. */
export interface ClassificationView {
    rows: ClassificationAxis[];
    columns: ClassificationAxis[];
    cells: Array<Array<Array<{ id: string; name: string }>>>;
}

const ROWS: ClassificationAxis[] = [
    { id: 'active', label: 'Active' },
    { id: 'beneficiary', label: 'Beneficiary' },
    { id: 'affected-supporter', label: 'Affected: supporter' },
    { id: 'affected-opponent', label: 'Affected: opponent' },
];

/** Computes the classification matrix; rows for undecided attitude and no category appear only when used. */
export function classificationView(analysis: Analysis): ClassificationView {
    const rowsOf = (s: Analysis['stakeholders'][number]): string[] => {
        const rows = s.categories.map(c => (c === 'affected' ? (s.attitude ? `affected-${s.attitude}` : 'affected') : c));
        return rows.length > 0 ? rows : ['none'];
    };
    const colsOf = (s: Analysis['stakeholders'][number]): string[] => (s.roles.length > 0 ? s.roles : ['none']);
    const rows = [...ROWS];
    const used = new Set(analysis.stakeholders.flatMap(rowsOf));
    if (used.has('affected')) rows.push({ id: 'affected', label: 'Affected: attitude not given' });
    if (used.has('none')) rows.push({ id: 'none', label: 'No category' });
    const columns: ClassificationAxis[] = TECHNOLOGY_ROLES.map(id => ({ id, label: roleLabel(id) }));
    if (analysis.stakeholders.some(s => s.roles.length === 0)) columns.push({ id: 'none', label: 'No role given' });
    // One pass over the stakeholders, each dropped into the cells its rows and columns select (a
    // filter per cell re-derived every stakeholder's rows and columns for each of the ~24 cells).
    const cells = rows.map(() => columns.map((): Array<{ id: string; name: string }> => []));
    const rowIndex = new Map(rows.map((row, i) => [row.id, i]));
    const columnIndex = new Map(columns.map((column, i) => [column.id, i]));
    for (const s of analysis.stakeholders) {
        const name = displayName(s);
        const inColumns = [...new Set(colsOf(s))].flatMap(id => columnIndex.get(id) ?? []);
        for (const row of new Set(rowsOf(s))) {
            const r = rowIndex.get(row);
            if (r !== undefined) for (const c of inColumns) cells[r][c].push({ id: s.id, name });
        }
    }
    return { rows, columns, cells };
}
