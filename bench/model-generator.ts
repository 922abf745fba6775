import { IAP2_LEVELS } from '../language/model/iap2.js';
import {
    ENGAGEMENT_LEVELS,
    MINISTRY_TYPES,
    ONION_LAYERS,
    RELATION_KINDS,
    SCALES,
    SECTORS,
    STANDARD_GROUP_IDS,
    TECHNOLOGY_ROLES,
    UNIT_TYPES,
} from '../language/model/vocabulary.js';
import { acceptedStrategies } from '../language/model/grid.js';

/** A small fast seeded PRNG (mulberry32): the same seed always gives the same model. */
export function seededRandom(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Options of {@link generateModel}. */
export interface GeneratorOptions {
    stakeholders: number;
    /** Number of files to spread the model over (1 = one file). */
    files?: number;
    seed?: number;
}

const WORDS = [
    'mobility',
    'energy',
    'water',
    'housing',
    'data',
    'air quality',
    'budget',
    'safety',
    'inclusion',
    'lighting',
    'waste',
    'heat',
    'parks',
    'schools',
    'health',
    'permits',
];

/**
 * A realistic seeded model: a programme, N stakeholders with full profiles and salience (units in
 * municipalities, ministries in governments), three relations each to random others, KPIs,
 * consultations (each at an IAP2 level, in turn; no random draw, so the rest of a seed's model is unchanged),
 * grievance mechanisms, one engagement action per stakeholder and four quarterly assessments (some entries
 * with a grid position). Returns file name → text.
 */
export function generateModel(options: GeneratorOptions): Map<string, string> {
    const random = seededRandom(options.seed ?? 42);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const n = options.stakeholders;
    const fileCount = Math.max(1, options.files ?? 1);
    const ids = Array.from({ length: n }, (_, i) => `S${i}`);
    const chunks: string[][] = Array.from({ length: fileCount }, () => []);
    const put = (index: number, text: string) => chunks[index % fileCount].push(text);

    put(0, `programme Generated "Generated programme" {\n    city "Generated City"\n    as-of 2026-06-30\n    review every 6 months\n}\n`);
    for (let i = 0; i < n; i++) {
        const group = STANDARD_GROUP_IDS[i % STANDARD_GROUP_IDS.length];
        const power = 1 + Math.floor(random() * 5),
            interest = 1 + Math.floor(random() * 5);
        const current = Math.floor(random() * 4),
            desired = current + Math.floor(random() * (5 - current));
        const strategies = acceptedStrategies(power, interest);
        const extra =
            group === 'municipality'
                ? `\n    unit U${i}a "Planning ${i}" : ${pick(UNIT_TYPES).id}\n    unit U${i}b "Ops ${i}" : ${pick(UNIT_TYPES).id}`
                : group === 'government'
                  ? `\n    ministry M${i} "Ministry ${i}" : ${pick(MINISTRY_TYPES).id}`
                  : '';
        put(
            i,
            `stakeholder ${ids[i]} "Stakeholder ${i} (${pick(WORDS)})" : ${group} {
    scale ${pick(SCALES)}
    sector ${pick(SECTORS)}
    category ${random() < 0.5 ? 'active' : random() < 0.5 ? 'beneficiary' : 'affected supporter'}
    roles ${pick(TECHNOLOGY_ROLES)}
    power ${power}
    interest ${interest}
    engagement ${ENGAGEMENT_LEVELS[current]} -> ${ENGAGEMENT_LEVELS[desired]}
    strategy ${pick(strategies)}
    onion ${pick(ONION_LAYERS)}
    legitimacy ${1 + ((i * 7) % 5)}
    urgency ${1 + ((i * 3) % 5)}
    aims "Better ${pick(WORDS)}", "Lower ${pick(WORDS)} costs"
    challenges "Little ${pick(WORDS)} data"
    potential "Know-how in ${pick(WORDS)}"
    constraints "Budget for ${pick(WORDS)}"
    contributions "Leads the ${pick(WORDS)} pilot"${extra}
}
`,
        );
    }
    for (let i = 0; i < n; i++) {
        for (let k = 0; k < 3 && n > 1; k++) {
            let j = Math.floor(random() * n);
            if (j === i) j = (j + 1) % n;
            put(i, `relation ${ids[i]} ${random() < 0.2 ? '<->' : '->'} ${ids[j]} : ${pick(RELATION_KINDS)} "about ${pick(WORDS)}"\n`);
        }
    }
    const municipalities = ids.filter((_, i) => STANDARD_GROUP_IDS[i % STANDARD_GROUP_IDS.length] === 'municipality');
    const citizens = ids.filter((_, i) => STANDARD_GROUP_IDS[i % STANDARD_GROUP_IDS.length] === 'citizens');
    const consultations = Math.max(1, Math.floor(n / 50));
    for (let c = 0; c < consultations; c++) {
        put(c, `grievance G${c} "Grievance channel ${c}" established 2026-01-0${1 + (c % 9)}\n`);
        const participants = new Set<string>([pick(municipalities.length ? municipalities : ids), pick(citizens.length ? citizens : ids)]);
        while (participants.size < Math.min(6, n)) participants.add(pick(ids));
        put(
            c,
            `consultation C${c} "Consultation ${c}" {\n    level ${IAP2_LEVELS[c % IAP2_LEVELS.length]}\n    date 2026-03-15\n    participants ${[...participants].join(', ')}\n    information-shared 2026-02-20\n    grievance G${c}\n    feedback "Report ${c} published"\n}\n`,
        );
        const provider = pick(ids);
        put(
            c,
            `kpi K${c} "Indicator ${c}" {\n    provider ${provider}\n    examiner ${pick(municipalities.length ? municipalities : ids)}\n    target "better by 2028"\n}\n`,
        );
    }
    const assessed = ids.filter(() => random() < 0.3);
    put(0, `assessment "2026-Q1" on 2026-03-31 {\n${assessed.map(id => `    ${id} ${pick(ENGAGEMENT_LEVELS)}`).join('\n')}\n}\n`);

    // Drawn after everything above, so the rest of a model of a given seed stays as it was before actions existed.
    const owners = ids.flatMap((id, i) =>
        STANDARD_GROUP_IDS[i % STANDARD_GROUP_IDS.length] === 'municipality' ? [id, `${id}.U${i}a`] : [],
    );
    for (let i = 0; i < n; i++) {
        const status =
            random() < 0.6
                ? 'open'
                : random() < 0.7
                  ? `done 2026-0${1 + Math.floor(random() * 6)}-15`
                  : 'dropped "Merged into another action"';
        const partner = n > 1 && random() < 0.3 ? `, ${pick(ids)}` : '';
        put(
            i,
            `action A${i} "Engage stakeholder ${i} on ${pick(WORDS)}" {
    with ${ids[i]}${partner}
    owner ${pick(owners.length ? owners : ids)}
    level ${pick(IAP2_LEVELS)}
    toward ${pick(ENGAGEMENT_LEVELS)}
    channel "${pick(WORDS)} working group"
    due 2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}
    status ${status}
}
`,
        );
    }
    const quarters: Array<[string, string]> = [
        ['2025-Q3', '2025-09-30'],
        ['2025-Q4', '2025-12-31'],
        ['2026-Q2', '2026-06-30'],
    ];
    quarters.forEach(([label, date], q) => {
        const entries = ids
            .filter(() => random() < 0.3)
            .map(id =>
                random() < 0.5
                    ? `    ${id} ${pick(ENGAGEMENT_LEVELS)} power ${1 + Math.floor(random() * 5)} interest ${1 + Math.floor(random() * 5)}`
                    : `    ${id} ${pick(ENGAGEMENT_LEVELS)}`,
            );
        put(q + 1, `assessment "${label}" on ${date} {\n${entries.join('\n')}\n}\n`);
    });

    const files = new Map<string, string>();
    chunks.forEach((parts, index) =>
        files.set(fileCount === 1 ? 'model.ssc' : `part-${String(index).padStart(3, '0')}.ssc`, parts.join('\n')),
    );
    return files;
}
