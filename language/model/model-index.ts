import { firstDeclarations, latestAssessmentsOf, stakeholderIds, type Analysis, type StakeholderAnalysis } from './analysis.js';
import type { LatestAssessment } from './assessments.js';
import { rememberList, rememberWhole, type AnalysisMemo } from './memo.js';
import { relationKey } from './participation.js';
import { actionStatus, ownerStakeholder } from './plan.js';
import type { GrievanceData, ModelData, RelationData } from './types.js';

/** Lookups over a workspace's model data and analysis, built once per workspace state. */
export interface ModelIndex {
    /** The first stakeholder declared with an id. */
    stakeholder(id: string): StakeholderAnalysis | undefined;
    /**
     * The stakeholder a party reference stands for: the stakeholder itself, or for a qualified unit or
     * ministry name (`CityCouncil.Planning`) the stakeholder it belongs to, when that unit exists.
     */
    party(ref: string): StakeholderAnalysis | undefined;
    /** The first grievance mechanism declared with an id. */
    grievance(id: string): GrievanceData | undefined;
    /** The relations declared in one file, in order. */
    relationsInFile(file: string): readonly RelationData[];
    /** All relations with the same ends, direction and kind, in workspace order. */
    sameRelations(key: string): readonly RelationData[];
    /** The latest assessment entry of a stakeholder. */
    latestAssessment(id: string): LatestAssessment | undefined;
    /** True when some assessment names the stakeholder. */
    assessed(id: string): boolean;
    /** The statuses of the actions that have the stakeholder (or one of its units or ministries) in `with`. */
    actionStatusesWith(id: string): ReadonlySet<'open' | 'done' | 'dropped'>;
    /** Who usually owns an engagement action: the municipality stakeholders, each followed by its units (qualified names). */
    readonly ownerCandidates: ReadonlyArray<{ readonly id: string; readonly name: string | null }>;
}

const NONE: ReadonlyArray<{ readonly id: string; readonly name: string | null }> = [];

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
    const map = new Map<string, T>();
    for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
    return map;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
    const map = new Map<string, T[]>();
    for (const item of items) {
        const k = key(item);
        const list = map.get(k);
        if (list) list.push(item);
        else map.set(k, [item]);
    }
    return map;
}

/** The owning stakeholder of a party reference: `A` itself, or `A` for its unit or ministry `A.U`. */
export function partyOf(ref: string, stakeholders: Pick<ReadonlyMap<string, StakeholderAnalysis>, 'get'>): StakeholderAnalysis | undefined {
    const dot = ref.indexOf('.');
    if (dot < 0) return stakeholders.get(ref);
    const owner = stakeholders.get(ref.slice(0, dot));
    const member = ref.slice(dot + 1);
    return owner && [...owner.units, ...owner.ministries].some(u => u.id === member) ? owner : undefined;
}

/** The statuses of the actions with each stakeholder (a unit or ministry counts for its stakeholder). */
function actionStatuses(actions: ModelData['actions']): Map<string, Set<'open' | 'done' | 'dropped'>> {
    const statuses = new Map<string, Set<'open' | 'done' | 'dropped'>>();
    for (const action of actions) {
        for (const ref of action.with) {
            const id = ownerStakeholder(ref);
            let set = statuses.get(id);
            if (!set) statuses.set(id, (set = new Set()));
            set.add(actionStatus(action));
        }
    }
    return statuses;
}

/**
 * Builds the lookups of a workspace. Pure; callers cache the result per workspace state, and with the
 * memo of the analysis each lookup is built again only when the records it reads changed.
 */
export function indexModel(model: ModelData, analysis: Analysis, memo?: AnalysisMemo): ModelIndex {
    // The analysis lists the stakeholders in the model's order: where an id is first declared is where its analysis is.
    const { first } = firstDeclarations(stakeholderIds(model, memo), memo);
    const stakeholders: Pick<ReadonlyMap<string, StakeholderAnalysis>, 'get'> = {
        get: (id: string) => {
            const at = first.get(id);
            return at === undefined ? undefined : analysis.stakeholders[at];
        },
    };
    const grievances = rememberWhole(memo, 'index-grievances', [model.grievances], () => firstById(model.grievances));
    const byFile = rememberWhole(memo, 'index-relations-by-file', [model.relations], () => groupBy(model.relations, r => r.file));
    const byKey = rememberWhole(memo, 'index-relations-by-key', [model.relations], () => groupBy(model.relations, relationKey));
    const assessed = latestAssessmentsOf(model, memo);
    const named = rememberWhole(
        memo,
        'index-named',
        [model.assessments],
        () => new Set(model.assessments.flatMap(a => a.entries.map(e => e.stakeholder))),
    );
    const statuses = rememberWhole(memo, 'index-action-statuses', [model.actions], () => actionStatuses(model.actions));
    const candidates = rememberList(memo, 'owner-candidates', model.stakeholders, [], s =>
        s.group === 'municipality' ? [{ id: s.id, name: s.name }, ...s.units.map(u => ({ id: `${s.id}.${u.id}`, name: u.name }))] : NONE,
    );
    const ownerCandidates = rememberWhole(memo, 'index-owner-candidates', [candidates], () => candidates.flat());
    return {
        stakeholder: id => stakeholders.get(id),
        party: ref => partyOf(ref, stakeholders),
        grievance: id => grievances.get(id),
        relationsInFile: file => byFile.get(file) ?? [],
        sameRelations: key => byKey.get(key) ?? [],
        latestAssessment: id => assessed.get(id),
        assessed: id => named.has(id),
        actionStatusesWith: id => statuses.get(id) ?? new Set(),
        ownerCandidates,
    };
}
