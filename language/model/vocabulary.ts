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
    { id: 'municipality', label: 'Municipalities, city councils and city administration', clause: '5.1',
      description: 'Runs the city and is the main promoter of the smart-city programme; coordinates the departments, agrees KPIs with service providers and opens participation and data to residents.' },
    { id: 'government', label: 'National and regional governments', clause: '5.2',
      description: 'Sets the policies and legal frameworks (infrastructure, energy, health, education…) that decide what a city can deploy; works through its ministries.' },
    { id: 'city-services-company', label: 'City services companies', clause: '5.3',
      description: 'Delivers city services such as waste, lighting or transport and brings smart solutions into them to make those services more efficient.' },
    { id: 'utility-provider', label: 'Utility providers', clause: '5.4',
      description: 'Operates networks like power, water and gas, and deploys the smart-grid and smart-water parts of the programme.' },
    { id: 'ict-company', label: 'ICT companies', clause: '5.5',
      description: 'Telecom operators, software firms and start-ups that supply the platforms, connectivity and digital infrastructure the programme runs on.' },
    { id: 'ngo', label: 'Non-governmental organizations', clause: '5.6',
      description: 'Civil-society organizations that speak for social concerns and watch the social side of sustainability.' },
    { id: 'international-organization', label: 'International, regional and multilateral organizations', clause: '5.7',
      description: 'UN agencies and multilateral bodies that promote sustainable development, share guidance and can fund initiatives.' },
    { id: 'industry-association', label: 'Industry associations', clause: '5.8',
      description: 'Bodies that represent industries with a stake in the programme and push for its success and for common practice.' },
    { id: 'academia', label: 'Academia, research organizations and specialized bodies', clause: '5.9',
      description: 'Universities and research centres that study smart cities, measure their impacts and feed knowledge and training back into the programme.' },
    { id: 'citizens', label: 'Citizens and citizen organizations', clause: '5.10',
      description: 'The people who live in the city and their associations: directly and indirectly affected, and the final beneficiaries whose quality of life is the goal.' },
    { id: 'urban-planner', label: 'Urban planners', clause: '5.11',
      description: 'Professionals who fit digital infrastructure into medium- and long-term city plans and keep the complexity of the urban fabric in view.' },
    { id: 'standards-body', label: 'Standards developing organizations', clause: '5.12',
      description: 'Organizations that fix shared terminology, minimum characteristics and measurement methods so that cities and services can be compared.' },
];

/** Municipal unit types for `unit` inside a `municipality` stakeholder (Table 2). */
export const UNIT_TYPES: readonly VocabularyEntry[] = [
    { id: 'urban-planning', label: 'Urban planning unit', clause: 'Table 2',
      description: 'Manages land use and the territorial layout of the city, so it must plan room for ICT infrastructure in every project.' },
    { id: 'security-emergency', label: 'Security and emergency services unit', clause: 'Table 2',
      description: 'Uses real-time information to anticipate and respond to incidents and make the city more resilient.' },
    { id: 'citizen-services', label: 'Citizen services unit', clause: 'Table 2',
      description: 'Informs residents and widens their participation, bringing new digital services into its roadmap.' },
    { id: 'infrastructure-ict', label: 'Infrastructure and ICT unit', clause: 'Table 2',
      description: 'Deploys networks and smart meters and integrates the city\'s systems into one platform.' },
    { id: 'environment', label: 'Environmental unit', clause: 'Table 2',
      description: 'Promotes and evaluates what other units do for an efficient, low-impact use of resources.' },
    { id: 'transportation', label: 'Transportation unit', clause: 'Table 2',
      description: 'Builds an efficient, comfortable, low-impact mobility network; many projects land here.' },
    { id: 'finance', label: 'Finance unit', clause: 'Table 2',
      description: 'Cross-cutting: finds new business models and KPI-based partnerships with private firms.' },
    { id: 'legal-affairs', label: 'Legal affairs unit', clause: 'Table 2',
      description: 'Sets the legal and operational framework new city services need.' },
    { id: 'water-sanitation', label: 'Water and sanitation management unit', clause: 'Table 2',
      description: 'Manages water resources and sewage, where ICT helps cope with growing water stress (some cities delegate it to a company).' },
    { id: 'cert-csirt', label: 'CERT/CSIRT unit', clause: 'Table 2',
      description: 'The trusted contact point that prevents, handles and responds to computer security incidents.' },
];

/** Ministry types for `ministry` inside a `government` stakeholder (Table 3). */
export const MINISTRY_TYPES: readonly VocabularyEntry[] = [
    { id: 'infrastructure-industry-it', label: 'Ministry of infrastructure, industry and IT', clause: 'Table 3',
      description: 'Makes the infrastructure-deployment policies that can decide a programme, and passes national planning constraints down to cities.' },
    { id: 'science-technology', label: 'Ministry of science and technology', clause: 'Table 3',
      description: 'Launches and promotes smart-city research inside national technology programmes.' },
    { id: 'environment', label: 'Ministry of the environment', clause: 'Table 3',
      description: 'Works across ministries towards national sustainability and monitors the progress achieved.' },
    { id: 'energy', label: 'Ministry of energy', clause: 'Table 3',
      description: 'Holds the electricity grid, tariffs and energy policy, so national smart-grid deployment needs it.' },
    { id: 'health', label: 'Health unit', clause: 'Table 3',
      description: 'Uses e-health solutions such as telemedicine to serve patients better and more efficiently.' },
    { id: 'education', label: 'Education unit', clause: 'Table 3',
      description: 'Improves education with technology such as e-learning, for instance reaching pupils who cannot attend school and opening lifelong learning to adults.' },
    { id: 'transportation', label: 'Transportation unit', clause: 'Table 3',
      description: 'Shapes national transport networks and policies that city mobility projects depend on.' },
    { id: 'public-security', label: 'Public security unit', clause: 'Table 3',
      description: 'The national police and security authority; works across government on the safety of cities and on emergency response that relies on ICT.' },
];

/** Engagement levels in increasing order (clause 4.2). */
export const ENGAGEMENT_LEVELS = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] as const;
export type EngagementLevelName = typeof ENGAGEMENT_LEVELS[number];

/** The four grid strategies (Figure 4). */
export const STRATEGIES = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type StrategyName = typeof STRATEGIES[number];

/** Onion layers, most involved first (clause 4.1 b). */
export const ONION_LAYERS = ['core', 'direct', 'indirect', 'wider'] as const;
export type OnionLayerName = typeof ONION_LAYERS[number];

/** Scales and sectors (clause 4.1 a). */
export const SCALES = ['local', 'supralocal', 'local-and-supralocal'] as const;
export const SECTORS = ['public', 'private', 'civil', 'academic', 'mixed'] as const;

/** Technology roles (clause 3.2 b). */
export const TECHNOLOGY_ROLES = ['enabler-of-technology', 'driver-of-technology', 'enabler-of-ssc'] as const;

/** LFA categories (clause 3.2 a). */
export const CATEGORIES = ['active', 'beneficiary', 'affected'] as const;

/** Relation kinds (Figure 3). */
export const RELATION_KINDS = ['funds', 'regulates', 'contracts', 'supplies', 'informs', 'consults', 'collaborates',
    'provides-data', 'represents', 'evaluates', 'advises', 'standardizes'] as const;

/** Profile dimensions (clause 4.1 a, Appendix I). */
export const PROFILE_DIMENSIONS = ['aims', 'challenges', 'potential', 'constraints', 'contributions'] as const;
export type ProfileDimension = typeof PROFILE_DIMENSIONS[number];

/** Ids of the standard groups, in clause order. */
export const STANDARD_GROUP_IDS: readonly string[] = STANDARD_GROUPS.map(g => g.id);

/** A short explanation of one keyword value of the language, in our own words. */
export interface TermNote {
    /** The clause, figure or table of Supplement 34 it relates to (empty for plain bookkeeping). */
    readonly clause: string;
    readonly description: string;
    /** Set when the term is a convention of this tool rather than the Supplement's: says so, and what it builds on. */
    readonly convention?: string;
}

const GRID_CONVENTION = 'The quadrant strategies follow common power/interest grid practice (Mendelow); the grid is Figure 4';
const ONION_CONVENTION = 'The four rings are a convention of SSC Stakeholder Studio; clause 4.1 b describes the onion from the most involved core outwards';

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
    'manage-closely': { clause: 'Figure 4', description: 'High power, high interest: involve them fully and keep them engaged at every step.', convention: GRID_CONVENTION },
    'keep-satisfied': { clause: 'Figure 4', description: 'High power, low interest: meet their needs without overloading them with detail.', convention: GRID_CONVENTION },
    'keep-informed': { clause: 'Figure 4', description: 'Low power, high interest: tell them regularly what is happening and listen to their concerns.', convention: GRID_CONVENTION },
    monitor: { clause: 'Figure 4', description: 'Low power, low interest: watch for changes, with a light communication effort.', convention: GRID_CONVENTION },
};

/** Notes on the other keyword values: LFA categories, technology roles and onion layers. */
export const TERM_NOTES: Readonly<Record<string, TermNote>> = {
    active: { clause: '3.2 a', description: 'Has the resources and the power to influence the programme.' },
    beneficiary: { clause: '3.2 a', description: 'Gains directly from the smart-city deployment.' },
    affected: { clause: '3.2 a', description: 'Is touched by the deployment one way or another; say whether as a supporter or an opponent.' },
    supporter: { clause: '3.2 a', description: 'An affected stakeholder expected to back the programme.' },
    opponent: { clause: '3.2 a', description: 'An affected stakeholder expected to oppose the programme.' },
    'enabler-of-technology': { clause: '3.2 b', description: 'Supplies the technology or the technical solutions.' },
    'driver-of-technology': { clause: '3.2 b', description: 'Builds technology and smart solutions into its own processes, such as how it delivers city services.' },
    'enabler-of-ssc': { clause: '3.2 b', description: 'Helps shape the policy and technical framework: concepts, KPIs, infrastructure, standards.' },
    core: { clause: '4.1 b', description: 'Innermost onion layer: the most involved stakeholders.', convention: ONION_CONVENTION },
    direct: { clause: '4.1 b', description: 'Interacts with or takes part in the project directly.', convention: ONION_CONVENTION },
    indirect: { clause: '4.1 b', description: 'Touched by the project through others rather than taking part.', convention: ONION_CONVENTION },
    wider: { clause: '4.1 b', description: 'Outermost onion layer: the wider environment, the most passive stakeholders.', convention: ONION_CONVENTION },
};
