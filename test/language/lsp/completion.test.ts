import type { CompletionItem } from 'vscode-languageserver-protocol';
import { beforeAll, describe, expect, test } from 'vitest';
import { MINISTRY_TYPES, STANDARD_GROUPS, UNIT_TYPES } from '../../../language/model/vocabulary.js';
import { REFERENCE_LIMIT } from '../../../language/lsp/completion/reference-limit.js';
import { completionsIn } from '../../helpers/completion.js';
import { createTestServices } from '../../helpers/workspace.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

/** The completion items at `<|>` in the text, sorted the way an editor shows them. */
const completionsAt = completionsIn(() => services);
const labels = (items: CompletionItem[]) => items.map(i => i.label);

describe('after `:` in a stakeholder', () => {
    test('the twelve standard groups come first, in clause order, with label and description; then custom groups', async () => {
        const items = await completionsAt('group LocalMedia "Local press"\nstakeholder A : <|>');
        expect(labels(items)).toEqual([...STANDARD_GROUPS.map(g => g.id), 'LocalMedia']);
        const municipality = items[0];
        expect(municipality.detail).toBe(STANDARD_GROUPS[0].label);
        expect(JSON.stringify(municipality.documentation)).toContain(STANDARD_GROUPS[0].description);
        expect(JSON.stringify(municipality.documentation)).toContain('clause 5.1');
        expect(items.at(-1)?.labelDetails?.description).toBe('custom');
    });

    test('a partly typed hyphenated name is replaced whole', async () => {
        const items = await completionsAt('stakeholder A : city-<|>');
        const item = items.find(i => i.label === 'city-services-company');
        expect(item?.textEdit && 'range' in item.textEdit ? item.textEdit.range.start.character : -1).toBe('stakeholder A : '.length);
    });
});

describe('units and ministries', () => {
    test('`unit` is offered inside a municipality stakeholder, with the Table 2 types', async () => {
        const items = await completionsAt('stakeholder C : municipality {\n    <|>\n}');
        const unit = items.find(i => i.label === 'unit');
        expect(unit?.insertText).toContain(UNIT_TYPES.map(u => u.id).join(','));
        expect(labels(items)).not.toContain('ministry');
    });

    test('`ministry` is offered inside a government stakeholder, with the Table 3 types', async () => {
        const items = await completionsAt('stakeholder G : government {\n    <|>\n}');
        expect(items.find(i => i.label === 'ministry')?.insertText).toContain(MINISTRY_TYPES.map(m => m.id).join(','));
        expect(labels(items)).not.toContain('unit');
    });

    test('neither is offered in other stakeholders', async () => {
        const items = await completionsAt('stakeholder N : ngo {\n    <|>\n}');
        expect(labels(items)).not.toContain('unit');
        expect(labels(items)).not.toContain('ministry');
        expect(labels(items)).toContain('scale');
    });

    test('after `unit X :` the Table 2 unit types are listed with their labels; after `ministry X :` the Table 3 types', async () => {
        const units = await completionsAt('stakeholder C : municipality {\n    unit P "Planning" : <|>\n}');
        expect(labels(units)).toEqual(UNIT_TYPES.map(u => u.id));
        expect(units[0].detail).toBe(UNIT_TYPES[0].label);
        const ministries = await completionsAt('stakeholder G : government {\n    ministry E : <|>\n}');
        expect(labels(ministries)).toEqual(MINISTRY_TYPES.map(m => m.id));
    });
});

describe('values in order', () => {
    test('engagement levels are listed from unaware to leading', async () => {
        const items = await completionsAt('stakeholder A : citizens {\n    engagement <|>\n}');
        expect(labels(items)).toEqual(['unaware', 'resistant', 'neutral', 'supportive', 'leading']);
        expect(JSON.stringify(items[0].documentation)).toContain('4.2');
    });

    test('after `->` the levels below the current one are flagged as a regression', async () => {
        const items = await completionsAt('stakeholder A : citizens {\n    engagement supportive -> <|>\n}');
        expect(labels(items)).toEqual(['unaware', 'resistant', 'neutral', 'supportive', 'leading']);
        expect(items[0].labelDetails?.description).toBe('below supportive');
        expect(items[4].labelDetails?.description).toBe('5 of 5');
    });

    test('assessment entries take levels in order too', async () => {
        const items = await completionsAt('stakeholder A : citizens\nassessment "Q1" on 2026-03-31 {\n    A <|>\n}');
        expect(labels(items)).toEqual(['unaware', 'resistant', 'neutral', 'supportive', 'leading']);
    });
});

describe('strategies', () => {
    test.each([
        ['high', 'high', 'manage-closely'],
        ['high', 'low', 'keep-satisfied'],
        ['low', 'high', 'keep-informed'],
        ['1', '2', 'monitor'],
    ])('power %s, interest %s: %s comes first and is marked recommended', async (power, interest, expected) => {
        const items = await completionsAt(`stakeholder A : citizens {\n    power ${power}\n    interest ${interest}\n    strategy <|>\n}`);
        expect(items[0].label).toBe(expected);
        expect(items[0].labelDetails?.description).toBe('recommended');
        expect(items[0].preselect).toBe(true);
        expect(items.slice(1).every(i => i.labelDetails?.description !== 'recommended')).toBe(true);
        expect(items).toHaveLength(4);
    });

    test('an unplaced stakeholder gets the four strategies with no recommendation', async () => {
        const items = await completionsAt('stakeholder A : citizens {\n    strategy <|>\n}');
        expect(labels(items)).toEqual(['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor']);
        expect(items.some(i => i.preselect)).toBe(false);
    });
});

describe('stakeholder names', () => {
    const catalogue =
        'stakeholder Council "City council" : municipality\nstakeholder Telco : ict-company\nstakeholder Residents : citizens\n';

    test('in relations', async () => {
        expect(labels(await completionsAt(catalogue + 'relation Telco -> <|>'))).toEqual(['Council', 'Residents', 'Telco']);
    });

    test('in participants, leaving out those already listed', async () => {
        expect(labels(await completionsAt(catalogue + 'consultation H {\n    participants Council, <|>\n}'))).toEqual([
            'Residents',
            'Telco',
        ]);
    });

    test('in KPIs, municipalities first for the examiner', async () => {
        const items = await completionsAt(catalogue + 'kpi K {\n    provider Telco\n    examiner <|>\n}');
        expect(labels(items)[0]).toBe('Council');
        expect(items[0].detail).toBe('City council · municipality');
    });

    test('a big workspace lists at most 200 names, and typing narrows them to the matches', async () => {
        const many =
            Array.from({ length: 1000 }, (_, i) => `stakeholder S${String(i).padStart(4, '0')} : citizens`).join('\n') +
            '\nstakeholder City : municipality\n';
        const list = await completionsAt(many + 'relation S0001 -> <|>');
        expect(list.length).toBe(REFERENCE_LIMIT);
        const typed = labels(await completionsAt(many + 'relation S0001 -> S099<|>'));
        expect(typed.length).toBeLessThan(REFERENCE_LIMIT);
        expect(typed).toEqual(expect.arrayContaining(Array.from({ length: 10 }, (_, i) => `S099${i}`)));
        expect(typed.every(label => /^S\d*0\d*9\d*9/.test(label))).toBe(true);
        expect(labels(await completionsAt(many + 'kpi K {\n    provider S0001\n    examiner <|>\n}'))[0]).toBe('City');
    });

    test('in assessments, leaving out those already assessed', async () => {
        expect(labels(await completionsAt(catalogue + 'assessment "Q1" on 2026-01-01 {\n    Telco supportive\n    <|>\n}'))).toEqual([
            'Council',
            'Residents',
        ]);
    });
});

describe('block keywords', () => {
    test('a stakeholder block offers its keywords minus those already given', async () => {
        const items = labels(
            await completionsAt('stakeholder A : citizens {\n    scale local\n    power low\n    engagement neutral\n    <|>\n}'),
        );
        expect(items).toEqual(
            expect.arrayContaining(['sector', 'category', 'roles', 'interest', 'strategy', 'onion', 'aims', 'contributions']),
        );
        expect(items).not.toContain('scale');
        expect(items).not.toContain('power');
        expect(items).not.toContain('engagement');
        expect(items).not.toContain('stakeholder');
    });

    test('a programme block, a KPI block and a consultation block do the same', async () => {
        expect(labels(await completionsAt('programme P {\n    city "X"\n    <|>\n}'))).toEqual(expect.not.arrayContaining(['city']));
        const kpi = labels(await completionsAt('kpi K {\n    target "t"\n    <|>\n}'));
        expect(kpi).toEqual(expect.arrayContaining(['provider', 'examiner']));
        expect(kpi).not.toContain('target');
        const consultation = labels(await completionsAt('consultation C {\n    date 2026-01-01\n    <|>\n}'));
        expect(consultation).toEqual(expect.arrayContaining(['participants', 'information-shared', 'grievance', 'feedback']));
        expect(consultation).not.toContain('date');
    });

    test('`programme` is not offered when the workspace already has one', async () => {
        const items = await completionsAt('programme P { city "X" }\n<|>');
        expect(labels(items)).toContain('stakeholder');
        expect(labels(items)).not.toContain('programme');
    });
});

describe('snippets', () => {
    test('a stakeholder with every profile dimension, a consultation, a grievance mechanism, a KPI and a programme', async () => {
        const snippets = (await completionsAt('<|>')).filter(i => i.kind === 15 /* Snippet */);
        expect(labels(snippets).sort()).toEqual(['consultation', 'grievance', 'kpi', 'programme', 'stakeholder']);
        const stakeholder = snippets.find(s => s.label === 'stakeholder')!;
        for (const keyword of [
            'scale',
            'sector',
            'category',
            'roles',
            'power',
            'interest',
            'engagement',
            'strategy',
            'onion',
            'aims',
            'challenges',
            'potential',
            'constraints',
            'contributions',
        ]) {
            expect(stakeholder.insertText).toMatch(new RegExp(`\\n\\t${keyword} `));
        }
        expect(stakeholder.insertTextFormat).toBe(2);
        expect(snippets.find(s => s.label === 'consultation')?.insertText).toContain('information-shared');
        expect(snippets.find(s => s.label === 'kpi')?.insertText).toContain('examiner');
        expect(snippets.find(s => s.label === 'programme')?.insertText).toContain('review every');
    });

    test('snippets list the workspace stakeholders as choices', async () => {
        const snippets = await completionsAt('stakeholder Council : municipality\nstakeholder Telco : ict-company\n<|>');
        expect(snippets.find(s => s.label === 'kpi' && s.kind === 15)?.insertText).toContain('examiner ${4|Council|}');
    });
});

describe('trigger characters', () => {
    test('completing right after `:` or `->` inserts the space the layout puts there', async () => {
        const afterColon = await completionsAt('stakeholder A :<|>');
        const citizens = afterColon.find(i => i.label === 'citizens');
        expect(citizens?.textEdit?.newText).toBe(' citizens');
        const afterArrow = await completionsAt('stakeholder A : citizens\nrelation A -><|>');
        expect(afterArrow.find(i => i.label === 'A')?.textEdit?.newText).toBe(' A');
    });
});

describe('while typing, with the rest of the document around', () => {
    test('a half-typed keyword inside a block completes from the block', async () => {
        const items = labels(await completionsAt('stakeholder A : citizens {\n    scale local\n    sc<|>\n}\nstakeholder B : ngo'));
        expect(items).toContain('sector');
        expect(items).not.toContain('scale');
    });

    test('the strategy recommendation holds when later lines do not parse yet', async () => {
        const items = await completionsAt(
            'stakeholder A : citizens {\n    power high\n    interest low\n    strategy <|>\n    engagement\n}\nrelation A -> : ',
        );
        expect(items[0].label).toBe('keep-satisfied');
        expect(items[0].labelDetails?.description).toBe('recommended');
    });

    test('after error recovery gave the root as the node at the cursor, a reference completes as its rule has it, and nothing is logged', async () => {
        // A line comment ended by a lone CR, then `{stakeholder:`: Langium's scope lookup threw for the root.
        const logged: unknown[] = [];
        const error = console.error;
        console.error = (...args: unknown[]) => logged.push(args);
        try {
            const items = await completionsAt('//\r{stakeholder:<|>');
            expect(labels(items).slice(0, STANDARD_GROUPS.length)).toEqual(STANDARD_GROUPS.map(g => g.id));
        } finally {
            console.error = error;
        }
        expect(logged).toEqual([]);
    });
});
