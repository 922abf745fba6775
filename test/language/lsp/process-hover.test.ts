import { expectHover } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { IAP2_NOTES } from '../../../language/model/iap2.js';
import { SALIENCE_NOTES } from '../../../language/model/salience.js';
import { buildWorkspace, createTestServices } from '../../helpers/workspace.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

const hover = (text: string, expected: string | RegExp) =>
    expectHover(services.Ssc)({ text, index: 0, hover: expected, disposeAfterCheck: true });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('keyword hovers of the process forms', () => {
    test.each(Object.entries(IAP2_NOTES))('IAP2 level %s: what it promises the public, its place in the spectrum', async (level, note) => {
        await hover(
            `action A { level ${level.slice(0, 2)}<|>${level.slice(2)} }`,
            new RegExp(`${escape(note.description)}[\\s\\S]*${escape(note.promise)}`),
        );
        await hover(
            `consultation C { level ${level[0]}<|>${level.slice(1)} }`,
            /of 5 \(inform < consult < involve < collaborate < empower\)/,
        );
    });
    test('the strategy a level serves is named', async () => {
        await hover('action A { level inv<|>olve }', /`manage-closely` strategy needs at least this level/);
    });
    test('statuses and the salience attributes', async () => {
        await hover('action A { status dr<|>opped "x" }', /no longer counts as taking part/);
        await hover('stakeholder W : ngo { legit<|>imacy high }', /rightful[\s\S]*salience class/);
        await hover('stakeholder W : ngo { urg<|>ency high }', /pressing/);
    });
    test('a stakeholder named with one of these words is described as the stakeholder', async () => {
        await hover(
            'stakeholder involve "Named involve" : ngo\nrelation invo<|>lve -> involve : informs',
            /\*\*involve\*\* — Named involve/,
        );
    });
});

async function hoverAt(files: Record<string, string>, file: string, needle: string): Promise<string> {
    const ws = await buildWorkspace(files);
    const document = ws.documents.get(file)!;
    const offset = document.textDocument.getText().indexOf(needle);
    const result = await ws.services.Ssc.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset),
    });
    const contents = result?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

describe('cards', () => {
    const files = {
        'p.ssc': 'programme P { as-of 2026-06-30 }',
        's.ssc':
            'stakeholder W "Water" : utility-provider { power 4 interest 4 legitimacy 2 urgency high strategy manage-closely }\nstakeholder C : municipality',
        'a.ssc':
            'action Talks "Concession review" { with W owner C level consult toward neutral due 2026-05-31 status open }\nconsultation H { participants W }',
    };
    test('the stakeholder card gains the salience class with its meaning and the participation against the strategy', async () => {
        const card = await hoverAt(files, 'a.ssc', 'W owner');
        expect(card).toContain(`Salience: **dangerous** — ${SALIENCE_NOTES.dangerous}`);
        expect(card).toContain('Participation: reached consult, the strategy needs involve — below what it needs');
    });
    test('an action shows who, the owner, the level and its promise, and that it is overdue', async () => {
        const card = await hoverAt(files, 'a.ssc', 'Talks');
        expect(card).toContain('**Talks** — Concession review');
        expect(card).toContain('- With: W');
        expect(card).toContain(`- Level: consult — ${IAP2_NOTES.consult.promise}`);
        expect(card).toContain('- Status: open, **overdue** (due 2026-05-31, as of 2026-06-30)');
    });
});
