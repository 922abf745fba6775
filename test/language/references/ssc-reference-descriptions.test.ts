import { DefaultReferenceDescriptionProvider, type ReferenceDescription } from 'langium';
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

/** Every member of an entry, getters included (ours reads its segment through the prototype). */
const members = (entries: ReferenceDescription[]) =>
    JSON.stringify(
        entries.map(e => ({
            sourceUri: e.sourceUri.toString(),
            sourcePath: e.sourcePath,
            targetUri: e.targetUri.toString(),
            targetPath: e.targetPath,
            segment: e.segment,
            local: e.local,
        })),
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
            expect(members(await ours.createDescriptions(document))).toBe(members(expected));
        }
    });

    test("Langium's entries have the members SscReferenceDescription repeats (language/references/ssc-reference-descriptions.ts)", async () => {
        const ws = await buildWorkspace('stakeholder A : ngo\nstakeholder B : ngo\nrelation A -> B : funds');
        const document = ws.documents.get('model.ssc')!;
        const [langiums] = await new DefaultReferenceDescriptionProvider(ws.services.Ssc).createDescriptions(document);
        const [ours] = await ws.services.Ssc.workspace.ReferenceDescriptionProvider.createDescriptions(document);
        const keys = (o: object) => [...Object.keys(o), ...Object.keys(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(o)))];
        expect(Object.keys(langiums).sort(), "Langium's reference index entries changed their members").toEqual([
            'local',
            'segment',
            'sourcePath',
            'sourceUri',
            'targetPath',
            'targetUri',
        ]);
        for (const member of Object.keys(langiums)) expect(keys(ours), `SscReferenceDescription lacks ${member}`).toContain(member);
    });
});
