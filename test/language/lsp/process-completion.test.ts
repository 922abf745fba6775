import type { CompletionItem } from 'vscode-languageserver-protocol';
import { beforeAll, describe, expect, test } from 'vitest';
import { IAP2_LEVELS, IAP2_NOTES } from '../../../language/model/iap2.js';
import { completionsIn } from '../../helpers/completion.js';
import { createTestServices } from '../../helpers/workspace.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

const completionsAt = completionsIn(() => services);
const labels = (items: CompletionItem[]) => items.map(i => i.label);

const PARTIES = `stakeholder Council "City council" : municipality { unit Planning "Urban planning" : urban-planning }
stakeholder Region : government { ministry Energy "Energy department" : energy }
stakeholder W "Water company" : utility-provider
`;

describe('completion in the process forms', () => {
    test('IAP2 levels in spectrum order, each with the promise it makes, in actions and consultations', async () => {
        for (const text of ['action A { level <|> }', 'consultation C { level <|> }']) {
            const items = await completionsAt(text);
            expect(labels(items)).toEqual([...IAP2_LEVELS]);
            expect(items.map(i => i.detail)).toEqual(IAP2_LEVELS.map(l => IAP2_NOTES[l].promise));
            expect(JSON.stringify(items[4].documentation)).toContain('IAP2');
        }
    });
    test('statuses in order with what each means', async () => {
        const items = await completionsAt('action A { status <|> }');
        expect(labels(items)).toEqual(['open', 'done', 'dropped']);
        expect(items[2].detail).toMatch(/Abandoned/);
    });
    test('a property already given is not offered again in an action', async () => {
        const items = await completionsAt('action A { with W level inform status open <|> }');
        expect(labels(items)).toEqual(expect.arrayContaining(['owner', 'toward', 'channel', 'due']));
        expect(labels(items)).not.toContain('level');
        expect(labels(items)).not.toContain('with');
        expect(labels(items)).not.toContain('status');
    });
    test('with: stakeholders, units and ministries by qualified name, described; those listed already left out', async () => {
        const items = await completionsAt(`${PARTIES}action A { with W, <|> }`);
        expect(labels(items)).toEqual(['Council', 'Council.Planning', 'Region', 'Region.Energy']);
        expect(items[1].detail).toBe('Unit of Council · Urban planning');
        expect(items[1].labelDetails?.description).toBe('urban-planning');
        expect(items[3].detail).toBe('Ministry of Region · Energy department');
    });
    test('owner: the municipality and its units come first', async () => {
        const items = await completionsAt(`${PARTIES}action A { owner <|> }`);
        expect(labels(items)).toEqual(['Council', 'Council.Planning', 'Region', 'Region.Energy', 'W']);
    });
    test("after the dot, the stakeholder's own units", async () => {
        expect(labels(await completionsAt(`${PARTIES}action A { with Council.<|> }`))).toEqual(['Council.Planning']);
    });
    test('legitimacy and urgency are offered in a stakeholder, once', async () => {
        const items = await completionsAt('stakeholder W : utility-provider { legitimacy high <|> }');
        expect(labels(items)).toContain('urgency');
        expect(labels(items)).not.toContain('legitimacy');
    });
});

describe('assessment entries', () => {
    test('power and interest follow an entry on its line, once each; a new line starts a new entry', async () => {
        const base = 'stakeholder W : utility-provider\nstakeholder R : citizens\nassessment "Q" on 2026-01-01 {\n';
        const onLine = labels(await completionsAt(`${base}    W neutral power 4 <|>\n}`));
        expect(onLine).toContain('interest');
        expect(onLine).not.toContain('power');
        expect(labels(await completionsAt(`${base}    W neutral\n    <|>\n}`))).toEqual(['R']);
    });
});
