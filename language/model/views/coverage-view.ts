/**
 * Coverage of the twelve standard groups (present, excluded with the reason, missing) and the
 * register of consultations, grievance mechanisms and KPIs, each with the rule findings that sit in
 * its declaration.
 */
import type { Analysis } from '../analysis.js';
import { STANDARD_GROUPS } from '../vocabulary.js';
import { findingsByElement, type Finding } from './findings.js';
import { displayName, groupLabel } from './labels.js';

/** One standard group and how the model covers it. */
export interface CoverageRow {
    group: string;
    label: string;
    clause: string;
    status: 'present' | 'excluded' | 'missing';
    reason: string | null;
    stakeholders: Array<{ id: string; name: string }>;
}

/** A register entry: a consultation, grievance mechanism or KPI with its findings. */
export interface RegisterEntry {
    kind: 'consultation' | 'grievance' | 'kpi';
    key: string;
    id: string;
    name: string;
    /** Label/value pairs describing the entry, in display order. */
    facts: Array<[string, string]>;
    findings: Finding[];
}

/** The coverage view. */
export interface CoverageView {
    groups: CoverageRow[];
    custom: Array<{ id: string; name: string; stakeholders: Array<{ id: string; name: string }> }>;
    /** Findings on the programme declaration (whole-model rules such as coverage and balance). */
    programmeFindings: Finding[];
    consultations: RegisterEntry[];
    grievances: RegisterEntry[];
    kpis: RegisterEntry[];
}

/** Computes the coverage view; `findings` are any diagnostics, attributed by file and line. */
export function coverageView(analysis: Analysis, findings: readonly Finding[]): CoverageView {
    const byElement = findingsByElement(analysis, findings);
    // Looked up by id: a linear search per participant and KPI end was quadratic on large models.
    const byId = new Map<string, Analysis['stakeholders'][number]>();
    for (const s of analysis.stakeholders) if (!byId.has(s.id)) byId.set(s.id, s);
    // The display name of a party reference: a stakeholder, or a unit or ministry (`A.Planning`) with its stakeholder.
    const nameOf = (id: string | null): string => {
        if (!id) return '—';
        const s = byId.get(id);
        if (s) return displayName(s);
        const dot = id.indexOf('.');
        const owner = dot > 0 ? byId.get(id.slice(0, dot)) : undefined;
        const part = owner && [...owner.units, ...owner.ministries].find(u => u.id === id.slice(dot + 1));
        return owner && part ? `${part.name ?? part.id} (${displayName(owner)})` : `${id} (not declared)`;
    };
    const members = (pred: (s: Analysis['stakeholders'][number]) => boolean) =>
        analysis.stakeholders.filter(pred).map(s => ({ id: s.id, name: displayName(s) }));
    const groups = STANDARD_GROUPS.map((g): CoverageRow => {
        const excluded = analysis.coverage.excluded.find(e => e.group === g.id);
        const status = analysis.coverage.present.includes(g.id) ? 'present' : excluded ? 'excluded' : 'missing';
        return {
            group: g.id,
            label: groupLabel(g.id),
            clause: g.clause,
            status,
            reason: excluded?.reason ?? null,
            stakeholders: members(s => !s.custom && s.group === g.id),
        };
    });
    const customIds = [...new Set(analysis.stakeholders.filter(s => s.custom && s.group).map(s => s.group!))];
    const custom = customIds.map(id => ({
        id,
        name: analysis.groups.find(g => g.id === id)?.name ?? id,
        stakeholders: members(s => s.custom && s.group === id),
    }));
    const consultations = analysis.consultations.map((c): RegisterEntry => ({
        kind: 'consultation',
        key: `consultation:${c.id}`,
        id: c.id,
        name: c.name ?? c.id,
        facts: [
            ['Date', c.date ?? 'not set'],
            ['Information shared', c.informationShared ?? 'not stated'],
            ['Participants', c.participants.map(p => nameOf(p)).join('; ') || 'none'],
            ['Grievance mechanism', c.grievances.map(g => analysis.grievances.find(x => x.id === g)?.name ?? g).join('; ') || 'none'],
            ['Feedback', c.feedback ?? (c.past ? 'none yet' : 'not due yet')],
        ],
        findings: byElement.get(`consultation:${c.id}`) ?? [],
    }));
    const grievances = analysis.grievances.map((g): RegisterEntry => ({
        kind: 'grievance',
        key: `grievance:${g.id}`,
        id: g.id,
        name: g.name ?? g.id,
        facts: [
            ['Established', g.established ?? 'not set'],
            [
                'Used by',
                analysis.consultations
                    .filter(c => c.grievances.includes(g.id))
                    .map(c => c.name ?? c.id)
                    .join('; ') || 'no consultation',
            ],
        ],
        findings: byElement.get(`grievance:${g.id}`) ?? [],
    }));
    const kpis = analysis.kpis.map((k): RegisterEntry => ({
        kind: 'kpi',
        key: `kpi:${k.id}`,
        id: k.id,
        name: k.name ?? k.id,
        facts: [
            ['Provider', nameOf(k.provider)],
            ['Examiner', nameOf(k.examiner)],
            ['Target', k.target ?? 'not set'],
        ],
        findings: byElement.get(`kpi:${k.id}`) ?? [],
    }));
    const programmeKey = analysis.programme.id !== null ? `programme:${analysis.programme.id}` : '';
    return { groups, custom, programmeFindings: byElement.get(programmeKey) ?? [], consultations, grievances, kpis };
}
