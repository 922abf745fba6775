import { AstUtils, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { BUILTIN_URI } from '../../language/builtin/builtin-library.js';
import type { Model, Stakeholder } from '../../language/generated/ast.js';
import { buildWorkspace } from '../helpers/workspace.js';

const uriOf = (node: AstNode | undefined) => node && AstUtils.getDocument(node).uri.toString();

const CATALOGUE = `stakeholder Ministry "Ministry of Digital Affairs" : government { power high interest low }
stakeholder Telco "National telecom" : ict-company
grievance NationalOmbudsman "National ombudsman" established 2025-01-01`;

const city = (name: string) => `programme ${name}Programme { city "${name}" }
stakeholder ${name}Council : municipality
relation Ministry -> ${name}Council : funds
relation Telco -> ${name}Council : supplies
consultation ${name}Hearing { date 2026-03-01 participants ${name}Council, Ministry grievance NationalOmbudsman }`;

describe('cross-file linking', () => {
    test('a national catalogue shared by two city workspaces resolves in both', async () => {
        for (const name of ['Valencia', 'Porto']) {
            const ws = await buildWorkspace({ 'catalogue.ssc': CATALOGUE, [`${name}.ssc`]: city(name) });
            const unresolved = ws.withCode('identification/unknown-reference');
            expect(unresolved).toEqual([]);
            const relations = ws.analysis().relations;
            expect(relations.map(r => `${r.from}->${r.to}`)).toEqual([`Ministry->${name}Council`, `Telco->${name}Council`]);
        }
    });

    test('references point at the declaring document', async () => {
        const ws = await buildWorkspace({ 'catalogue.ssc': CATALOGUE, 'city.ssc': city('Valencia') });
        const model = ws.documents.get('city.ssc')!.parseResult.value as Model;
        const relation = model.elements.find(e => e.$type === 'Relation')!;
        expect(relation.$type === 'Relation' && uriOf(relation.from.ref)).toBe('file:///work/catalogue.ssc');
    });

    test('standard groups are elements of the built-in library, custom groups of the user file', async () => {
        const ws = await buildWorkspace('group LocalMedia "Local press"\nstakeholder A : citizens\nstakeholder B : LocalMedia');
        const model = ws.documents.get('model.ssc')!.parseResult.value as Model;
        const [a, b] = model.elements.filter(e => e.$type === 'Stakeholder') as Stakeholder[];
        expect(uriOf(a.group.ref)).toBe(BUILTIN_URI.replace('///', '/'));
        expect(uriOf(b.group.ref)).toBe('file:///work/model.ssc');
        const analysis = ws.analysis();
        expect(analysis.stakeholders.map(s => [s.id, s.group, s.custom])).toEqual([
            ['A', 'citizens', false],
            ['B', 'LocalMedia', true],
        ]);
        expect(analysis.coverage.present).toEqual(['citizens']);
    });

    test('a unit type is not a ministry type: scopes are per kind', async () => {
        const ws = await buildWorkspace(`stakeholder C : municipality { unit E : environment unit F : finance }
        stakeholder G : government { ministry E : environment ministry F : finance }`);
        const unknown = ws.withCode('identification/unknown-reference');
        expect(unknown).toHaveLength(1);
        expect(unknown[0].message).toContain("ministry type 'finance'");
    });
});

describe('identification/duplicate-name', () => {
    test('the same name in two files is an error at both places, each pointing at the other', async () => {
        const ws = await buildWorkspace({ 'a.ssc': 'stakeholder Telco : ict-company', 'b.ssc': '\n\nkpi Telco "Telco coverage"' });
        const duplicates = ws.withCode('identification/duplicate-name');
        expect(duplicates.map(d => [d.file, d.range.start.line, d.severity])).toEqual([
            ['a.ssc', 0, 1],
            ['b.ssc', 2, 1],
        ]);
        expect(duplicates[0].relatedInformation?.[0].location).toMatchObject({
            uri: 'file:///work/b.ssc',
            range: { start: { line: 2, character: 4 } },
        });
        expect(duplicates[1].relatedInformation?.[0].location.uri).toBe('file:///work/a.ssc');
        expect(duplicates[0].message).toContain("'Telco'");
    });

    test('a custom group cannot take a standard group name', async () => {
        const ws = await buildWorkspace('group citizens "Our citizens"');
        const [duplicate] = ws.withCode('identification/duplicate-name');
        expect(duplicate.message).toContain('built-in');
        expect(duplicate.relatedInformation?.[0].location.uri).toContain('ssc-builtin');
    });

    test('units of one stakeholder need distinct names; distinct names are fine', async () => {
        const bad = await buildWorkspace('stakeholder C : municipality { unit P : finance unit P : environment }');
        expect(bad.withCode('identification/duplicate-name')).toHaveLength(1);
        const good = await buildWorkspace(
            'stakeholder C : municipality { unit P : finance }\nstakeholder D : municipality { unit P : finance }',
        );
        expect(good.withCode('identification/duplicate-name')).toEqual([]);
    });

    test('two programmes in one workspace are an error', async () => {
        const ws = await buildWorkspace({ 'a.ssc': 'programme A {}', 'b.ssc': 'programme B {}' });
        expect(ws.withCode('identification/multiple-programmes')).toHaveLength(2);
    });
});

describe('identification/unknown-reference', () => {
    test('offers the closest names and carries them for the quick fix', async () => {
        const ws = await buildWorkspace(
            'stakeholder CityCouncil : municipality\nstakeholder Residents : citizen\nrelation Residents -> CityConcil : informs',
        );
        const unknown = ws.withCode('identification/unknown-reference');
        expect(unknown.map(d => d.severity)).toEqual([1, 1]);
        expect(unknown[0].message).toMatch(/stakeholder group 'citizen'.*Did you mean 'citizens'/s);
        expect(unknown[0].data).toMatchObject({ refText: 'citizen', suggestions: ['citizens'] });
        expect(unknown[1].message).toContain("'CityCouncil'");
        expect(unknown[1].range).toEqual({ start: { line: 2, character: 22 }, end: { line: 2, character: 32 } });
    });

    test('names nothing when nothing is close', async () => {
        const ws = await buildWorkspace('stakeholder A : citizens\nrelation A -> Zzyzx : informs');
        const [unknown] = ws.withCode('identification/unknown-reference');
        expect(unknown.message).not.toContain('Did you mean');
        expect(unknown.data).toMatchObject({ suggestions: [] });
    });

    test('grievances in consultations are references too', async () => {
        const ws = await buildWorkspace('grievance Ombudsman\nconsultation C { grievance Ombudsmen }');
        expect(ws.withCode('identification/unknown-reference')[0].message).toMatch(/grievance mechanism 'Ombudsmen'.*'Ombudsman'/s);
    });
});
