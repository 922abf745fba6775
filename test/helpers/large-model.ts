import { STANDARD_GROUP_IDS } from '../../language/model/vocabulary.js';

const LEVELS = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'];
const LAYERS = ['core', 'direct', 'indirect', 'wider'];
const KINDS = ['funds', 'regulates', 'contracts', 'supplies', 'informs', 'consults', 'collaborates'];

/**
 * A programme with `count` stakeholders over every standard group, many sharing a grid point, and
 * about two relations each: the crowded case for the grid labels and the map layout.
 */
export function largeModel(count = 60): string {
    const parts = ['programme Big "Large programme" {\n    as-of 2026-06-30\n}\n'];
    for (let i = 0; i < count; i++) {
        const group = STANDARD_GROUP_IDS[i % STANDARD_GROUP_IDS.length];
        const power = [4, 4, 2, 3, 5, 1][i % 6],
            interest = [4, 4, 4, 2, 3, 5][(i >> 1) % 6];
        parts.push(`stakeholder S${i} "Stakeholder number ${i} of the ${group} group" : ${group} {
    category active
    roles enabler-of-ssc
    power ${power}
    interest ${interest}
    engagement ${LEVELS[i % 5]} -> leading
    onion ${LAYERS[i % 4]}
}
`);
    }
    for (let i = 0; i < count; i++) {
        parts.push(`relation S${i} -> S${(i * 7 + 3) % count} : ${KINDS[i % KINDS.length]} "link ${i}"\n`);
        if (i % 2 === 0) parts.push(`relation S${i} <-> S${(i + 11) % count} : collaborates\n`);
    }
    return parts.join('\n');
}
