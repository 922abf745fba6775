import { ENGAGEMENT_LEVELS, ONION_LAYERS, SCALES, SECTORS, STANDARD_GROUP_IDS, TECHNOLOGY_ROLES } from '../../model/vocabulary.js';

/** A snippet offered where a new top-level element may start. */
export interface SscSnippet {
    /** The keyword the snippet starts with; it is the label, so typing the keyword finds it. */
    readonly keyword: string;
    /** What the snippet inserts, in one phrase. */
    readonly detail: string;
    /** The snippet body in LSP snippet syntax. */
    readonly body: string;
    /** The text the body inserts when every tab stop keeps its default, for the completion's documentation. */
    readonly preview: string;
}

/** What snippets may offer as choices, taken from the workspace. */
export interface SnippetChoices {
    readonly groups: readonly string[];
    readonly stakeholders: readonly string[];
    readonly municipalities: readonly string[];
    /** Stakeholders of group `citizens` or `ngo`: a consultation should include one (clause 4.2). */
    readonly civic: readonly string[];
    readonly grievances: readonly string[];
    /** Names already taken in the workspace: snippets never default to one of them. */
    readonly taken: readonly string[];
    readonly today: string;
}

const usable = (values: readonly string[]) => values.filter(v => /^[\w-]+( [\w-]+)?$/.test(v));

function choice(index: number, values: readonly string[]): string {
    return `\${${index}|${usable(values).join(',')}|}`;
}

/** A name for the element that no element of the workspace has yet (`Consultation`, `Consultation2`…). */
function freshName(base: string, taken: readonly string[]): string {
    const names = new Set(taken);
    let name = base;
    for (let i = 2; names.has(name); i++) name = `${base}${i}`;
    return name;
}

/** `date` moved by `days` (negative: earlier), as an ISO date. */
export function shiftDate(date: string, days: number): string {
    const d = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return date;
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
}

/**
 * The text a snippet body inserts with every default: the first choice, the placeholder, the same
 * text again where a tab stop is mirrored, nothing for an empty stop.
 */
export function snippetPreview(body: string): string {
    const defaults = new Map<string, string>();
    for (const m of body.matchAll(/\$\{(\d+)(?::([^}]*)|\|([^,|}]*)[^}]*\|)\}/g)) defaults.set(m[1], m[2] ?? m[3] ?? '');
    return body
        .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\|\}/g, '$2')
        .replace(/\$\{(\d+):([^}]*)\}/g, '$2')
        .replace(/\$\{(\d+)\}|\$(\d+)/g, (_all, a: string | undefined, b: string | undefined) => defaults.get(a ?? b ?? '') ?? '')
        .replace(/\\([$}\\])/g, '$1')
        .replace(/\t/g, '    ');
}

function snippet(keyword: string, detail: string, lines: string[]): SscSnippet {
    const body = lines.join('\n');
    return { keyword, detail, body, preview: snippetPreview(body) };
}

// Choices put first the value whose default is consistent with the other defaults: low power and low
// interest sit in the `monitor` quadrant, so the strategy line defaults to `monitor`, and a stakeholder
// with low power defaults to `beneficiary` (not `active`, which clause 3.2 a ties to power).
const GRID_ORDER = ['low', 'medium', 'high'];
const STRATEGY_ORDER = ['monitor', 'keep-informed', 'keep-satisfied', 'manage-closely'];
const CATEGORY_ORDER = ['beneficiary', 'active', 'affected supporter', 'affected opponent'];
const DESIRED_ORDER = ['neutral', 'supportive', 'leading', 'resistant', 'unaware'];

/**
 * The stakeholder, consultation, grievance, KPI and programme snippets, with choices from the
 * workspace. Every snippet inserted with its defaults adds no error and no warning that contradicts
 * its own text, and no placeholder text that would reach a report: texts the user must write are
 * empty tab stops (an empty text counts as missing, so the profile warning keeps asking for it).
 */
export function sscSnippets(choices: SnippetChoices, withProgramme: boolean): SscSnippet[] {
    const groups = [...STANDARD_GROUP_IDS, ...choices.groups.filter(g => !STANDARD_GROUP_IDS.includes(g))];
    const levels = [...ENGAGEMENT_LEVELS].sort((a, b) => (a === 'unaware' ? -1 : 0) - (b === 'unaware' ? -1 : 0));
    const snippets: SscSnippet[] = [
        snippet('stakeholder', 'Stakeholder with its grid place, engagement, strategy and every profile dimension', [
            `stakeholder \${1:${freshName('Stakeholder', choices.taken)}} "\${2}" : ${choice(3, groups)} {`,
            `\tscale ${choice(4, SCALES)}`,
            `\tsector ${choice(5, SECTORS)}`,
            `\tcategory ${choice(6, CATEGORY_ORDER)}`,
            `\troles ${choice(7, TECHNOLOGY_ROLES)}`,
            `\tpower ${choice(8, GRID_ORDER)}`,
            `\tinterest ${choice(9, GRID_ORDER)}`,
            `\tengagement ${choice(10, levels)} -> ${choice(11, DESIRED_ORDER)}`,
            `\tstrategy ${choice(12, STRATEGY_ORDER)}`,
            `\tonion ${choice(13, [...ONION_LAYERS].reverse())}`,
            '\taims "$14"',
            '\tchallenges "$15"',
            '\tpotential "$16"',
            '\tconstraints "$17"',
            '\tcontributions "$18"',
            '}',
        ]),
        consultationSnippet(choices),
        grievanceSnippet(choices, 1),
        kpiSnippet(choices),
    ];
    if (withProgramme) {
        snippets.push(
            snippet('programme', 'New programme with city, reference date and review cadence', [
                `programme \${1:${freshName('Programme', choices.taken)}} "\${2}" {`,
                '\tcity "$3"',
                `\tas-of \${4:${choices.today}}`,
                `\treview every \${5|6,3,12,1|} months`,
                '}',
            ]),
        );
    }
    return snippets;
}

/** A grievance mechanism, established a month before the reference date. */
function grievanceLine(choices: SnippetChoices, first: number): string {
    return `grievance \${${first}:${freshName('Grievance', choices.taken)}} "\${${first + 1}}" established \${${first + 2}:${shiftDate(choices.today, -30)}}`;
}

function grievanceSnippet(choices: SnippetChoices, first: number): SscSnippet {
    return snippet('grievance', 'Grievance mechanism with the date it was established (clause 4.2: before any consultation)', [
        grievanceLine(choices, first),
    ]);
}

/**
 * The consultation: held on the reference date, information shared two weeks before, a grievance
 * mechanism that exists before it (a new one, declared just above, when the workspace has none), and
 * a citizens or NGO stakeholder among the participants when there is one. Feedback is written once
 * it has been given, so the snippet leaves a comment instead of a made-up text.
 */
function consultationSnippet(choices: SnippetChoices): SscSnippet {
    const lines: string[] = [];
    let grievance: string;
    let next = 3;
    if (usable(choices.grievances).length > 0) {
        grievance = `\tgrievance ${choice(7, choices.grievances)}`;
    } else {
        lines.push(grievanceLine(choices, 20));
        grievance = '\tgrievance $20';
    }
    const participants = [...usable(choices.civic), ...usable(choices.stakeholders).filter(s => !choices.civic.includes(s))];
    lines.push(
        `consultation \${1:${freshName('Consultation', choices.taken)}} "\${2}" {`,
        `\tdate \${${next++}:${choices.today}}`,
        ...(participants.length > 0 ? [`\tparticipants ${choice(next++, participants)}`] : []),
        `\tinformation-shared \${${next + 1}:${shiftDate(choices.today, -14)}}`,
        grievance,
        '\t// feedback "How and where participants were told what their input changed" (clause 4.2.1), once it is given',
        '}',
    );
    return snippet(
        'consultation',
        'Consultation with participants, prior information and a grievance mechanism that exists before it',
        lines,
    );
}

/**
 * The KPI: examined by a municipality (clause 5.1), provided by another stakeholder. A role with no
 * fitting stakeholder in the workspace is left as a comment rather than a name that resolves to nothing.
 */
function kpiSnippet(choices: SnippetChoices): SscSnippet {
    const examiners = usable(choices.municipalities);
    const providers = usable(choices.stakeholders).filter(s => !examiners.includes(s));
    return snippet('kpi', 'KPI with provider, examiner and target', [
        `kpi \${1:${freshName('Kpi', choices.taken)}} "\${2}" {`,
        providers.length > 0 ? `\tprovider ${choice(3, providers)}` : '\t// provider: the stakeholder whose service is measured',
        examiners.length > 0 ? `\texaminer ${choice(4, examiners)}` : '\t// examiner: the municipality that evaluates the KPI (clause 5.1)',
        '\ttarget "$5"',
        '}',
    ]);
}
