import { describe, expect, test } from 'vitest';
import { formatImportReport } from '../../../../language/model/import/import-report.js';
import { hasNameColumn, importRegister, RegisterError, type RegisterSheet } from '../../../../language/model/import/register-import.js';
import { matchValue } from '../../../../language/model/import/value-matchers.js';
import { STANDARD_GROUPS } from '../../../../language/model/vocabulary.js';

function sheet(rows: string[][], name: string | null = 'Register'): RegisterSheet {
    return { name, rows };
}

function run(rows: string[][], map?: Parameters<typeof importRegister>[1]['map']) {
    return importRegister(sheet(rows), { source: 'register.xlsx', map, reserved: new Set(['power', 'group', 'stakeholder']) });
}

describe('ssc import: header recognition', () => {
    test.each([
        [['Name', 'Group', 'Power', 'Interest']],
        [['Stakeholder', 'Stakeholder group', 'Influence', 'Interest level']],
        [['STAKEHOLDER NAME', 'Type', 'Power / Influence', 'interest']],
        [['stakeholder_name', 'stakeholder-type', 'influence', 'Interest']],
    ])('headers %j name the name, group, power and interest columns', headers => {
        const { report } = run([headers, ['Water company', 'Utility provider', 'High', 'Low']]);
        expect(report.columns.map(c => c.field)).toEqual(['name', 'group', 'power', 'interest']);
    });

    test('current, desired and target levels, and the profile dimensions', () => {
        const { report } = run([
            [
                'Name',
                'Current engagement',
                'Target level',
                'Aims',
                'Challenges',
                'Potential',
                'Constraints',
                'Contribution',
                'Legitimacy',
                'Urgency',
            ],
        ]);
        expect(report.columns.map(c => c.field)).toEqual([
            'name',
            'engagement',
            'desired',
            'aims',
            'challenges',
            'potential',
            'constraints',
            'contributions',
            'legitimacy',
            'urgency',
        ]);
    });

    test('a title row above the headers is passed over', () => {
        const { report, text } = run([['Stakeholder register, March 2026'], [], ['Name', 'Type'], ['City council', 'Municipality']]);
        expect(report.headerRow).toBe(3);
        expect(text).toContain('stakeholder CityCouncil "City council" : municipality');
    });

    test('a sheet without a name column is refused with the reason', () => {
        expect(() =>
            run([
                ['Owner', 'Budget'],
                ['x', '1'],
            ]),
        ).toThrow(RegisterError);
        expect(() => run([['Owner', 'Budget']])).toThrow(/no name column/);
        expect(hasNameColumn([['Owner']])).toBe(false);
        expect(hasNameColumn([['Title'], ['Stakeholder', 'Power']])).toBe(true);
    });
});

describe('ssc import: values', () => {
    test('label-style values match the vocabulary ids', () => {
        const { text, report } = run([
            [
                'Name',
                'Group',
                'Influence',
                'Interest',
                'Engagement',
                'Desired level',
                'Strategy',
                'Scale',
                'Sector',
                'Onion layer',
                'Roles',
                'Category',
            ],
            [
                'Aguas',
                'Utility provider',
                'High',
                'Low',
                'Resistant',
                'Supportive',
                'Keep satisfied',
                'Local and supralocal',
                'Private',
                'Direct',
                'Driver of technology; Enabler of the SSC',
                'Affected opponent',
            ],
        ]);
        expect(text).toContain('stakeholder Aguas "Aguas" : utility-provider {');
        for (const line of [
            'power high',
            'interest low',
            'engagement resistant -> supportive',
            'strategy keep-satisfied',
            'scale local-and-supralocal',
            'sector private',
            'onion direct',
            'roles driver-of-technology, enabler-of-ssc',
            'category affected opponent',
        ])
            expect(text).toContain(line);
        expect(report.approximate).toEqual([]);
        expect(report.unmatched).toEqual([]);
    });

    test('each standard group is known by its id, our label, its clause 5.x title and its Table I.1 row', () => {
        const supplement: Record<string, string[]> = {
            municipality: ['Municipalities, city councils and city administration', 'Municipalities, city council and city administration'],
            government: ['National and regional governments'],
            'city-services-company': ['City services companies'],
            'utility-provider': ['Utility providers'],
            'ict-company': ['ICT companies (e.g., telecom operators, start-ups, software companies)', 'ICT companies'],
            ngo: ['Non-governmental organizations', 'NGOs'],
            'international-organization': ['International, regional, and multilateral organizations'],
            'industry-association': ['Industry associations'],
            academia: ['Academia, research organizations and specialized bodies.'],
            citizens: ['Citizens and citizen organizations', 'Citizens and citizens\u2019 organisations'],
            'urban-planner': ['Urban planners'],
            'standards-body': ['Standards developing organizations', 'Standardization bodies'],
        };
        for (const group of STANDARD_GROUPS) {
            for (const text of [group.id, group.label, ...supplement[group.id]]) {
                expect(matchValue('group', text), `${text} → ${group.id}`).toEqual({ kind: 'exact', id: group.id });
            }
        }
    });

    test('grid values: words, 1..5 and our own export\'s "high (4)"', () => {
        expect(matchValue('power', 'High')).toEqual({ kind: 'exact', id: '4' });
        expect(matchValue('power', 'very high')).toEqual({ kind: 'exact', id: '5' });
        expect(matchValue('interest', '2')).toEqual({ kind: 'exact', id: '2' });
        expect(matchValue('interest', 'medium (3)')).toEqual({ kind: 'exact', id: '3' });
        expect(matchValue('interest', '7')).toEqual({ kind: 'none' });
        expect(matchValue('power', 'Meduim')).toEqual({ kind: 'approximate', id: '3' });
    });

    test('an approximate value is mapped to the closest id and reported; an unknown one is kept as a comment and reported', () => {
        const { text, report } = run([
            ['Name', 'Group', 'Power', 'Engagement'],
            ['Telco', 'ICT compnies', 'very strong', 'Supportve'],
        ]);
        expect(text).toContain(': ict-company');
        expect(text).toContain('engagement supportive');
        expect(text).toContain('// Power: very strong (not recognised)');
        expect(report.approximate).toEqual([
            { row: 2, column: 'Group', text: 'ICT compnies', id: 'ict-company' },
            { row: 2, column: 'Engagement', text: 'Supportve', id: 'supportive' },
        ]);
        expect(report.unmatched).toEqual([{ row: 2, column: 'Power', text: 'very strong' }]);
        const printed = formatImportReport(report);
        expect(printed).toContain('row 2, Group: "ICT compnies" → ict-company');
        expect(printed).toContain('row 2, Power: "very strong"');
    });

    test('several values in a cell: ";" and line breaks (commas too for keyword lists), bullets dropped', () => {
        const { text } = run([
            ['Name', 'Group', 'Aims', 'Category'],
            ['Council', 'Municipality', '– Efficient services\n– Lower emissions; Open data, for all', 'active, beneficiary'],
        ]);
        expect(text).toContain('aims "Efficient services", "Lower emissions", "Open data, for all"');
        expect(text).toContain('category active, beneficiary');
    });

    test('"current -> desired" in one engagement cell, and a strategy with its note in parentheses', () => {
        const { text } = run([
            ['Name', 'Group', 'Engagement', 'Strategy'],
            ['Council', 'Municipality', 'Supportive → Leading', 'Manage closely (Co-chairs the board)'],
        ]);
        expect(text).toContain('engagement supportive -> leading');
        expect(text).toContain('strategy manage-closely "Co-chairs the board"');
    });

    test('a strategy our export marks as suggested is not imported as declared', () => {
        const { text } = run([
            ['Stakeholder', 'Id', 'Group', 'Strategy', 'Strategy source', 'Grid position'],
            ['A', 'A', 'NGOs', 'Keep informed', 'suggested', 'keep-informed'],
        ]);
        expect(text).not.toContain('strategy');
        expect(text).not.toContain('Grid position');
    });

    test('--map names unrecognised columns and values', () => {
        const { text, report } = run(
            [
                ['Organisation', 'Clout', 'Sort'],
                ['Riverside Trust', 'big', 'charity'],
            ],
            {
                columns: { Clout: 'power', Sort: 'group' },
                values: { power: { big: '5' }, group: { charity: 'ngo' } },
            },
        );
        expect(text).toContain('stakeholder RiversideTrust "Riverside Trust" : ngo {');
        expect(text).toContain('power 5');
        expect(report.unmatched).toEqual([]);
        expect(() => run([['Name']], { columns: { Name: 'nonsense' } })).toThrow(/unknown field 'nonsense'/);
    });
});

describe('ssc import: rows and identifiers', () => {
    test('ids are derived from names: letters and digits, unique, never a keyword or a standard group', () => {
        const { text, report } = run([
            ['Name', 'Group'],
            ['Aguas de València', 'Utility'],
            ['Aguas de València', 'Utility'],
            ['2030 Agenda office', 'Municipality'],
            ['!!!', 'NGO'],
        ]);
        expect(text).toContain('stakeholder AguasDeValencia "Aguas de València"');
        expect(text).toContain('stakeholder AguasDeValencia2 "Aguas de València"');
        expect(text).toContain('stakeholder S2030AgendaOffice ');
        expect(text).toContain('stakeholder Stakeholder "!!!"');
        expect(report.derivedIds).toBe(4);
    });

    test('an id column is used where it holds a usable, unused identifier; others are renamed and reported', () => {
        const { text, report } = run([
            ['ID', 'Name', 'Group'],
            ['WaterCo', 'Aguas', 'Utility'],
            ['WaterCo', 'Aguas 2', 'Utility'],
            ['S-01', 'Gas', 'Utility'],
            ['power', 'Power company', 'Utility'],
        ]);
        expect(text).toContain('stakeholder WaterCo "Aguas"');
        expect(report.renamedIds).toEqual([
            { row: 3, from: 'WaterCo', to: 'WaterCo2' },
            { row: 4, from: 'S-01', to: 'S01' },
            { row: 5, from: 'power', to: 'Power' },
        ]);
    });

    test('blank rows are passed over, rows without a name and repeated header rows are skipped with their row number', () => {
        const { report } = run([['Name', 'Group'], ['A', 'NGO'], [], ['', 'NGO'], ['Name', 'Group'], ['B', 'NGO']]);
        expect(report.imported).toBe(2);
        expect(report.blankRows).toBe(1);
        expect(report.skipped).toEqual([
            { row: 4, reason: 'no name' },
            { row: 5, reason: 'repeats the header row' },
        ]);
        expect(formatImportReport(report)).toContain('row 4: no name');
    });

    test('other groups become custom groups; stakeholders without a group are put in Ungrouped and reported', () => {
        const { text, report } = run([
            ['Name', 'Group'],
            ['Radio', 'Local media'],
            ['Press', 'local media'],
            ['Mystery', ''],
            ['Blog', 'LocalMedia'],
        ]);
        expect(text).toContain('group LocalMedia "Local media"');
        expect(text).toContain('stakeholder Radio "Radio" : LocalMedia');
        expect(text).toContain('stakeholder Press "Press" : LocalMedia');
        expect(text).toContain('group LocalMedia2 "LocalMedia"');
        expect(text).toContain('stakeholder Mystery "Mystery" : Ungrouped');
        expect(text).toMatch(/group Ungrouped "/);
        expect(report.ungrouped).toBe(1);
    });

    test('cells of unrecognised columns are kept as comments, texts are escaped', () => {
        const { text } = run([
            ['Name', 'Group', 'Notes', 'Aims'],
            ['Say "hi" \\ bye', 'NGO', 'line one\nline two', 'a "quoted" aim'],
        ]);
        expect(text).toContain('stakeholder SayHiBye "Say \\"hi\\" \\\\ bye" : ngo {');
        expect(text).toContain('// Notes: line one line two');
        expect(text).toContain('aims "a \\"quoted\\" aim"');
    });
});
