import { latestAssessments } from './assessments.js';
import { DEFAULT_CONSULTATION_LEVEL, isIap2Level, type Iap2Level } from './iap2.js';
import { analyseProcess, type ActionAnalysis, type StakeholderProcess } from './process-analysis.js';
import type { ReviewStatus } from './review.js';
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
    // A unit's or ministry's relations (`A.Planning -> B`) count for its stakeholder.
    const owners = new Map<string, string>();
    for (const s of model.stakeholders) for (const u of [...s.units, ...s.ministries]) if (u.id) owners.set(`${s.id}.${u.id}`, s.id);
    const relationCounts = new Map<string, number>();
    for (const r of model.relations) {
        const from = owners.get(r.from) ?? r.from,
            to = owners.get(r.to) ?? r.to;
        relationCounts.set(from, (relationCounts.get(from) ?? 0) + 1);
        if (to !== from) relationCounts.set(to, (relationCounts.get(to) ?? 0) + 1);
    }
    const assessed = new Map([...latestAssessments(model.assessments)].map(([id, a]) => [id, a.level]));
    const present = new Set(model.stakeholders.filter(s => !s.custom && s.group).map(s => s.group!));
    const excluded = (programme?.excludes ?? []).filter(e => STANDARD_GROUP_IDS.includes(e.group));
    const excludedIds = new Set(excluded.map(e => e.group));
    const process = analyseProcess({ ...model, reviewMonths: programme?.reviewMonths ?? null }, asOf);
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
        stakeholders: model.stakeholders.map(s =>
            analyseStakeholder(s, relationCounts.get(s.id) ?? 0, assessed.get(s.id), process.stakeholders.get(s.id)!),
        ),
        // Plain data, never changed after it is built: shared with the model, not copied.
        groups: model.groups,
        relations: model.relations,
        coverage: {
            present: STANDARD_GROUP_IDS.filter(g => present.has(g)),
            missing: STANDARD_GROUP_IDS.filter(g => !present.has(g) && !excludedIds.has(g)),
            excluded: excluded.filter(e => !present.has(e.group)).map(e => ({ group: e.group, reason: e.reason })),
        },
        kpis: model.kpis,
        consultations: model.consultations.map(c => ({
            ...c,
            level: isIap2Level(c.level) ? c.level : DEFAULT_CONSULTATION_LEVEL,
            levelDeclared: isIap2Level(c.level),
            past: c.date !== null && compareDates(c.date, asOf) < 0,
        })),
        actions: process.actions,
        review: process.review,
        grievances: model.grievances,
        assessments: model.assessments,
        diagnostics: options.diagnostics ?? { errors: 0, warnings: 0, infos: 0 },
    };
}
