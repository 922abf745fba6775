import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateModel } from '../../bench/model-generator.js';
import { ROOT } from './cli.js';

/**
 * Texts for comparing our syntax-tree walks with Langium's: example files and a generated model that
 * parse cleanly, and texts after syntax errors (half-built nodes and references, pruned entries).
 */
export function syntaxSamples(): { clean: string[]; broken: string[] } {
    return {
        clean: [
            ...['northbay/stakeholders.ssc', 'northbay/plan.ssc', 'northbay/assessments.ssc', 'valencia/city.ssc'].map(file =>
                readFileSync(path.join(ROOT, 'examples', file), 'utf8'),
            ),
            [...generateModel({ stakeholders: 40 }).values()].join('\n'),
        ],
        broken: [
            'stakeholder A "A" : municipality {\n    power 4\n    interest\n}\nrelation A -> : funds\naction X { with A, owner',
            'assessment "Q" on 2026-01-01 { A neutral power B supportive interest 9 }\nprogramme P { excludes ngo "x", }',
        ],
    };
}

/** Every sample text, clean and broken. */
export function allSyntaxSamples(): string[] {
    const { clean, broken } = syntaxSamples();
    return [...clean, ...broken];
}
