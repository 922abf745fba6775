import { latestAssessments, type LatestAssessment } from './assessments.js';
import { DEFAULT_CONSULTATION_LEVEL, isIap2Level, type Iap2Level } from './iap2.js';
import {
    analyseActions,
    reachedLevels,
    reviewOf,
    stakeholderProcess,
    trajectoriesOf,
    type ActionAnalysis,
    type StakeholderProcess,
} from './process-analysis.js';
import type { ReviewStatus } from './review.js';
import { rememberList, rememberOf, rememberWhole, type AnalysisMemo } from './memo.js';
import { compareDates, todayIso } from './dates.js';
import { acceptedStrategies, engagementGap, quadrantOf, suggestedStrategy, type Quadrant } from './grid.js';
import type {
    AssessmentData,
    ConsultationData,
    DiagnosticCounts,
    GrievanceData,
    KpiData,
    ModelData,
    RelationData,
    StakeholderData,
} from './types.js';
import { STANDARD_GROUP_IDS } from './vocabulary.js';

/** One stakeholder of the analysis: its declared data plus the grid and engagement results. */
export interface StakeholderAnalysis {
    id: string;
    name: string | null;
    group: string | null;
    custom: boolean;
    file: string;
    line: number;
    scale: string | null;
    sector: string | null;
    categories: string[];
    attitude: 'supporter' | 'opponent' | null;
    roles: string[];
    power: number | null;
    interest: number | null;
    quadrant: Quadrant;
    strategy: string | null;
    strategyNote: string | null;
    suggestedStrategy: string | null;
    acceptedStrategies: string[];
    strategyMatches: boolean | null;
    engagement: { current: string | null; desired: string | null; gap: number | null; assessed: string | null };
    onion: string | null;
    profile: Record<'aims' | 'challenges' | 'potential' | 'constraints' | 'contributions', string[]>;
    /** Units and ministries; `qualifiedId` (`A.Planning`) is how references name them. */
    units: Array<{ id: string; name: string | null; type: string | null; qualifiedId: string }>;
    ministries: Array<{ id: string; name: string | null; type: string | null; qualifiedId: string }>;
    relationCount: number;
    /** Legitimacy and urgency (1..5 or null) and the salience class (null unless power, legitimacy and urgency are all given). */
    salience: StakeholderProcess['salience'];
    /** The IAP2 level reached through consultations and actions, and the level its strategy needs (null: none). */
    participation: StakeholderProcess['participation'];
    /** Every dated assessment entry naming the stakeholder, oldest first. */
    trajectory: StakeholderProcess['trajectory'];
}

/** The analysis of a whole workspace, serialised as `ssc generate --format json`. */
export interface Analysis {
    programme: {
        id: string | null;
        name: string | null;
        city: string | null;
        asOf: string;
        asOfDeclared: boolean;
        reviewMonths: number | null;
        file: string | null;
        line: number | null;
    };
    stakeholders: StakeholderAnalysis[];
    groups: ReadonlyArray<{ id: string; name: string | null; file: string; line: number }>;
    relations: ReadonlyArray<RelationData & { label: string | null }>;
    coverage: { present: string[]; missing: string[]; excluded: Array<{ group: string; reason: string | null }> };
    kpis: readonly KpiData[];
    /** `level` is the IAP2 level the consultation counts at (`consult` when none is declared; see `levelDeclared`). */
    consultations: Array<Omit<ConsultationData, 'level'> & { level: Iap2Level; levelDeclared: boolean; past: boolean }>;
    /** The engagement plan, in workspace order. */
    actions: ActionAnalysis[];
    /** The review cadence against the assessments, on the `as-of` date. */
    review: ReviewStatus;
    grievances: readonly GrievanceData[];
    assessments: readonly AssessmentData[];
    diagnostics: DiagnosticCounts;
}

/** Options of {@link analyse}. */
export interface AnalyseOptions {
    /** Diagnostic counts to embed. */
    diagnostics?: DiagnosticCounts;
    /** Date to use when the programme has no `as-of` (defaults to today, UTC). */
    today?: string;
    /** Results of earlier analyses to reuse where their inputs are the same records (see AnalysisMemo). */
    memo?: AnalysisMemo;
}

/** The latest dated assessment entry of each stakeholder (remembered: the analysis and the model index both read it). */
export function latestAssessmentsOf(model: Pick<ModelData, 'assessments'>, memo?: AnalysisMemo): Map<string, LatestAssessment> {
    return rememberWhole(memo, 'latest-assessments', [model.assessments], () => latestAssessments(model.assessments));
}

/** The stakeholders' ids in workspace order (the same list while no id changed). */
export function stakeholderIds(model: Pick<ModelData, 'stakeholders'>, memo?: AnalysisMemo): string[] {
    return rememberList(memo, 'stakeholder-ids', model.stakeholders, [], s => s.id);
}

/** Where each id is first declared among the stakeholders, and the ids declared more than once. */
export interface FirstDeclarations {
    readonly first: ReadonlyMap<string, number>;
    readonly repeated: ReadonlySet<string>;
}

/** The first declaration of each stakeholder id (recomputed only when an id changed). */
export function firstDeclarations(ids: readonly string[], memo?: AnalysisMemo): FirstDeclarations {
    const found = rememberWhole(memo, 'first-declarations', [ids], () => {
        const first = new Map<string, number>();
        const repeated = new Set<string>();
        ids.forEach((id, i) => (first.has(id) ? repeated.add(id) : first.set(id, i)));
        return { first, repeated };
    });
    // Renaming a stakeholder changes `first` but rarely which ids repeat: keep that set, and what depends on it.
    const repeated = memo ? memo.stable('repeated-ids', found.repeated, sameSet) : found.repeated;
    return { first: found.first, repeated };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
    if (a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false;
    return true;
}

/** The owning stakeholder of each unit's or ministry's qualified name (`A.Planning` → `A`). */
function unitOwners(model: ModelData, memo: AnalysisMemo | undefined): ReadonlyMap<string, string> {
    if (!memo) {
        const owners = new Map<string, string>();
        for (const s of model.stakeholders) for (const u of [...s.units, ...s.ministries]) if (u.id) owners.set(`${s.id}.${u.id}`, s.id);
        return owners;
    }
    // One string per stakeholder, equal while its units are: a keystroke in a stakeholder keeps the map.
    const units = rememberList(memo, 'qualified-units', model.stakeholders, [], s =>
        [...s.units, ...s.ministries]
            .filter(u => u.id)
            .map(u => `${s.id}.${u.id}`)
            .join('\n'),
    );
    return rememberWhole(memo, 'unit-owners', [units], () => {
        const owners = new Map<string, string>();
        units.forEach((names, i) => {
            if (names) for (const name of names.split('\n')) owners.set(name, model.stakeholders[i].id);
        });
        return owners;
    });
}

/**
 * How many relations each stakeholder takes part in; a unit's or ministry's relations (`A.Planning -> B`)
 * count for its stakeholder.
 */
function relationCounts(model: ModelData, memo: AnalysisMemo | undefined): Map<string, number> {
    const owners = unitOwners(model, memo);
    return rememberWhole(memo, 'relation-counts', [model.relations, owners], () => {
        const counts = new Map<string, number>();
        for (const r of model.relations) {
            const from = owners.get(r.from) ?? r.from,
                to = owners.get(r.to) ?? r.to;
            counts.set(from, (counts.get(from) ?? 0) + 1);
            if (to !== from) counts.set(to, (counts.get(to) ?? 0) + 1);
        }
        return counts;
    });
}

/** The standard groups that have a (non-custom) stakeholder. */
function presentGroups(model: ModelData, memo: AnalysisMemo | undefined): ReadonlySet<string> {
    const groups = rememberList(memo, 'stakeholder-groups', model.stakeholders, [], s => (!s.custom && s.group ? s.group : null));
    return rememberWhole(memo, 'present-groups', [groups], () => new Set(groups.filter(g => g !== null)));
}

function analyseStakeholder(
    s: StakeholderData,
    relationCount: number,
    assessed: string | undefined,
    process: StakeholderProcess,
): StakeholderAnalysis {
    const accepted = acceptedStrategies(s.power, s.interest);
    return {
        id: s.id,
        name: s.name,
        group: s.group,
        custom: s.custom,
        file: s.file,
        line: s.line,
        scale: s.scale,
        sector: s.sector,
        categories: [...s.categories],
        attitude: s.attitude,
        roles: [...s.roles],
        power: s.power,
        interest: s.interest,
        quadrant: quadrantOf(s.power, s.interest),
        strategy: s.strategy,
        strategyNote: s.strategyNote,
        suggestedStrategy: suggestedStrategy(s.power, s.interest),
        acceptedStrategies: accepted,
        strategyMatches: s.strategy === null || accepted.length === 0 ? null : accepted.includes(s.strategy as never),
        engagement: { current: s.current, desired: s.desired, gap: engagementGap(s.current, s.desired), assessed: assessed ?? null },
        onion: s.onion,
        profile: {
            aims: [...s.profile.aims],
            challenges: [...s.profile.challenges],
            potential: [...s.profile.potential],
            constraints: [...s.profile.constraints],
            contributions: [...s.profile.contributions],
        },
        units: s.units.map(u => ({ ...u, qualifiedId: `${s.id}.${u.id}` })),
        ministries: s.ministries.map(u => ({ ...u, qualifiedId: `${s.id}.${u.id}` })),
        relationCount,
        salience: { ...process.salience },
        participation: { ...process.participation },
        trajectory: process.trajectory.map(p => ({ ...p })),
    };
}

/** Computes the analysis of a workspace from its plain data. Pure and deterministic. */
export function analyse(model: ModelData, options: AnalyseOptions = {}): Analysis {
    const programme = model.programme;
    const asOf = programme?.asOf ?? options.today ?? todayIso();
    const memo = options.memo;
    const counts = relationCounts(model, memo);
    const latest = latestAssessmentsOf(model, memo);
    const present = presentGroups(model, memo);
    const excluded = (programme?.excludes ?? []).filter(e => STANDARD_GROUP_IDS.includes(e.group));
    const excludedIds = new Set(excluded.map(e => e.group));
    const processModel = { ...model, reviewMonths: programme?.reviewMonths ?? null };
    const reached = reachedLevels(processModel, memo);
    const paths = trajectoriesOf(processModel, memo);
    const ids = stakeholderIds(model, memo);
    const { first, repeated } = firstDeclarations(ids, memo);
    const analysed = (s: StakeholderData): StakeholderAnalysis => {
        // A repeated id takes the process fields of its first declaration (as the index finds it).
        const declared = repeated.has(s.id) ? model.stakeholders[first.get(s.id)!] : s;
        const process = rememberOf(memo, 'process', declared, [reached.get(s.id) ?? null, paths.get(s.id)], () =>
            stakeholderProcess(declared, reached.get(s.id) ?? null, paths.get(s.id)),
        );
        const count = counts.get(s.id) ?? 0;
        const assessed = latest.get(s.id)?.level;
        return rememberOf(memo, 'stakeholder', s, [count, assessed, process], () => analyseStakeholder(s, count, assessed, process));
    };
    // While the lookups are the same, only the records a keystroke replaced are analysed again; a
    // change touching a repeated id analyses them all (the first declaration lends its fields).
    const stakeholders = rememberList(
        memo,
        'stakeholder-analysis',
        model.stakeholders,
        [counts, latest, reached, paths, repeated],
        analysed,
        (before, after) => repeated.size === 0 || ![...before, ...after].some(s => repeated.has(s.id)),
    );
    return {
        programme: {
            id: programme?.id ?? null,
            name: programme?.name ?? null,
            city: programme?.city ?? null,
            asOf,
            asOfDeclared: Boolean(programme?.asOf),
            reviewMonths: programme?.reviewMonths ?? null,
            file: programme?.file ?? null,
            line: programme?.line ?? null,
        },
        stakeholders,
        // Plain data, never changed after it is built: shared with the model, not copied.
        groups: model.groups,
        relations: model.relations,
        coverage: {
            present: STANDARD_GROUP_IDS.filter(g => present.has(g)),
            missing: STANDARD_GROUP_IDS.filter(g => !present.has(g) && !excludedIds.has(g)),
            excluded: excluded.filter(e => !present.has(e.group)).map(e => ({ group: e.group, reason: e.reason })),
        },
        kpis: model.kpis,
        consultations: rememberList(memo, 'consultations', model.consultations, [asOf], c => ({
            ...c,
            level: isIap2Level(c.level) ? c.level : DEFAULT_CONSULTATION_LEVEL,
            levelDeclared: isIap2Level(c.level),
            past: c.date !== null && compareDates(c.date, asOf) < 0,
        })),
        actions: analyseActions(model.actions, asOf, memo),
        review: reviewOf(processModel, ids, asOf, memo),
        grievances: model.grievances,
        assessments: model.assessments,
        diagnostics: options.diagnostics ?? { errors: 0, warnings: 0, infos: 0 },
    };
}
