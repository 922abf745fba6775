/**
 * Turns the cells of a stakeholder register (a sheet as rows of text) into an `.ssc` model and a
 * report of what was imported, skipped, ignored or only approximately matched. Pure: the reading
 * of files and the formatting of the result happen elsewhere.
 */
import { PROFILE_DIMENSIONS, STANDARD_GROUP_IDS, type ProfileDimension } from '../vocabulary.js';
import { matchKey } from './normalise.js';
import { fieldOfHeader, isComputedHeader, parseFieldName, TEXT_FIELDS, type RegisterField } from './register-fields.js';
import { writeImportedModel, type ImportedGroup, type ImportedStakeholder } from './ssc-writer.js';
import { isStandardGroup, matchValue, type ValueMatch, type ValueOverrides } from './value-matchers.js';
import { deriveId, isValidId } from './ids.js';
import type { ImportReport } from './import-report.js';

/** One sheet of a register: its name (null for CSV) and its rows of cell texts, row 1 first. */
export interface RegisterSheet {
    readonly name: string | null;
    readonly rows: ReadonlyArray<ReadonlyArray<string>>;
}

/** The `--map` file: headers to fields, and extra value spellings to identifiers, per field. */
export interface ImportMap {
    readonly columns?: Readonly<Record<string, string | null>>;
    readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** What the import needs besides the cells. */
export interface ImportOptions {
    /** The file name, for the header comment and the report. */
    readonly source: string;
    readonly map?: ImportMap;
    /** Words that cannot be identifiers (the language's keywords). */
    readonly reserved?: ReadonlySet<string>;
}

/** The `.ssc` text (not yet formatted) and the report. */
export interface ImportResult {
    readonly text: string;
    readonly report: ImportReport;
}

/** How many rows from the top are searched for the header row. */
const HEADER_SEARCH_ROWS = 30;
const UNGROUPED: ImportedGroup = { id: 'Ungrouped', name: 'Not yet assigned to a group (imported)' };

/** A custom group met in the group column: its identifier is chosen once every stakeholder has its own. */
interface PendingGroup {
    name: string;
    explicit: string | undefined;
    members: ImportedStakeholder[];
}

/** A failure that stops the import (exit status 2): no header row with a name column, or a bad map. */
export class RegisterError extends Error {}

interface Column {
    index: number;
    header: string;
    field: RegisterField | null;
    reason?: string;
    computed?: boolean;
}

function mapColumn(header: string, map: ImportMap | undefined): RegisterField | null | undefined {
    const columns = map?.columns;
    if (!columns) return undefined;
    const key = matchKey(header);
    for (const [name, field] of Object.entries(columns)) {
        if (name !== header && matchKey(name) !== key) continue;
        if (field === null || field === 'ignore') return null;
        const parsed = parseFieldName(field);
        if (!parsed) throw new RegisterError(`--map: column "${name}" names an unknown field '${field}'`);
        return parsed;
    }
    return undefined;
}

function recognise(row: readonly string[], map: ImportMap | undefined): Column[] {
    const columns: Column[] = [];
    const taken = new Map<RegisterField, string>();
    row.forEach((cell, index) => {
        const header = cell.trim();
        if (header === '') return;
        const mapped = mapColumn(header, map);
        const field = mapped === undefined ? (fieldOfHeader(header) ?? null) : mapped;
        if (field !== null && taken.has(field)) {
            columns.push({ index, header, field: null, reason: `same field as column "${taken.get(field)}"` });
        } else {
            if (field !== null) taken.set(field, header);
            const computed = field === null && mapped === undefined && isComputedHeader(header);
            const reason = computed ? 'computed by the analysis, not imported' : mapped === null ? 'ignored by --map' : 'not recognised';
            columns.push({ index, header, field, reason: field === null ? reason : undefined, computed });
        }
    });
    return columns;
}

/** The header row: among the first rows, the one with a name column and the most recognised headers. */
function findHeader(rows: RegisterSheet['rows'], map: ImportMap | undefined): { row: number; columns: Column[] } {
    let best: { row: number; columns: Column[]; score: number } | undefined;
    for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
        const columns = recognise(rows[r], map);
        if (!columns.some(c => c.field === 'name')) continue;
        const score = columns.filter(c => c.field !== null).length;
        if (!best || score > best.score) best = { row: r, columns, score };
    }
    if (!best)
        throw new RegisterError(
            `no name column: none of the first ${HEADER_SEARCH_ROWS} rows has a header such as Name or Stakeholder (use --map to name it)`,
        );
    return best;
}

/** True when one of the first rows has a name column (the sheet looks like a register). */
export function hasNameColumn(rows: RegisterSheet['rows'], map?: ImportMap): boolean {
    try {
        findHeader(rows, map);
        return true;
    } catch {
        return false;
    }
}

function valueOverrides(map: ImportMap | undefined): ValueOverrides {
    const overrides: Record<string, Map<string, string>> = {};
    for (const [fieldName, values] of Object.entries(map?.values ?? {})) {
        const field = parseFieldName(fieldName);
        if (!field) throw new RegisterError(`--map: values for an unknown field '${fieldName}'`);
        if (typeof values !== 'object' || values === null)
            throw new RegisterError(`--map: values of '${fieldName}' must be an object of "text": "id"`);
        const target = (overrides[field] ??= new Map());
        for (const [text, id] of Object.entries(values)) {
            if (typeof id !== 'string') throw new RegisterError(`--map: the value for "${text}" in '${fieldName}' must be a string`);
            target.set(matchKey(text), id);
        }
    }
    return overrides as ValueOverrides;
}

/** Splits a list cell: `;` and line breaks always, commas too for keyword lists. */
function splitList(field: RegisterField, text: string): string[] {
    const separators = TEXT_FIELDS.has(field) ? /[;\r\n]+/ : /[;,\r\n]+/;
    return text
        .split(separators)
        .map(part => part.replace(/^\s*(?:[-–—•*·]\s+)?/, '').trim())
        .filter(Boolean);
}

const GRID_WORD: Record<string, string> = { '2': 'low', '3': 'medium', '4': 'high' };

/** Imports the rows of one sheet. Throws {@link RegisterError} when the sheet has no name column or the map is wrong. */
export function importRegister(sheet: RegisterSheet, options: ImportOptions): ImportResult {
    const overrides = valueOverrides(options.map);
    const { row: headerIndex, columns } = findHeader(sheet.rows, options.map);
    const used = columns.filter(c => c.field !== null);
    const ignored = columns.filter(c => c.field === null);
    const reserved = new Set([...(options.reserved ?? []), ...STANDARD_GROUP_IDS, UNGROUPED.id]);
    const report: ImportReport = {
        source: options.source,
        sheet: sheet.name,
        headerRow: headerIndex + 1,
        columns: used.map(c => ({ header: c.header, field: c.field! })),
        ignoredColumns: ignored.map(c => ({ header: c.header, reason: c.reason ?? 'not recognised' })),
        imported: 0,
        skipped: [],
        approximate: [],
        unmatched: [],
        renamedIds: [],
        derivedIds: 0,
        customGroups: [],
        ungrouped: 0,
        blankRows: 0,
    };
    const headerKeys = sheet.rows[headerIndex].map(matchKey);
    // Cell by cell, stopping at the first difference: keying every cell of every row was a fifth of a large import.
    const repeatsHeader = (row: readonly string[]) =>
        row.length === headerKeys.length && row.every((cell, i) => matchKey(cell) === headerKeys[i]);
    const groupByName = new Map<string, PendingGroup>();
    const pending: Array<{ row: number; record: ImportedStakeholder; explicitId: string | undefined }> = [];

    const cellOf = (row: readonly string[], column: Column) => (row[column.index] ?? '').trim();
    // Registers repeat their values (a few groups and levels over thousands of rows): match each once.
    const matches = new Map<string, ValueMatch>();
    const cachedMatch = (field: RegisterField, text: string): ValueMatch => {
        const key = field + '\u0000' + text;
        let result = matches.get(key);
        if (!result) matches.set(key, (result = matchValue(field, text, overrides)));
        return result;
    };
    for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
        const row = sheet.rows[r];
        const rowNumber = r + 1;
        if (row.every(cell => cell.trim() === '')) {
            report.blankRows++;
            continue;
        }
        if (repeatsHeader(row)) {
            report.skipped.push({ row: rowNumber, reason: 'repeats the header row' });
            continue;
        }
        const values = new Map<RegisterField, string>();
        for (const column of used) {
            const text = cellOf(row, column);
            if (text !== '') values.set(column.field!, text);
        }
        const name = values.get('name');
        if (name === undefined) {
            report.skipped.push({ row: rowNumber, reason: 'no name' });
            continue;
        }
        const record: ImportedStakeholder = { id: '', name, group: '', categories: [], roles: [], profile: {}, comments: [] };
        for (const column of ignored.filter(c => !c.computed)) {
            const text = cellOf(row, column);
            if (text !== '') record.comments.push(`${column.header}: ${text}`);
        }
        const match = (field: RegisterField, header: string, text: string): string | undefined => {
            const result = cachedMatch(field, text);
            if (result.kind === 'approximate') report.approximate.push({ row: rowNumber, column: header, text, id: result.id });
            if (result.kind === 'none') {
                report.unmatched.push({ row: rowNumber, column: header, text });
                record.comments.push(`${header}: ${text} (not recognised)`);
                return undefined;
            }
            return result.id;
        };
        fillRecord(record, values, used, match, rowNumber, report, cachedMatch, groupByName);
        pending.push({ row: rowNumber, record, explicitId: values.get('id') });
    }
    assignIds(pending, reserved, report);
    const taken = new Set([...reserved, ...pending.map(p => p.record.id)]);
    const groups: ImportedGroup[] = [];
    for (const pendingGroup of groupByName.values()) {
        const explicit = pendingGroup.explicit;
        const id =
            explicit !== undefined && isValidId(explicit) && !taken.has(explicit)
                ? explicit
                : deriveId(explicit ?? pendingGroup.name, taken);
        taken.add(id);
        groups.push({ id, name: pendingGroup.name });
        for (const member of pendingGroup.members) member.group = id;
    }
    report.customGroups = groups.map(g => ({ id: g.id, name: g.name }));
    if (report.ungrouped > 0) groups.push(UNGROUPED);
    report.imported = pending.length;
    const header = [
        `Imported by ssc import from ${options.source}${sheet.name !== null ? `, sheet "${sheet.name}"` : ''} (header on row ${headerIndex + 1}).`,
        ...(report.ungrouped > 0
            ? [`${report.ungrouped} stakeholder(s) had no group and are in the custom group ${UNGROUPED.id}: assign them a standard group.`]
            : []),
    ];
    const text = writeImportedModel(
        header,
        groups,
        pending.map(p => p.record),
    );
    return { text, report };
}

type Matcher = (field: RegisterField, header: string, text: string) => string | undefined;

function fillRecord(
    record: ImportedStakeholder,
    values: Map<RegisterField, string>,
    used: readonly Column[],
    match: Matcher,
    rowNumber: number,
    report: ImportReport,
    lookup: (field: RegisterField, text: string) => ValueMatch,
    groupByName: Map<string, PendingGroup>,
): void {
    const headerOf = (field: RegisterField) => used.find(c => c.field === field)!.header;
    const groupText = values.get('group');
    if (groupText === undefined) {
        record.group = UNGROUPED.id;
        report.ungrouped++;
    } else {
        const result = lookup('group', groupText);
        if (result.kind === 'approximate')
            report.approximate.push({ row: rowNumber, column: headerOf('group'), text: groupText, id: result.id });
        if (result.kind !== 'none' && isStandardGroup(result.id)) {
            record.group = result.id;
        } else {
            // Any other group becomes a custom group (reported): named by the --map id, or the cell when it is an
            // identifier (our own export writes custom groups so), else an identifier derived later from the text.
            const explicit = result.kind !== 'none' ? result.id : isValidId(groupText) ? groupText : undefined;
            const key = explicit ?? matchKey(groupText);
            let group = groupByName.get(key);
            if (!group) {
                group = { name: groupText, explicit, members: [] };
                groupByName.set(key, group);
            }
            group.members.push(record);
        }
    }
    for (const [field, text] of values) {
        const header = headerOf(field);
        switch (field) {
            case 'id':
            case 'name':
            case 'group':
            case 'strategySource':
                break;
            case 'aims':
            case 'challenges':
            case 'potential':
            case 'constraints':
            case 'contributions':
                record.profile[field as ProfileDimension] = splitList(field, text);
                break;
            case 'category':
            case 'roles':
                for (const part of splitList(field, text)) {
                    const id = match(field, header, part);
                    if (id === undefined) continue;
                    const list = field === 'category' ? record.categories : record.roles;
                    if (!list.includes(id)) list.push(id);
                }
                break;
            case 'engagement': {
                const [current, desired] = text.split(/\s*(?:->|→|=>|⇒|>)\s*/, 2);
                if (current) record.current = match('engagement', header, current);
                if (desired && !values.has('desired')) record.desired = match('desired', header, desired);
                break;
            }
            case 'strategy': {
                // Our own export shows the suggested strategy where none is declared; it is not the user's choice.
                const source = values.get('strategySource');
                const suggested = source !== undefined && lookup('strategySource', source);
                if (suggested && suggested.kind === 'exact' && suggested.id === 'suggested') break;
                const withNote = /^(.*?)\s*[(:]\s*(.*?)\)?\s*$/.exec(text);
                const head = withNote && lookup('strategy', withNote[1]).kind === 'exact' ? withNote : undefined;
                record.strategy = match('strategy', header, head ? head[1] : text);
                if (head && head[2]) record.strategyNote = head[2];
                break;
            }
            case 'power':
            case 'interest':
            case 'legitimacy':
            case 'urgency': {
                const id = match(field, header, text);
                if (id !== undefined) record[field] = GRID_WORD[id] ?? id;
                break;
            }
            case 'attitude': {
                const attitude = match('attitude', header, text);
                if (attitude === undefined) break;
                const index = record.categories.indexOf('affected');
                if (index >= 0) record.categories[index] = `affected ${attitude}`;
                else if (!record.categories.some(c => c.startsWith('affected ')))
                    record.comments.push(`${header}: ${text} (no affected category to attach it to)`);
                break;
            }
            default: {
                const id = match(field, header, text);
                if (id !== undefined) (record as unknown as Record<string, string>)[field] = id;
            }
        }
    }
    for (const dimension of PROFILE_DIMENSIONS) if (record.profile[dimension]?.length === 0) delete record.profile[dimension];
}

/** Gives every record a valid, unique identifier: its own when it has a usable one, else one derived from its name. */
function assignIds(
    pending: Array<{ row: number; record: ImportedStakeholder; explicitId: string | undefined }>,
    reserved: Set<string>,
    report: ImportReport,
): void {
    const taken = new Set<string>(reserved);
    const keep = new Set<number>();
    pending.forEach((p, i) => {
        if (p.explicitId !== undefined && isValidId(p.explicitId) && !taken.has(p.explicitId)) {
            taken.add(p.explicitId);
            p.record.id = p.explicitId;
            keep.add(i);
        }
    });
    pending.forEach((p, i) => {
        if (keep.has(i)) return;
        p.record.id = deriveId(p.explicitId ?? p.record.name, taken);
        taken.add(p.record.id);
        if (p.explicitId !== undefined) report.renamedIds.push({ row: p.row, from: p.explicitId, to: p.record.id });
        else report.derivedIds++;
    });
}
