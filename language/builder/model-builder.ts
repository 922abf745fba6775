import { AstUtils, type AstNode, type LangiumDocument, type Mutable, type Reference } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import {
    isAction,
    isAssessment,
    isConsultation,
    isGrievance,
    isGroup,
    isKpi,
    isProgramme,
    isRelation,
    isStakeholder,
    type Action,
    type Model,
    type Stakeholder,
    type Unit,
    type Ministry,
} from '../generated/ast.js';
import { gridNumber } from '../model/grid.js';
import type {
    ActionData,
    AssessmentData,
    ConsultationData,
    GrievanceData,
    GroupData,
    KpiData,
    ModelData,
    ProgrammeData,
    RelationData,
    StakeholderData,
    UnitData,
} from '../model/types.js';
import { STANDARD_GROUP_IDS } from '../model/vocabulary.js';
import { cstStart } from '../utils/cst-start.js';
import { sharedEnds } from '../model/shared-ends.js';

/** Turns a document URI into the file name shown in outputs (a relative path in the CLI). */
export type FileNamer = (document: LangiumDocument) => string;

function line(node: AstNode): number {
    return (node.$cstNode ? cstStart(node.$cstNode).line : 0) + 1;
}

function refName(ref: Reference | undefined): string | null {
    return ref?.$refText || null;
}

/**
 * The values error recovery actually filled in: a half-typed list can hold `undefined`. A blank text
 * (a snippet's or quick fix's empty place, not filled in yet) counts as not given.
 */
function present(values: ReadonlyArray<string | undefined>): string[] {
    return values.filter((v): v is string => typeof v === 'string' && !blank(v));
}

/** A text as given, or null when it is missing or blank (an empty place left to fill in). */
function text(value: string | undefined): string | null {
    return value !== undefined && !blank(value) ? value : null;
}

/** Whether a text holds only white space. Nearly every text starts with a visible character, which settles it without trimming. */
function blank(value: string): boolean {
    const first = value.charCodeAt(0);
    if (first > 0x20 && first < 0x7f) return false;
    return value.trim() === '';
}

function unitData(unit: Unit | Ministry): UnitData {
    return { id: unit.name ?? '', name: text(unit.title), type: refName(unit.type) };
}

function isCustomGroup(stakeholder: Stakeholder): boolean {
    const target = stakeholder.group?.ref;
    if (target) return !isBuiltinUri(AstUtils.getDocument(target).uri.toString());
    return !STANDARD_GROUP_IDS.includes(stakeholder.group?.$refText ?? '');
}

function stakeholderData(s: Stakeholder, place: { file: string; line: number }): StakeholderData {
    const categories = [...new Set(present(s.categories.map(c => c.kind)))];
    const attitude = s.categories.find(c => c.attitude)?.attitude ?? null;
    return {
        file: place.file,
        line: place.line,
        id: s.name,
        name: text(s.title),
        group: refName(s.group),
        custom: isCustomGroup(s),
        scale: s.scale ?? null,
        sector: s.sector ?? null,
        categories,
        attitude,
        roles: [...new Set(present(s.roles))],
        power: gridNumber(s.power),
        interest: gridNumber(s.interest),
        legitimacy: gridNumber(s.legitimacy),
        urgency: gridNumber(s.urgency),
        strategy: s.strategy?.kind ?? null,
        strategyNote: s.strategy?.note ?? null,
        current: s.engagement?.current ?? null,
        desired: s.engagement?.desired ?? null,
        onion: s.onion ?? null,
        profile: {
            aims: present(s.aims),
            challenges: present(s.challenges),
            potential: present(s.potential),
            constraints: present(s.constraints),
            contributions: present(s.contributions),
        },
        units: s.units.map(unitData),
        ministries: s.ministries.map(unitData),
    };
}

function actionData(a: Action, place: { file: string; line: number }): ActionData {
    return {
        file: place.file,
        line: place.line,
        id: a.name,
        name: text(a.title),
        with: a.with.map(p => p.$refText).filter(Boolean),
        owner: refName(a.owner),
        level: a.level ?? null,
        toward: a.toward ?? null,
        channel: text(a.channel),
        due: a.due ?? null,
        status: a.status?.state ?? null,
        doneOn: a.status?.doneOn ?? null,
        droppedReason: a.status?.reason ?? null,
    };
}

/**
 * The one place that reads syntax trees into plain model data. Documents are taken in the given order
 * (callers sort them); the built-in library is skipped. Unresolved references keep their written name.
 */
export function buildModelData(documents: Iterable<LangiumDocument>, fileName: FileNamer): ModelData {
    const parts: ModelData[] = [];
    for (const document of documents) {
        if (!isBuiltinUri(document.uri.toString())) parts.push(documentModelData(document, fileName(document)));
    }
    return mergeModelData(parts);
}

/** What one top-level element adds to its document's model data. */
type ElementRecord =
    | { readonly kind: 'programme'; readonly data: ProgrammeData }
    | { readonly kind: 'stakeholders'; readonly data: StakeholderData }
    | { readonly kind: 'groups'; readonly data: GroupData }
    | { readonly kind: 'relations'; readonly data: RelationData }
    | { readonly kind: 'kpis'; readonly data: KpiData }
    | { readonly kind: 'grievances'; readonly data: GrievanceData }
    | { readonly kind: 'consultations'; readonly data: ConsultationData }
    | { readonly kind: 'actions'; readonly data: ActionData }
    | { readonly kind: 'assessments'; readonly data: AssessmentData };

/**
 * Model data of single top-level elements, each kept while its element lives at the same line (and,
 * for a stakeholder, links to the same group): after a block re-parse only the edited element is read
 * again (see WorkspaceModel).
 */
export type ElementDataCache = WeakMap<AstNode, ElementReading>;

function elementRecord(element: Model['elements'][number], place: { file: string; line: number }): ElementRecord | undefined {
    if (isProgramme(element)) {
        return {
            kind: 'programme',
            data: {
                file: place.file,
                line: place.line,
                id: element.name,
                name: text(element.title),
                city: text(element.city),
                asOf: element.asOf ?? null,
                reviewMonths: element.review?.months ?? null,
                excludes: element.excludes.map(e => ({ group: refName(e.group) ?? '', reason: text(e.reason) })),
            },
        };
    }
    if (isStakeholder(element)) return { kind: 'stakeholders', data: stakeholderData(element, place) };
    if (isGroup(element))
        return { kind: 'groups', data: { file: place.file, line: place.line, id: element.name, name: text(element.title) } };
    if (isRelation(element)) {
        return {
            kind: 'relations',
            data: {
                file: place.file,
                line: place.line,
                from: refName(element.from) ?? '',
                to: refName(element.to) ?? '',
                kind: element.kind ?? '',
                mutual: element.mutual ?? false,
                label: text(element.label),
            },
        };
    }
    if (isKpi(element)) {
        return {
            kind: 'kpis',
            data: {
                file: place.file,
                line: place.line,
                id: element.name,
                name: text(element.title),
                provider: refName(element.provider),
                examiner: refName(element.examiner),
                target: text(element.target),
            },
        };
    }
    if (isGrievance(element)) {
        return {
            kind: 'grievances',
            data: {
                file: place.file,
                line: place.line,
                id: element.name,
                name: text(element.title),
                established: element.established ?? null,
            },
        };
    }
    if (isConsultation(element)) {
        return {
            kind: 'consultations',
            data: {
                file: place.file,
                line: place.line,
                id: element.name,
                name: text(element.title),
                date: element.date ?? null,
                level: element.level ?? null,
                participants: element.participants.map(p => p.$refText),
                informationShared: element.informationShared ?? null,
                grievances: element.grievances.map(g => g.$refText),
                feedback: text(element.feedback),
            },
        };
    }
    if (isAssessment(element)) {
        return {
            kind: 'assessments',
            data: {
                file: place.file,
                line: place.line,
                label: element.label ?? '',
                date: element.date ?? null,
                entries: element.entries
                    .filter(e => e.stakeholder?.$refText && e.level)
                    .map(e => ({
                        stakeholder: e.stakeholder.$refText,
                        level: e.level,
                        power: gridNumber(e.power),
                        interest: gridNumber(e.interest),
                    })),
            },
        };
    }
    if (isAction(element)) return { kind: 'actions', data: actionData(element, place) };
    return undefined;
}

type ElementReading = { readonly file: string; readonly line: number; readonly link: unknown; readonly record: ElementRecord | undefined };

/**
 * The last reading of each document: its top-level elements in order, and what each gave. A keystroke
 * replaces a run of elements and leaves those before it in place and those after it in place or moved
 * by whole lines; their readings are taken over without reading the elements (at 1,000 stakeholders in
 * one file, finding each element's line and cache entry cost ~13 ms per keystroke).
 */
export type DocumentReadings = WeakMap<
    LangiumDocument,
    { readonly file: string; readonly elements: readonly AstNode[]; readonly readings: ReadonlyArray<ElementReading | undefined> }
>;

function readElement(element: Model['elements'][number], file: string, cache: ElementDataCache | undefined): ElementReading | undefined {
    // Error recovery can leave a declaration without its name; nothing can refer to it, and
    // every consumer keys elements by id, so it is left out until the user finishes typing it.
    if (!isRelation(element) && !isAssessment(element) && !element.name) return undefined;
    const place = { file, line: line(element) };
    const link = isStakeholder(element) ? element.group?.ref : undefined;
    const kept = cache?.get(element);
    if (kept && kept.file === file && kept.line === place.line && kept.link === link) return kept;
    const reading = { file, line: place.line, link, record: elementRecord(element, place) };
    cache?.set(element, reading);
    return reading;
}

/** The model data of one document (its first programme, if any, as `programme`). */
export function documentModelData(
    document: LangiumDocument,
    file: string,
    cache?: ElementDataCache,
    readings?: DocumentReadings,
): ModelData {
    const data: Mutable<ModelData> = {
        programme: null,
        stakeholders: [],
        groups: [],
        relations: [],
        kpis: [],
        grievances: [],
        consultations: [],
        actions: [],
        assessments: [],
    };
    const model = document.parseResult.value as Model;
    const elements = model.elements ?? [];
    const last = readings?.get(document);
    let [start, end] = last && last.file === file ? sharedEnds(last.elements, elements) : [0, 0];
    if (last && (start > 0 || end > 0)) {
        const replaced = [...last.elements.slice(start, last.elements.length - end), ...elements.slice(start, elements.length - end)];
        // A group's stakeholders read whether it is standard: a changed group reads them all again.
        if (replaced.some(isGroup)) start = end = 0;
        else if (end > 0 && last.readings[last.elements.length - end]?.line !== line(elements[elements.length - end])) end = 0;
    }
    const taken: Array<ElementReading | undefined> = [];
    for (let i = 0; i < elements.length; i++) {
        const element = elements[i];
        const from = i < start ? i : i >= elements.length - end ? i - elements.length + last!.elements.length : -1;
        let reading = from >= 0 ? last!.readings[from] : undefined;
        // A group in another file may have changed (renamed, made standard): the link tells.
        if (reading && isStakeholder(element) && element.group?.ref !== reading.link) reading = undefined;
        reading ??= readElement(element, file, cache);
        taken.push(reading);
        const record = reading?.record;
        if (!record) continue;
        if (record.kind === 'programme') data.programme ??= record.data;
        else (data[record.kind] as unknown[]).push(record.data);
    }
    readings?.set(document, { file, elements: elements.slice(), readings: taken });
    return data;
}

/** Joins per-document model data, in order; the first programme wins. */
export function mergeModelData(parts: readonly ModelData[]): ModelData {
    return {
        programme: parts.find(p => p.programme)?.programme ?? null,
        stakeholders: joined(parts, p => p.stakeholders),
        groups: joined(parts, p => p.groups),
        relations: joined(parts, p => p.relations),
        kpis: joined(parts, p => p.kpis),
        grievances: joined(parts, p => p.grievances),
        consultations: joined(parts, p => p.consultations),
        actions: joined(parts, p => p.actions),
        assessments: joined(parts, p => p.assessments),
    };
}

// A loop, not flatMap: this runs after every keystroke over the whole workspace's records.
function joined<T>(parts: readonly ModelData[], list: (part: ModelData) => readonly T[]): T[] {
    const result: T[] = [];
    for (const part of parts) for (const item of list(part)) result.push(item);
    return result;
}
