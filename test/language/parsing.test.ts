import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Consultation, Kpi, Model, Programme, Relation, Stakeholder } from '../../language/generated/ast.js';
import { buildWorkspace } from '../helpers/workspace.js';

/** The whole-model example: the first `ssc` block of the language reference, docs/language.md. */
const LANGUAGE_MD = new URL('../../docs/language.md', import.meta.url);

function contractExample(): string {
    const match = /```ssc\n([\s\S]*?)```/.exec(readFileSync(LANGUAGE_MD, 'utf8'));
    if (!match) throw new Error('docs/language.md has no ssc example');
    return match[1];
}

const syntax = <T extends { code?: unknown }>(ds: T[]): T[] => ds.filter(d => d.code === 'syntax');

describe('the whole-model example of docs/language.md', () => {
    test('parses and links with no error', async () => {
        const ws = await buildWorkspace(contractExample());
        const errors = ws.diagnostics('model.ssc').filter(d => d.severity === 1);
        expect(errors).toEqual([]);
    });

    test('every element and value reaches the syntax tree', async () => {
        const ws = await buildWorkspace(contractExample());
        const model = ws.documents.get('model.ssc')!.parseResult.value as Model;
        const programme = model.elements.find(e => e.$type === 'Programme') as Programme;
        expect(programme).toMatchObject({ name: 'Valencia2030', title: 'Smart Valencia 2030', city: 'Valencia', asOf: '2026-06-30' });
        expect(programme.review?.months).toBe(6);
        expect(programme.excludes[0].group.ref?.name).toBe('standards-body');
        expect(programme.excludes[0].reason).toBe('Covered by the national programme');

        const council = model.elements.find(e => e.$type === 'Stakeholder' && e.name === 'CityCouncil') as Stakeholder;
        expect(council.group.ref?.name).toBe('municipality');
        expect(council.categories.map(c => c.kind)).toEqual(['active', 'beneficiary']);
        expect(council.roles).toEqual(['driver-of-technology', 'enabler-of-ssc']);
        expect(council.power?.level).toBe('high');
        expect(council.engagement).toMatchObject({ current: 'supportive', desired: 'leading' });
        expect(council.strategy).toMatchObject({ kind: 'manage-closely', note: 'Co-chairs the steering board' });
        expect(council.onion).toBe('core');
        expect(council.aims).toEqual(['Efficient services', 'Lower emissions']);
        expect(council.units.map(u => [u.name, u.type.ref?.name])).toEqual([
            ['Planning', 'urban-planning'],
            ['Csirt', 'cert-csirt'],
        ]);

        const water = model.elements.find(e => e.$type === 'Stakeholder' && e.name === 'WaterCo') as Stakeholder;
        expect(water.categories[0]).toMatchObject({ kind: 'affected', attitude: 'opponent' });
        expect(water.power?.value).toBe(4);

        const ministry = model.elements.find(e => e.$type === 'Stakeholder' && e.name === 'Ministry') as Stakeholder;
        expect(ministry.ministries[0].type.ref?.name).toBe('infrastructure-industry-it');

        const press = model.elements.find(e => e.$type === 'Stakeholder' && e.name === 'Press') as Stakeholder;
        expect(press.group.ref?.$type).toBe('Group');
        expect(press.group.ref?.name).toBe('LocalMedia');

        const relations = model.elements.filter(e => e.$type === 'Relation') as Relation[];
        expect(relations.map(r => [r.from.ref?.name, r.mutual, r.to.ref?.name, r.kind, r.label])).toEqual([
            ['CityCouncil', false, 'WaterCo', 'contracts', 'Water service concession'],
            ['Residents', false, 'CityCouncil', 'provides-data', 'Street incident reports'],
            ['CityCouncil', true, 'Ministry', 'collaborates', undefined],
        ]);
        const kpi = model.elements.find(e => e.$type === 'Kpi') as Kpi;
        expect([kpi.provider?.ref?.name, kpi.examiner?.ref?.name, kpi.target]).toEqual(['WaterCo', 'CityCouncil', 'below 12% by 2027']);
        const consultation = model.elements.find(e => e.$type === 'Consultation') as Consultation;
        expect(consultation.participants.map(p => p.ref?.name)).toEqual(['CityCouncil', 'Residents', 'Ministry', 'Press']);
        expect(consultation.grievances[0].ref?.name).toBe('Ombudsman');
        expect(consultation).toMatchObject({
            date: '2026-03-15',
            informationShared: '2026-02-20',
            feedback: 'Response report published 2026-05-02',
        });
    });
});

describe('every form of the vocabulary', () => {
    const values = (keyword: string, list: string[], wrap: (v: string) => string) =>
        test(`${keyword}: ${list.join(', ')}`, async () => {
            const text = list.map((v, i) => `stakeholder S${i} : citizens { ${wrap(v)} }`).join('\n');
            const ws = await buildWorkspace(text);
            expect(syntax(ws.diagnostics('model.ssc'))).toEqual([]);
        });
    values('scale', ['local', 'supralocal', 'local-and-supralocal'], v => `scale ${v}`);
    values('sector', ['public', 'private', 'civil', 'academic', 'mixed'], v => `sector ${v}`);
    values(
        'category',
        ['active', 'beneficiary', 'affected', 'affected supporter', 'affected opponent', 'active, affected supporter'],
        v => `category ${v}`,
    );
    values(
        'roles',
        ['enabler-of-technology', 'driver-of-technology', 'enabler-of-ssc', 'driver-of-technology, enabler-of-ssc'],
        v => `roles ${v}`,
    );
    values('power', ['low', 'medium', 'high', '1', '3', '5'], v => `power ${v}`);
    values('engagement', ['unaware', 'resistant', 'neutral', 'supportive', 'leading', 'unaware -> leading'], v => `engagement ${v}`);
    values('strategy', ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor', 'monitor "quarterly check"'], v => `strategy ${v}`);
    values('onion', ['core', 'direct', 'indirect', 'wider'], v => `onion ${v}`);
    values('profile', ['aims "a"', 'challenges "a", "b"', 'potential "p"', 'constraints "c"', 'contributions "x", "y", "z"'], v => v);

    test('every standard group, unit type and ministry type resolves', async () => {
        const groups = [
            'municipality',
            'government',
            'city-services-company',
            'utility-provider',
            'ict-company',
            'ngo',
            'international-organization',
            'industry-association',
            'academia',
            'citizens',
            'urban-planner',
            'standards-body',
        ];
        const units = [
            'urban-planning',
            'security-emergency',
            'citizen-services',
            'infrastructure-ict',
            'environment',
            'transportation',
            'finance',
            'legal-affairs',
            'water-sanitation',
            'cert-csirt',
        ];
        const ministries = [
            'infrastructure-industry-it',
            'science-technology',
            'environment',
            'energy',
            'health',
            'education',
            'transportation',
            'public-security',
        ];
        const text = [
            ...groups.map((g, i) => `stakeholder G${i} : ${g}`),
            `stakeholder Council : municipality {\n${units.map((u, i) => `  unit U${i} : ${u}`).join('\n')}\n}`,
            `stakeholder Gov : government {\n${ministries.map((m, i) => `  ministry M${i} : ${m}`).join('\n')}\n}`,
        ].join('\n');
        const ws = await buildWorkspace(text);
        expect(ws.diagnostics('model.ssc').filter(d => d.severity === 1)).toEqual([]);
    });

    test('every relation kind, both arrows, with and without label', async () => {
        const kinds = [
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
        ];
        const text =
            'stakeholder A : citizens\nstakeholder B : ngo\n' +
            kinds.map((k, i) => `relation A ${i % 2 ? '<->' : '->'} B : ${k}${i % 3 ? ' "label"' : ''}`).join('\n');
        const ws = await buildWorkspace(text);
        expect(ws.diagnostics('model.ssc').filter(d => d.severity === 1)).toEqual([]);
        expect(ws.analysis().relations).toHaveLength(12);
    });

    test('escapes in strings, comments anywhere, compact and spread layouts', async () => {
        const text = `/* head */ stakeholder /* a */ A /* b */ "Say \\"hi\\" \\\\ bye" /* c */ : /* d */ citizens /* e */ { // f
            aims /* g */ "x" /* h */ , "y" // i
        } // j
        stakeholder B:citizens{category active power 2 interest 4}`;
        const ws = await buildWorkspace(text);
        expect(ws.diagnostics('model.ssc').filter(d => d.severity === 1)).toEqual([]);
        const [a, b] = ws.analysis().stakeholders;
        expect(a.name).toBe('Say "hi" \\ bye');
        expect(a.profile.aims).toEqual(['x', 'y']);
        expect(b).toMatchObject({ power: 2, interest: 4, quadrant: 'keep-informed' });
    });

    test('optional parts can be left out', async () => {
        const text = `programme P { }
        stakeholder A : citizens
        stakeholder B "Named" : ngo {}
        kpi K
        grievance G
        consultation C
        assessment "empty" on 2026-01-01
        relation A -> B : informs`;
        const ws = await buildWorkspace(text);
        const structural = ws.diagnostics('model.ssc').filter(d => d.code === 'syntax' || d.code === 'identification/unknown-reference');
        expect(structural).toEqual([]);
        expect(ws.analysis().consultations.map(c => c.id)).toEqual(['C']);
    });

    test('keywords are reserved', async () => {
        const ws = await buildWorkspace('stakeholder monitor : citizens');
        expect(syntax(ws.diagnostics('model.ssc')).length).toBeGreaterThan(0);
    });
});

describe('error recovery', () => {
    test('a syntax error in one element keeps the others', async () => {
        const text = `stakeholder A : citizens { power high }
        stakeholder B : ngo { power }          // value missing
        stakeholder C : academia { interest low }
        relation A -> C : informs`;
        const ws = await buildWorkspace(text);
        const diagnostics = ws.diagnostics('model.ssc');
        expect(syntax(diagnostics).length).toBeGreaterThan(0);
        expect(syntax(diagnostics)[0].range.start.line).toBe(1);
        const ids = ws.analysis().stakeholders.map(s => s.id);
        expect(ids).toEqual(expect.arrayContaining(['A', 'C']));
        expect(ws.analysis().relations).toHaveLength(1);
    });

    test('an unknown keyword and an unterminated string are reported, the rest still parses', async () => {
        const text = `stakeholder A : citizens { colour blue }
        stakeholder B "unterminated : ngo
        stakeholder C : academia { power 5 interest 1 }`;
        const ws = await buildWorkspace(text);
        expect(syntax(ws.diagnostics('model.ssc')).length).toBeGreaterThan(0);
        expect(ws.analysis().stakeholders.map(s => s.id)).toContain('C');
    });

    test('an unexpected character is reported with the code syntax', async () => {
        const ws = await buildWorkspace('stakeholder A : citizens { power high } $ stakeholder B : ngo');
        const [first] = syntax(ws.diagnostics('model.ssc'));
        expect(first.message).toContain('$');
        expect(ws.analysis().stakeholders.map(s => s.id)).toEqual(['A', 'B']);
    });

    test('CRLF line ends and a byte-order mark parse like plain text', async () => {
        const text = '\uFEFFstakeholder A "x" : citizens {\r\n    power high\r\n}\r\nstakeholder B : ngo\r\n';
        const ws = await buildWorkspace(text);
        expect(ws.diagnostics('model.ssc').filter(d => d.severity === 1)).toEqual([]);
        expect(ws.analysis().stakeholders.map(s => [s.id, s.line])).toEqual([
            ['A', 1],
            ['B', 4],
        ]);
    });
});

describe('values', () => {
    test('impossible dates and out-of-range grid numbers are errors', async () => {
        const ws = await buildWorkspace(`programme P { as-of 2026-02-30 review every 0 months }
        stakeholder A : citizens { power 9 interest 0 }`);
        const codes = ws.diagnostics('model.ssc').map(d => d.code);
        expect(codes.filter(c => c === 'value/invalid-date')).toHaveLength(1);
        expect(codes.filter(c => c === 'value/out-of-range')).toHaveLength(3);
    });

    test('a property given twice is flagged and the last one counts', async () => {
        const ws = await buildWorkspace('stakeholder A : citizens { power low power high }');
        expect(ws.withCode('value/repeated-property')).toHaveLength(1);
        expect(ws.analysis().stakeholders[0].power).toBe(4);
    });
});
