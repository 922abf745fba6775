import { DefaultReferenceDescriptionProvider } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateModel } from '../../../bench/model-generator.js';
import { ROOT } from '../../helpers/cli.js';
import { HOSTILE_MODEL } from '../../helpers/hostile-model.js';
import { buildWorkspace } from '../../helpers/workspace.js';

const valencia = Object.fromEntries(
    readdirSync(path.join(ROOT, 'examples', 'valencia')).map(f => [f, readFileSync(path.join(ROOT, 'examples', 'valencia', f), 'utf8')]),
);
const generated = Object.fromEntries(
    [...generateModel({ stakeholders: 60, files: 4, seed: 5 })].map(([file, text], i) => [
        file,
        i === 0 ? text + '\nrelation Nobody -> Missing : informs\n' : text,
    ]),
);

describe('the reference index', () => {
    test.each([
        ['the Valencia example', valencia],
        ['a generated model over 4 files, with unresolved names', generated],
        [
            'a hostile model, cut off mid-way',
            { 'hostile.ssc': HOSTILE_MODEL, 'cut.ssc': HOSTILE_MODEL.slice(0, Math.floor(HOSTILE_MODEL.length / 2)) },
        ],
    ])('holds the same entries as Langium computes for %s', async (_name, files) => {
        const ws = await buildWorkspace(files);
        const ours = ws.services.Ssc.workspace.ReferenceDescriptionProvider;
        // Langium's own provider is the oracle here.
        const langiums = new DefaultReferenceDescriptionProvider(ws.services.Ssc);
        for (const document of ws.documents.values()) {
            const expected = await langiums.createDescriptions(document);
            if (!document.uri.path.endsWith('cut.ssc')) expect(expected.length).toBeGreaterThan(0);
            expect(JSON.stringify(await ours.createDescriptions(document))).toBe(JSON.stringify(expected));
        }
    });
});
