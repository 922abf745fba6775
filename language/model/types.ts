/**
 * Plain data read from a workspace of `.ssc` documents: what the builder extracts from the syntax
 * trees, before any analysis. No Langium or VS Code types appear here.
 */

/** Where a declaration sits: a file (as displayed) and a 1-based line. */
export interface SourcePlace {
    readonly file: string;
    readonly line: number;
}

/** A programme declaration. */
export interface ProgrammeData extends SourcePlace {
    readonly id: string;
    readonly name: string | null;
    readonly city: string | null;
    readonly asOf: string | null;
    readonly reviewMonths: number | null;
    readonly excludes: ReadonlyArray<{ readonly group: string; readonly reason: string | null }>;
}

/** A unit or ministry inside a stakeholder. */
export interface UnitData {
    readonly id: string;
    readonly name: string | null;
    readonly type: string | null;
}

/** A stakeholder declaration with its raw values. */
export interface StakeholderData extends SourcePlace {
    readonly id: string;
    readonly name: string | null;
    readonly group: string | null;
    readonly custom: boolean;
    readonly scale: string | null;
    readonly sector: string | null;
    readonly categories: readonly string[];
    readonly attitude: 'supporter' | 'opponent' | null;
    readonly roles: readonly string[];
    readonly power: number | null;
    readonly interest: number | null;
    /** Salience attributes (1..5), with power: null when not given. */
    readonly legitimacy: number | null;
    readonly urgency: number | null;
    readonly strategy: string | null;
    readonly strategyNote: string | null;
    readonly current: string | null;
    readonly desired: string | null;
    readonly onion: string | null;
    readonly profile: Readonly<Record<'aims' | 'challenges' | 'potential' | 'constraints' | 'contributions', readonly string[]>>;
    readonly units: readonly UnitData[];
    readonly ministries: readonly UnitData[];
}

/** A custom group declared by the user. */
export interface GroupData extends SourcePlace {
    readonly id: string;
    readonly name: string | null;
}

/** A relation between two parties: stakeholders, or units/ministries by qualified name (`A.Planning`). */
export interface RelationData extends SourcePlace {
    readonly from: string;
    readonly to: string;
    readonly kind: string;
    readonly mutual: boolean;
    readonly label: string | null;
}

/** A key performance indicator with its provider and examiner. */
export interface KpiData extends SourcePlace {
    readonly id: string;
    readonly name: string | null;
    readonly provider: string | null;
    readonly examiner: string | null;
    readonly target: string | null;
}

/** A grievance mechanism. */
export interface GrievanceData extends SourcePlace {
    readonly id: string;
    readonly name: string | null;
    readonly established: string | null;
}

/** A consultation of stakeholders. */
export interface ConsultationData extends SourcePlace {
    readonly id: string;
    readonly name: string | null;
    readonly date: string | null;
    /** The IAP2 level declared with `level`, or null (which counts as `consult`). */
    readonly level: string | null;
    readonly participants: readonly string[];
    readonly informationShared: string | null;
    readonly grievances: readonly string[];
    readonly feedback: string | null;
}

/** One stakeholder's entry in an assessment: its level and, optionally, its grid position on that date. */
export interface AssessmentEntryData {
    readonly stakeholder: string;
    readonly level: string;
    readonly power: number | null;
    readonly interest: number | null;
}

/** A dated engagement assessment. */
export interface AssessmentData extends SourcePlace {
    readonly label: string;
    readonly date: string | null;
    readonly entries: readonly AssessmentEntryData[];
}

/** The state of an action: `open`, `done` (optionally with the date), or `dropped` (optionally with a reason). */
export type ActionState = 'open' | 'done' | 'dropped';

/** A step of the engagement plan. References are ids; a unit or ministry by its qualified name. */
export interface ActionData extends SourcePlace {
    readonly id: string;
    readonly name: string | null;
    readonly with: readonly string[];
    readonly owner: string | null;
    readonly level: string | null;
    readonly toward: string | null;
    readonly channel: string | null;
    readonly due: string | null;
    readonly status: ActionState | null;
    readonly doneOn: string | null;
    readonly droppedReason: string | null;
}

/** Counts of diagnostics by severity. */
export interface DiagnosticCounts {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly hints?: number;
}

/** Everything a workspace declares, as plain data. */
export interface ModelData {
    readonly programme: ProgrammeData | null;
    readonly stakeholders: readonly StakeholderData[];
    readonly groups: readonly GroupData[];
    readonly relations: readonly RelationData[];
    readonly kpis: readonly KpiData[];
    readonly grievances: readonly GrievanceData[];
    readonly consultations: readonly ConsultationData[];
    readonly actions: readonly ActionData[];
    readonly assessments: readonly AssessmentData[];
}
