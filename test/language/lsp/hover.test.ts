import { expectHover } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { MINISTRY_TYPES, STANDARD_GROUPS, UNIT_TYPES } from '../../../language/model/vocabulary.js';
import { buildWorkspace, createTestServices } from '../../helpers/workspace.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

const hover = (text: string, expected: string | RegExp) =>
    expectHover(services.Ssc)({ text, index: 0, hover: expected, disposeAfterCheck: true });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('vocabulary hovers', () => {
    test.each(STANDARD_GROUPS.map(g => [g.id, g]))('standard group %s: label, our description and clause', async (_id, group) => {
        await hover(
            `stakeholder A : ${group.id.slice(0, 2)}<|>${group.id.slice(2)}`,
            new RegExp(`${escape(group.label)}[\\s\\S]*${escape(group.description)}[\\s\\S]*clause ${escape(group.clause)}`),
        );
    });

    test('a cursor on the hyphen of a standard group still finds it', async () => {
        await hover('stakeholder A : city<|>-services-company', /City services companies/);
    });

    test.each(UNIT_TYPES.map(u => [u.id, u]))('unit type %s (Table 2)', async (_id, unit) => {
        await hover(`stakeholder C : municipality { unit U : <|>${unit.id} }`, new RegExp(`${escape(unit.description)}[\\s\\S]*Table 2`));
    });

    test.each(MINISTRY_TYPES.map(m => [m.id, m]))('ministry type %s (Table 3)', async (_id, ministry) => {
        await hover(
            `stakeholder G : government { ministry M : <|>${ministry.id} }`,
            new RegExp(`${escape(ministry.description)}[\\s\\S]*Table 3`),
        );
    });

    test('excluded groups in the programme hover like any other use', async () => {
        await hover('programme P { excludes <|>standards-body "national" }', /Standards developing organizations/);
    });

    test('a custom group says it counts for no standard group', async () => {
        await hover('group LocalMedia "Local press"\nstakeholder A : <|>LocalMedia', /Local press[\s\S]*counts for none/);
    });

    test('engagement levels and strategies explain themselves', async () => {
        await hover('stakeholder A : citizens { engagement <|>resistant }', /resistant[\s\S]*pushes back[\s\S]*clause 4\.2/);
        await hover('stakeholder A : citizens { strategy <|>keep-satisfied }', /High power, low interest/);
    });

    test("grid strategies and the four onion rings say they are conventions, not the Supplement's terms", async () => {
        await hover(
            'stakeholder A : citizens { strategy <|>keep-satisfied }',
            /A convention \(power\/interest grid practice\), not the Supplement's own term/,
        );
        for (const ring of ['core', 'direct', 'indirect', 'wider']) {
            await hover(
                `stakeholder A : citizens { onion <|>${ring} }`,
                /A convention \(the four rings of this language\)[\s\S]*clause 4\.1 b/,
            );
        }
    });

    test('Supplement terms are cited plainly: engagement levels (4.2) and LFA categories (3.2 a)', async () => {
        await hover('stakeholder A : citizens { engagement <|>leading }', /\*ITU-T Y Suppl\. 34, clause 4\.2\*/);
        await hover('stakeholder A : citizens { category <|>beneficiary }', /\*ITU-T Y Suppl\. 34, clause 3\.2 a\*/);
    });
});

describe('stakeholder summary card', () => {
    const model = {
        'catalogue.ssc': [
            'stakeholder Council "City council" : municipality {',
            '    power high',
            '    interest high',
            '    engagement neutral -> leading',
            '    strategy monitor',
            '    category affected',
            '}',
        ].join('\n'),
        'city.ssc': 'stakeholder Residents : citizens { power low interest high }\nrelation Residents -> Council : informs\n',
    };

    async function cardAt(file: string, needle: string): Promise<string> {
        const ws = await buildWorkspace(model);
        const document = ws.documents.get(file)!;
        const offset = document.textDocument.getText().indexOf(needle) + 1;
        const result = await ws.services.Ssc.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset),
        });
        const contents = result?.contents;
        return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
    }

    test('a reference in another file shows group, quadrant, engagement, strategy and diagnostics', async () => {
        const card = await cardAt('city.ssc', 'Council : informs');
        expect(card).toContain('**Council** — City council');
        expect(card).toContain('Group: `municipality` — Municipalities, city councils and city administration (clause 5.1)');
        expect(card).toContain('Quadrant: high power, high interest → manage closely (power 4, interest 4)');
        expect(card).toContain('Engagement: neutral → leading (+2 levels)');
        expect(card).toContain('Strategy: monitor — the quadrant suggests manage-closely');
        expect(card).toMatch(/Diagnostics: \d+ warnings?/);
    });

    test('the declaration shows the same card; an unplaced stakeholder says so', async () => {
        expect(await cardAt('catalogue.ssc', 'Council "City')).toContain('Quadrant: high power');
        const residents = await cardAt('city.ssc', 'Residents :');
        expect(residents).toContain('Quadrant: low power, high interest → keep informed');
        expect(residents).toContain('Engagement: no current level');
        expect(residents).toContain('Strategy: none declared; the quadrant suggests keep-informed');
    });
});

describe('model texts in hovers', () => {
    test('a title full of Markdown and HTML shows as written: no emphasis, link, image or tag is made of it', async () => {
        const ws = await buildWorkspace({
            'm.ssc': 'stakeholder Odd_Name_ "**bold** [site](https://example.org) ![x](https://example.org/x.png) <b>tag</b> # 1." : ngo\n',
        });
        const document = ws.documents.get('m.ssc')!;
        const result = await ws.services.Ssc.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(document.textDocument.getText().indexOf('Odd') + 1),
        });
        const card = result?.contents && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : '';
        expect(card).toContain(
            '**Odd\\_Name\\_** — \\*\\*bold\\*\\* \\[site\\]\\(https://example\\.org\\) \\!\\[x\\]\\(https://example\\.org/x\\.png\\) \\<b\\>tag\\</b\\> \\# 1\\.',
        );
        // Unescaped, the only Markdown left is our own bold name.
        expect(card.split('\n')[0].replace(/\\./g, '')).not.toMatch(/\[|\]|<|>|!|\*\*[^*]*\*\*.*\*\*/);
    });
});
