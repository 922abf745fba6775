import { CATEGORIES, ENGAGEMENT_LEVELS, ONION_LAYERS, SCALES, SECTORS, STANDARD_GROUP_IDS, STRATEGIES, TECHNOLOGY_ROLES } from '../../model/vocabulary.js';

/** A snippet offered where a new top-level element may start. */
export interface SscSnippet {
    /** The keyword the snippet starts with; it is the label, so typing the keyword finds it. */
    readonly keyword: string;
    /** What the snippet inserts, in one phrase. */
    readonly detail: string;
    /** The snippet body in LSP snippet syntax. */
    readonly body: string;
}

/** What snippets may offer as choices, taken from the workspace. */
export interface SnippetChoices {
    readonly groups: readonly string[];
    readonly stakeholders: readonly string[];
    readonly municipalities: readonly string[];
    readonly grievances: readonly string[];
    readonly today: string;
}

function choice(index: number, values: readonly string[], fallback: string): string {
    const usable = values.filter(v => /^[\w-]+( [\w-]+)?$/.test(v));
    return usable.length > 0 ? `\${${index}|${usable.join(',')}|}` : `\${${index}:${fallback}}`;
}

/** The stakeholder, consultation, KPI and programme snippets, with choices from the workspace. */
export function sscSnippets(choices: SnippetChoices, withProgramme: boolean): SscSnippet[] {
    const groups = [...STANDARD_GROUP_IDS, ...choices.groups.filter(g => !STANDARD_GROUP_IDS.includes(g))];
    const categories = [...CATEGORIES.filter(c => c !== 'affected'), 'affected supporter', 'affected opponent'];
    const snippets: SscSnippet[] = [
        {
            keyword: 'stakeholder', detail: 'Stakeholder with every profile dimension',
            body: [
                `stakeholder \${1:Name} "\${2:Full name}" : ${choice(3, groups, 'group')} {`,
                `\tscale ${choice(4, SCALES, 'local')}`,
                `\tsector ${choice(5, SECTORS, 'public')}`,
                `\tcategory ${choice(6, categories, 'active')}`,
                `\troles ${choice(7, TECHNOLOGY_ROLES, 'driver-of-technology')}`,
                `\tpower ${choice(8, ['low', 'medium', 'high'], 'medium')}`,
                `\tinterest ${choice(9, ['low', 'medium', 'high'], 'medium')}`,
                `\tengagement ${choice(10, ENGAGEMENT_LEVELS, 'neutral')} -> ${choice(11, ENGAGEMENT_LEVELS, 'supportive')}`,
                `\tstrategy ${choice(12, STRATEGIES, 'keep-informed')}`,
                `\tonion ${choice(13, ONION_LAYERS, 'direct')}`,
                `\taims "\${14:What they want from the programme}"`,
                `\tchallenges "\${15:Problems or unmet needs}"`,
                `\tpotential "\${16:Resources, knowledge, know-how}"`,
                `\tconstraints "\${17:What limits their role}"`,
                `\tcontributions "\${18:What they bring to the goals}"`,
                '}',
            ].join('\n'),
        },
        {
            keyword: 'consultation', detail: 'Consultation with participants, prior information, grievance channel and feedback',
            body: [
                `consultation \${1:Name} "\${2:Title}" {`,
                `\tdate \${3:${choices.today}}`,
                `\tparticipants ${choice(4, choices.stakeholders, 'Stakeholder')}`,
                `\tinformation-shared \${5:${choices.today}}`,
                `\tgrievance ${choice(6, choices.grievances, 'Grievance')}`,
                `\tfeedback "\${7:How the participants' input was used}"`,
                '}',
            ].join('\n'),
        },
        {
            keyword: 'kpi', detail: 'KPI with provider, examiner and target',
            body: [
                `kpi \${1:Name} "\${2:What is measured}" {`,
                `\tprovider ${choice(3, choices.stakeholders, 'Provider')}`,
                `\texaminer ${choice(4, choices.municipalities.length > 0 ? choices.municipalities : choices.stakeholders, 'Examiner')}`,
                `\ttarget "\${5:Target value and date}"`,
                '}',
            ].join('\n'),
        },
    ];
    if (withProgramme) {
        snippets.push({
            keyword: 'programme', detail: 'New programme with city, reference date and review cadence',
            body: [
                `programme \${1:Name} "\${2:Programme title}" {`,
                `\tcity "\${3:City}"`,
                `\tas-of \${4:${choices.today}}`,
                `\treview every \${5:6} months`,
                '}',
            ].join('\n'),
        });
    }
    return snippets;
}
