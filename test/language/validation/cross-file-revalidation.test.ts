import { URI } from 'langium';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { STANDARD_GROUP_IDS } from '../../../language/model/vocabulary.js';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace, editFile as edit, type TestWorkspace } from '../../helpers/workspace.js';
import { body } from './rule-expectations.js';

const stakeholders = (skip: string) =>
    STANDARD_GROUP_IDS.filter(g => g !== skip)
        .map((g, i) => `stakeholder S${i} : ${g} ${body({ power: 'low', interest: 'low', strategy: 'monitor', aims: '"first aim"' })}`)
        .join('\n');

const FILES = {
    'p.ssc': 'programme P { review every 6 months }',
    'a.ssc': stakeholders('ngo') + '\nrelation S0 -> S1 : informs',
    'c.ssc': `stakeholder Lonely : ngo ${body()}`,
    'd.ssc': 'assessment "Q1" on 2026-03-31 { Lonely supportive }',
};

describe('diagnostics that depend on other files follow every change', () => {
    let ws: TestWorkspace;
    let validated: string[];
    let linked: string[];
    beforeEach(async () => {
        ws = await buildWorkspace(FILES);
        validated = [];
        linked = [];
        const validator = ws.services.Ssc.validation.DocumentValidator;
        const validate = validator.validateDocument.bind(validator);
        vi.spyOn(validator, 'validateDocument').mockImplementation((doc, ...rest) => {
            // The built-in library, built without validation by the test helper, is validated once on the first update.
            if (doc.uri.scheme === 'file') validated.push(doc.uri.path.slice('/work/'.length));
            return validate(doc, ...rest);
        });
        const linker = ws.services.Ssc.references.Linker;
        const link = linker.link.bind(linker);
        vi.spyOn(linker, 'link').mockImplementation((doc, ...rest) => {
            if (doc.uri.scheme === 'file') linked.push(doc.uri.path.slice('/work/'.length));
            return link(doc, ...rest);
        });
    });
    const codes = (file: string) => ws.diagnostics(file).map(d => d.code);

    test('an edit that changes no fact another file uses revalidates only the edited file', async () => {
        expect(codes('p.ssc')).not.toContain(Rule.MissingStandardGroup);
        await edit(ws, 'a.ssc', FILES['a.ssc'].replaceAll('"first aim"', '"a reworded aim"'));
        expect(validated).toEqual(['a.ssc']);
        expect(linked).toEqual(['a.ssc']);
    });

    test('removing the only stakeholder of a group updates the programme file, revalidated without relinking', async () => {
        await edit(ws, 'c.ssc', `stakeholder Lonely : citizens ${body()}`);
        expect(codes('p.ssc')).toContain(Rule.MissingStandardGroup);
        expect(ws.diagnostics('p.ssc').find(d => d.code === Rule.MissingStandardGroup)?.message).toContain('ngo (5.6)');
        // d.ssc refers to Lonely, but c.ssc still exports the same names, so d.ssc is neither relinked
        // nor revalidated (see incremental-build.test.ts); p.ssc refers to nothing in c.ssc.
        expect(validated.sort()).toEqual(['c.ssc', 'p.ssc']);
        expect(linked.sort()).toEqual(['c.ssc']);
        await edit(ws, 'c.ssc', FILES['c.ssc']);
        expect(codes('p.ssc')).not.toContain(Rule.MissingStandardGroup);
    });

    test('a relation added in one file clears "isolated" in the file that declares the stakeholder', async () => {
        expect(codes('c.ssc')).toContain(Rule.Isolated);
        await edit(ws, 'a.ssc', FILES['a.ssc'] + '\nrelation S0 -> Lonely : informs');
        expect(codes('c.ssc')).not.toContain(Rule.Isolated);
    });

    test('a newer assessment in another file makes the declared level stale', async () => {
        expect(codes('c.ssc')).not.toContain(Rule.StaleLevel);
        await edit(ws, 'd.ssc', FILES['d.ssc'] + '\nassessment "Q2" on 2026-06-01 { Lonely neutral }');
        expect(codes('c.ssc')).toContain(Rule.StaleLevel);
    });

    test('deleting a file updates whole-model findings', async () => {
        await ws.services.shared.workspace.DocumentBuilder.update([], [URI.parse('file:///work/c.ssc')]);
        expect(codes('p.ssc')).toContain(Rule.MissingStandardGroup);
    });

    test('renaming a stakeholder updates the files that refer to it', async () => {
        await edit(ws, 'c.ssc', `stakeholder Loner : ngo ${body()}`);
        expect(codes('d.ssc')).toContain(Rule.UnknownReference);
    });
});
