/**
 * The fixed vocabulary of Supplement 34 as plain data: standard stakeholder groups, municipal unit
 * types, ministry types and the enumerations of the language. The built-in library document,
 * hovers, completions and the analysis all read from here. Descriptions are our own summaries.
 */

/** One entry of the standard vocabulary. */
export interface VocabularyEntry {
    /** The identifier used in `.ssc` text. */
    readonly id: string;
    /** A short human label. */
    readonly label: string;
    /** The clause or table of Supplement 34 the entry comes from. */
    readonly clause: string;
    /** One or two sentences in our own words. */
    readonly description: string;
}

/** The twelve standard stakeholder groups (clause 3.1, detailed one per clause 5.x). */
export const STANDARD_GROUPS: readonly VocabularyEntry[] = [
    {
        id: 'municipality',
        label: 'Municipalities, city councils and city administration',
        clause: '5.1',
        description:
            'Runs the city and is the main promoter of the smart-city programme; coordinates the departments, agrees KPIs with service providers and opens participation and data to residents.',
    },
    {
        id: 'government',
        label: 'National and regional governments',
        clause: '5.2',
        description:
            'Sets the policies and legal frameworks (infrastructure, energy, health, education…) that decide what a city can deploy; works through its ministries.',
    },
    {
        id: 'city-services-company',
        label: 'City services companies',
        clause: '5.3',
        description:
            'Traditional providers of city services such as water management, waste collection or transport, usually contracted by the municipality, and newer firms offering smart-city services (apps, sensors, fleet software); they are moving to KPI-based service models.',
    },
    {
        id: 'utility-provider',
        label: 'Utility providers',
        clause: '5.4',
        description:
            'Supplies services such as electricity, gas or water directly to residents, and deploys smart grids, smart metering, smart water management and charging points for electric vehicles.',
    },
    {
        id: 'ict-company',
        label: 'ICT companies',
        clause: '5.5',
        description:
            'Telecom operators, software firms and start-ups that supply the platforms, connectivity and digital infrastructure the programme runs on.',
    },
    {
        id: 'ngo',
        label: 'Non-governmental organizations',
        clause: '5.6',
        description:
            'Civil-society organizations that raise the concerns of the population, especially of its weakest members, and watch over social sustainability, inclusiveness and equity.',
    },
    {
        id: 'international-organization',
        label: 'International, regional and multilateral organizations',
        clause: '5.7',
        description: 'UN agencies and multilateral bodies that promote sustainable development, share guidance and can fund initiatives.',
    },
    {
        id: 'industry-association',
        label: 'Industry associations',
        clause: '5.8',
        description:
            'Associations of companies (for instance from the ICT and electrical sectors) that promote smart-city deployment as a market for their members, bring its issues to the table and build forums for discussion.',
    },
    {
        id: 'academia',
        label: 'Academia, research organizations and specialized bodies',
        clause: '5.9',
        description:
            'Universities, research centres and specialized bodies such as consultancies that study smart cities, train their professionals, define baselines and measure the improvements achieved.',
    },
    {
        id: 'citizens',
        label: 'Citizens and citizen organizations',
        clause: '5.10',
        description:
            'The people who live in the city and their associations: directly and indirectly affected, and the final beneficiaries whose quality of life is the goal.',
    },
    {
        id: 'urban-planner',
        label: 'Urban planners',
        clause: '5.11',
        description:
            'Professionals who fit digital infrastructure into medium- and long-term city plans and keep the complexity of the urban fabric in view.',
    },
    {
        id: 'standards-body',
        label: 'Standards developing organizations',
        clause: '5.12',
        description:
            'Organizations that fix shared terminology, minimum characteristics and measurement methods so that cities and services can be compared.',
    },
];

/** Municipal unit types for `unit` inside a `municipality` stakeholder (Table 2). */
export const UNIT_TYPES: readonly VocabularyEntry[] = [
    {
        id: 'urban-planning',
        label: 'Urban planning unit',
        clause: 'Table 2',
        description:
            'Manages land use and the territorial layout of the city and plans ICT infrastructure into the long term; best placed to run the city platform that integrates city services and the gathering and analysis of city data, and to run public participation programmes in which residents help design the city.',
    },
    {
        id: 'security-emergency',
        label: 'Security and emergency services unit',
        clause: 'Table 2',
        description:
            'Makes the city more resilient, using real-time information to anticipate risks and react faster; coordinates the other units (health, infrastructure, transport, citizen services) in an emergency.',
    },
    {
        id: 'citizen-services',
        label: 'Citizen services unit',
        clause: 'Table 2',
        description:
            'Informs residents and widens their participation, brings new digital services into its roadmap, and reports to residents on the projects of every other unit.',
    },
    {
        id: 'infrastructure-ict',
        label: 'Unit dealing with infrastructure and ICTs',
        clause: 'Table 2',
        description: "Deploys networks and smart meters and integrates the city's systems into one platform.",
    },
    {
        id: 'environment',
        label: 'Environmental unit',
        clause: 'Table 2',
        description: 'Promotes and evaluates what other units do for an efficient, low-impact use of resources.',
    },
    {
        id: 'transportation',
        label: 'Transportation unit',
        clause: 'Table 2',
        description: 'Builds an efficient, comfortable, low-impact mobility network; many projects land here.',
    },
    {
        id: 'finance',
        label: 'Finance unit',
        clause: 'Table 2',
        description: 'Cross-cutting: finds new business models and KPI-based partnerships with private firms.',
    },
    {
        id: 'legal-affairs',
        label: 'Legal affairs unit',
        clause: 'Table 2',
        description: 'Sets the legal and operational framework new city services need.',
    },
    {
        id: 'water-sanitation',
        label: 'Water and sanitation management unit',
        clause: 'Table 2',
        description:
            'Manages water resources and sewage, where ICT helps cope with growing water stress (some cities delegate it to a company).',
    },
    {
        id: 'cert-csirt',
        label: 'CERT/CSIRT unit',
        clause: 'Table 2',
        description:
            'The trusted contact point that prevents, handles and responds to computer security incidents, and shares threat information with other CERT/CSIRT teams.',
    },
];

/** Ministry types for `ministry` inside a `government` stakeholder (Table 3). */
export const MINISTRY_TYPES: readonly VocabularyEntry[] = [
    {
        id: 'infrastructure-industry-it',
        label: 'Ministry of infrastructure, industry and information technology',
        clause: 'Table 3',
        description:
            'Makes the infrastructure-deployment policies that can decide a programme, and passes national planning considerations on electromagnetic fields (EMF) down to local governments.',
    },
    {
        id: 'science-technology',
        label: 'Ministry of science and technology',
        clause: 'Table 3',
        description: 'Launches and promotes smart-city research inside national technology programmes.',
    },
    {
        id: 'environment',
        label: 'Ministry of the environment',
        clause: 'Table 3',
        description:
            'Works across ministries towards national sustainability with the help of ICT, monitors and measures the progress achieved, and runs awareness campaigns for sustainable habits.',
    },
    {
        id: 'energy',
        label: 'Ministry of energy',
        clause: 'Table 3',
        description:
            "The electricity grid, its tariffs and energy policy are in central government's remit, so national smart-grid deployment needs this ministry; it sets policies for smarter, more efficient energy networks.",
    },
    {
        id: 'health',
        label: 'Health unit',
        clause: 'Table 3',
        description: 'Uses e-health solutions such as telemedicine to serve patients better and more efficiently.',
    },
    {
        id: 'education',
        label: 'Ministry of education',
        clause: 'Table 3',
        description:
            'Improves education with technology such as e-learning, for instance reaching pupils who cannot attend school and opening lifelong learning to adults.',
    },
    {
        id: 'transportation',
        label: 'Transportation unit or ministry',
        clause: 'Table 3',
        description:
            "Ensures good connections between cities and towns and to international destinations (urban mobility itself is usually the municipality's remit), together with the other units involved.",
    },
    {
        id: 'public-security',
        label: 'Ministry of public security',
        clause: 'Table 3',
        description:
            'The national police and security authority; works across government on the safety of cities and on emergency response that relies on ICT.',
    },
];

/** Engagement levels in increasing order (clause 4.2). */
export const ENGAGEMENT_LEVELS = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] as const;
export type EngagementLevelName = (typeof ENGAGEMENT_LEVELS)[number];

/** The four grid strategies (power/interest grid practice, as in Figure 4). */
export const STRATEGIES = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type StrategyName = (typeof STRATEGIES)[number];

/** Onion layers, most involved first: a convention of this language after the onion diagram of clause 4.1 b. */
export const ONION_LAYERS = ['core', 'direct', 'indirect', 'wider'] as const;
export type OnionLayerName = (typeof ONION_LAYERS)[number];

/** Scales and sectors (clause 4.1 a). */
export const SCALES = ['local', 'supralocal', 'local-and-supralocal'] as const;
export const SECTORS = ['public', 'private', 'civil', 'academic', 'mixed'] as const;

/** Technology roles (clause 3.2 b). */
export const TECHNOLOGY_ROLES = ['enabler-of-technology', 'driver-of-technology', 'enabler-of-ssc'] as const;

/** LFA categories (clause 3.2 a). */
export const CATEGORIES = ['active', 'beneficiary', 'affected'] as const;

/** Relation kinds: a convention of this language for the links of an interaction map (clause 4.1 a). */
export const RELATION_KINDS = [
    'funds',
    'regulates',
    'contracts',
    'supplies',
    'informs',
    'consults',
    'collaborates',
    'provides-data',
    'represents',
    'evaluates',
    'advises',
    'standardizes',
] as const;

/** Profile dimensions (clause 4.1 a, Appendix I). */
export const PROFILE_DIMENSIONS = ['aims', 'challenges', 'potential', 'constraints', 'contributions'] as const;
export type ProfileDimension = (typeof PROFILE_DIMENSIONS)[number];

/** Ids of the standard groups, in clause order. */
export const STANDARD_GROUP_IDS: readonly string[] = STANDARD_GROUPS.map(g => g.id);

/** A short explanation of one keyword value of the language, in our own words. */
export interface TermNote {
    /** The clause, figure or table of Supplement 34 it comes from, or that the convention builds on. */
    readonly clause: string;
    readonly description: string;
    /** Set when the value is a convention of this language or of common practice, not the Supplement's. */
    readonly convention?: string;
}

/** What each engagement level means (clause 4.2), for completions and hovers. */
export const ENGAGEMENT_LEVEL_NOTES: Readonly<Record<EngagementLevelName, TermNote>> = {
    unaware: { clause: '4.2', description: 'Does not yet know about the programme or how it could affect them.' },
    resistant: { clause: '4.2', description: 'Knows about the programme but pushes back against the change.' },
    neutral: { clause: '4.2', description: 'Knows about the programme and neither backs nor opposes it.' },
    supportive: { clause: '4.2', description: 'Knows about the programme and is in favour of the change.' },
    leading: { clause: '4.2', description: 'Understands what the programme means for them and works actively to make it succeed.' },
};

/** What each grid strategy asks of the programme team (Figure 4, Table 1), for completions and hovers. */
export const STRATEGY_NOTES: Readonly<Record<StrategyName, TermNote>> = {
    'manage-closely': {
        clause: 'Figure 4',
        convention: 'power/interest grid practice',
        description: 'High power, high interest: involve them fully and keep them engaged at every step.',
    },
    'keep-satisfied': {
        clause: 'Figure 4',
        convention: 'power/interest grid practice',
        description: 'High power, low interest: meet their needs without overloading them with detail.',
    },
    'keep-informed': {
        clause: 'Figure 4',
        convention: 'power/interest grid practice',
        description: 'Low power, high interest: tell them regularly what is happening and listen to their concerns.',
    },
    monitor: {
        clause: 'Figure 4',
        convention: 'power/interest grid practice',
        description: 'Low power, low interest: watch for changes, with a light communication effort.',
    },
};

/** Notes on the other keyword values: LFA categories, technology roles and onion layers. */
export const TERM_NOTES: Readonly<Record<string, TermNote>> = {
    active: { clause: '3.2 a', description: 'Has the resources and the power to influence the programme.' },
    beneficiary: { clause: '3.2 a', description: 'Gains directly from the smart-city deployment.' },
    affected: {
        clause: '3.2 a',
        description: 'Is touched by the deployment one way or another; say whether as a supporter or an opponent.',
    },
    supporter: { clause: '3.2 a', description: 'An affected stakeholder expected to back the programme.' },
    opponent: { clause: '3.2 a', description: 'An affected stakeholder expected to oppose the programme.' },
    'enabler-of-technology': { clause: '3.2 b', description: 'Supplies the technology or the technical solutions.' },
    'driver-of-technology': {
        clause: '3.2 b',
        description: 'Builds technology and smart solutions into its own processes, such as how it delivers city services.',
    },
    'enabler-of-ssc': {
        clause: '3.2 b',
        description: 'Helps shape the policy and technical framework: concepts, KPIs, infrastructure, standards.',
    },
    core: {
        clause: '4.1 b',
        convention: 'the four rings of this language',
        description: 'Innermost onion layer: the most involved stakeholders.',
    },
    direct: {
        clause: '4.1 b',
        convention: 'the four rings of this language',
        description: 'Interacts with or takes part in the project directly.',
    },
    indirect: {
        clause: '4.1 b',
        convention: 'the four rings of this language',
        description: 'Touched by the project through others rather than taking part.',
    },
    wider: {
        clause: '4.1 b',
        convention: 'the four rings of this language',
        description: 'Outermost onion layer: the wider environment, the most passive stakeholders.',
    },
};
