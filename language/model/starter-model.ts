import { STANDARD_GROUPS } from './vocabulary.js';

interface Skeleton {
    id: string;
    scale: string;
    sector: string;
    category: string;
    role: string;
    power: string;
    interest: string;
    level: string;
    strategy: string;
    onion: string;
}

const SKELETONS: Record<string, Skeleton> = {
    municipality: {
        id: 'CityCouncil',
        scale: 'local',
        sector: 'public',
        category: 'active',
        role: 'driver-of-technology',
        power: 'high',
        interest: 'high',
        level: 'supportive -> leading',
        strategy: 'manage-closely',
        onion: 'core',
    },
    government: {
        id: 'NationalGovernment',
        scale: 'supralocal',
        sector: 'public',
        category: 'active',
        role: 'enabler-of-ssc',
        power: 'high',
        interest: 'low',
        level: 'neutral -> supportive',
        strategy: 'keep-satisfied',
        onion: 'indirect',
    },
    'city-services-company': {
        id: 'ServicesCompany',
        scale: 'local',
        sector: 'private',
        category: 'active',
        role: 'driver-of-technology',
        power: 'medium',
        interest: 'high',
        level: 'neutral -> supportive',
        strategy: 'keep-informed',
        onion: 'direct',
    },
    'utility-provider': {
        id: 'UtilityProvider',
        scale: 'supralocal',
        sector: 'private',
        category: 'affected supporter',
        role: 'driver-of-technology',
        power: 'high',
        interest: 'high',
        level: 'neutral -> supportive',
        strategy: 'manage-closely',
        onion: 'direct',
    },
    'ict-company': {
        id: 'IctCompany',
        scale: 'supralocal',
        sector: 'private',
        category: 'beneficiary',
        role: 'enabler-of-technology',
        power: 'medium',
        interest: 'high',
        level: 'supportive',
        strategy: 'keep-informed',
        onion: 'direct',
    },
    ngo: {
        id: 'CivicNgo',
        scale: 'local-and-supralocal',
        sector: 'civil',
        category: 'affected supporter',
        role: 'enabler-of-ssc',
        power: 'low',
        interest: 'high',
        level: 'neutral -> supportive',
        strategy: 'keep-informed',
        onion: 'indirect',
    },
    'international-organization': {
        id: 'InternationalBody',
        scale: 'local-and-supralocal',
        sector: 'public',
        category: 'affected supporter',
        role: 'enabler-of-ssc',
        power: 'low',
        interest: 'low',
        level: 'unaware -> neutral',
        strategy: 'monitor',
        onion: 'wider',
    },
    'industry-association': {
        id: 'IndustryAssociation',
        scale: 'supralocal',
        sector: 'private',
        category: 'beneficiary',
        role: 'enabler-of-ssc',
        power: 'low',
        interest: 'high',
        level: 'neutral',
        strategy: 'keep-informed',
        onion: 'indirect',
    },
    academia: {
        id: 'University',
        scale: 'local-and-supralocal',
        sector: 'academic',
        category: 'beneficiary',
        role: 'enabler-of-ssc',
        power: 'low',
        interest: 'high',
        level: 'supportive -> leading',
        strategy: 'keep-informed',
        onion: 'direct',
    },
    citizens: {
        id: 'Residents',
        scale: 'local',
        sector: 'civil',
        category: 'beneficiary',
        role: 'driver-of-technology',
        power: 'medium',
        interest: 'high',
        level: 'unaware -> supportive',
        strategy: 'keep-informed',
        onion: 'direct',
    },
    'urban-planner': {
        id: 'UrbanPlanners',
        scale: 'local',
        sector: 'mixed',
        category: 'active',
        role: 'enabler-of-ssc',
        power: 'medium',
        interest: 'high',
        level: 'neutral -> supportive',
        strategy: 'keep-informed',
        onion: 'direct',
    },
    'standards-body': {
        id: 'StandardsBody',
        scale: 'supralocal',
        sector: 'public',
        category: 'affected supporter',
        role: 'enabler-of-ssc',
        power: 'low',
        interest: 'low',
        level: 'neutral',
        strategy: 'monitor',
        onion: 'wider',
    },
};

/** The scale and sector a stakeholder of a standard group usually has (Appendix I, Table I.1). */
export function typicalScaleAndSector(groupId: string): { scale: string; sector: string } | undefined {
    const s = SKELETONS[groupId];
    return s && { scale: s.scale, sector: s.sector };
}

/** The usual identifier of a skeleton stakeholder of a standard group (e.g. `CityCouncil`). */
export function skeletonId(groupId: string): string {
    return SKELETONS[groupId]?.id ?? 'NewStakeholder';
}

/**
 * The lines of a skeleton stakeholder of a standard group, named `id`: typical values for the group and
 * every profile dimension as a placeholder to replace.
 */
export function stakeholderSkeleton(
    groupId: string,
    id: string,
    indent = '    ',
    texts: 'placeholders' | 'empty' = 'placeholders',
): string[] {
    const s = SKELETONS[groupId];
    // A quick fix leaves the texts only the analyst can write empty (they count as missing and never
    // reach a report); the starter model shows what each one is for.
    const text = (placeholder: string) => (texts === 'empty' ? '""' : `"${placeholder}"`);
    const label = texts === 'empty' ? '' : (STANDARD_GROUPS.find(g => g.id === groupId)?.label ?? groupId);
    if (!s) return [`stakeholder ${id} "${label}" : ${groupId}`];
    return [
        `stakeholder ${id} "${label}" : ${groupId} {`,
        ...[
            `scale ${s.scale}`,
            `sector ${s.sector}`,
            `category ${s.category}`,
            `roles ${s.role}`,
            `power ${s.power}`,
            `interest ${s.interest}`,
            `engagement ${s.level}`,
            `strategy ${s.strategy}`,
            `onion ${s.onion}`,
            `aims ${text('What they want from the programme')}`,
            `challenges ${text('What worries or blocks them')}`,
            `potential ${text('Resources, knowledge and know-how they bring')}`,
            `constraints ${text('What limits their part')}`,
            `contributions ${text('What they do for the programme')}`,
        ].map(line => indent + line),
        '}',
    ];
}

/**
 * A starter model: a programme and one skeleton stakeholder per standard group, with every profile
 * dimension present as a placeholder to replace, wired into a small interaction map.
 */
export function starterModel(city = 'My City'): string {
    const programmeId = city.replace(/[^A-Za-z0-9_]/g, '') || 'MyCity';
    const out: string[] = [
        "// Starter stakeholder model (ITU-T Y Suppl. 34). Replace the placeholders with your city's facts.",
        `programme ${/^[A-Za-z_]/.test(programmeId) ? programmeId : 'P' + programmeId}Programme "${city} smart sustainable city programme" {`,
        `    city "${city.replace(/["\\]/g, '')}"`,
        '    review every 6 months',
        '}',
        '',
    ];
    for (const group of STANDARD_GROUPS) {
        out.push(`// ${group.label} (clause ${group.clause})`, ...stakeholderSkeleton(group.id, SKELETONS[group.id].id), '');
    }
    const ids = Object.fromEntries(Object.entries(SKELETONS).map(([g, s]) => [g, s.id]));
    out.push(
        `relation ${ids['government']} -> ${ids['municipality']} : funds`,
        `relation ${ids['municipality']} -> ${ids['city-services-company']} : contracts`,
        `relation ${ids['municipality']} -> ${ids['utility-provider']} : regulates`,
        `relation ${ids['ict-company']} -> ${ids['municipality']} : supplies`,
        `relation ${ids['citizens']} -> ${ids['municipality']} : provides-data`,
        `relation ${ids['ngo']} -> ${ids['citizens']} : represents`,
        `relation ${ids['international-organization']} -> ${ids['government']} : advises`,
        `relation ${ids['industry-association']} -> ${ids['ict-company']} : represents`,
        `relation ${ids['academia']} <-> ${ids['municipality']} : collaborates`,
        `relation ${ids['urban-planner']} -> ${ids['municipality']} : advises`,
        `relation ${ids['standards-body']} -> ${ids['ict-company']} : standardizes`,
        '',
    );
    return out.join('\n');
}
