import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { typicalRegister } from '../helpers/registers.js';
import { EDITOR_SETTINGS, startSession, type Session } from './session.js';
import type { Workbench } from './workbench.js';

/** A register as people keep one in a CSV file: `;`-separated (as a European Excel saves it), with a BOM and label values. */
const CSV_REGISTER =
    '\uFEFFStakeholder;Stakeholder group;Influence;Interest;Current level;Target level;Strategy\n' +
    'Harbour Authority;Municipality;High;High;Supportive;Leading;Manage closely\n' +
    'Fishers Guild;Citizens and citizen organizations;Low;High;Neutral;Supportive;Keep informed\n';

/** A model the analyst already has under the name the import would choose: it must survive the import. */
const EXISTING = '// my own register model: never replace me\n';

let session: Session;
let wb: Workbench;
let workspace: string;

beforeAll(async () => {
    session = await startSession(
        'start',
        9565 + (process.pid % 300),
        dir => {
            cpSync(path.join(ROOT, 'examples', 'first-model'), dir, { recursive: true });
            // The project's rules file makes a warning an error; the extension's defaults must not override it.
            writeFileSync(path.join(dir, '.sscrc.json'), JSON.stringify({ rules: { 'analysis/incomplete-profile': 'error' } }));
            writeFileSync(path.join(dir, 'harbour.csv'), CSV_REGISTER);
            writeFileSync(path.join(dir, 'register.ssc'), EXISTING);
        },
        { 'ssc.rules': {} },
    );
    ({ wb, workspace } = session);
    await typicalRegister(path.join(workspace, 'register.xlsx'));
    await wb.step('open stakeholders.ssc', () => wb.open('stakeholders.ssc'));
}, 20 * 60_000);

afterAll(async () => {
    await session?.close();
});

/** The text on screen in the active editor. */
async function activeText(): Promise<string> {
    // The editor renders spaces as non-breaking ones.
    return (await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

/** The Problems rows (flattened) that name a rule code. */
async function findings(code: string): Promise<string[]> {
    return (await wb.problems()).filter(r => r.includes(code));
}

describe('rule settings in VS Code', () => {
    test(".sscrc.json takes effect, and the extension's listed defaults do not override it", async () => {
        await wb.step('the workspace rules file turns incomplete profiles into errors', async () => {
            await wb.clearNotifications();
            const row = wb.page.locator('.markers-panel .monaco-list-row', { hasText: 'analysis/incomplete-profile' }).first();
            await wb.waitForProblems(r => r.some(x => x.includes('analysis/incomplete-profile')));
            await expect.poll(() => row.locator('.codicon-error').count(), { timeout: 30_000 }).toBeGreaterThan(0);
        });
        expect((await findings('analysis/incomplete-profile')).length).toBeGreaterThan(0);
    });

    test('a severity set in Settings overrides the rules file', async () => {
        await wb.step('set the rule to info in the workspace settings', async () => {
            writeFileSync(
                path.join(workspace, '.vscode', 'settings.json'),
                JSON.stringify({ ...EDITOR_SETTINGS, 'ssc.rules': { 'analysis/incomplete-profile': 'info' } }, null, 2),
            );
            const row = wb.page.locator('.markers-panel .monaco-list-row', { hasText: 'analysis/incomplete-profile' }).first();
            await expect.poll(() => row.locator('.codicon-info').count(), { timeout: 60_000 }).toBeGreaterThan(0);
        });
        await wb.step('switch the rule off', async () => {
            writeFileSync(
                path.join(workspace, '.vscode', 'settings.json'),
                JSON.stringify({ ...EDITOR_SETTINGS, 'ssc.rules': { 'analysis/incomplete-profile': 'off' } }, null, 2),
            );
            await wb.waitForProblems(r => !r.some(x => x.includes('analysis/incomplete-profile')));
        });
    });
});

describe('Explain rule… in VS Code', () => {
    test('picking a rule from the list shows its full explanation', async () => {
        const preview = await wb.step('pick consultation/no-grievance', async () => {
            await wb.command('SSC: Explain rule…');
            await wb.pick('no-grievance', 'consultation/no-grievance');
            return wb.webview(/consultation\/no-grievance/);
        });
        const text = await preview.locator('body').innerText();
        expect(text).toMatch(/consultation\/no-grievance/);
        expect(text).toMatch(/grievance/i);
        expect(text.length).toBeGreaterThan(200);
        // The explanation is a read-only document: no unsaved "Untitled" editor is left behind to ask about on closing.
        expect(await wb.page.locator('.tabs-container .tab.dirty').count()).toBe(0);
        expect(await wb.page.locator('.tabs-container .tab', { hasText: 'Untitled' }).count()).toBe(0);
    });
});

describe('Import stakeholder register… in VS Code', () => {
    test('a CSV register becomes a new model that opens with its stakeholders', async () => {
        await wb.step('import harbour.csv', async () => {
            await wb.clearNotifications();
            await wb.command('SSC: Import stakeholder register…');
            await wb.fileDialog(path.join(workspace, 'harbour.csv'), 'file');
            await wb.notification(/Imported 2 stakeholders into harbour\.ssc\./);
            await wb.page.locator('.tabs-container .tab.active', { hasText: 'harbour.ssc' }).first().waitFor();
        });
        const model = readFileSync(path.join(workspace, 'harbour.ssc'), 'utf8');
        expect(model).toContain('stakeholder HarbourAuthority "Harbour Authority" : municipality {');
        expect(model).toContain('stakeholder FishersGuild "Fishers Guild" : citizens {');
        expect(model).toMatch(/strategy manage-closely/);
        expect(await activeText()).toContain('Harbour Authority');
    });

    test('an .xlsx register is imported beside the models, never replacing the one of the same name, with its report', async () => {
        await wb.step('import register.xlsx', async () => {
            await wb.clearNotifications();
            await wb.command('SSC: Import stakeholder register…');
            await wb.fileDialog(path.join(workspace, 'register.xlsx'), 'file');
            // One row has no name: the summary says so and points at the report.
            await wb.notification(/Imported 4 stakeholders into register-2\.ssc; 1 row skipped/);
            await wb.page.locator('.tabs-container .tab.active', { hasText: 'register-2.ssc' }).first().waitFor();
        });
        expect(readFileSync(path.join(workspace, 'register.ssc'), 'utf8')).toBe(EXISTING);
        const model = readFileSync(path.join(workspace, 'register-2.ssc'), 'utf8');
        expect(model).toContain('stakeholder RiversideWater "Riverside Water" : utility-provider {');
        expect(model).toContain('stakeholder BoroughCouncil "Borough council" : municipality {');
        const report = await wb.step('the report is in the SSC Import output', async () => {
            const output = wb.page.locator('.panel .monaco-editor .view-lines').first();
            await output.locator('.view-line', { hasText: 'row 9: no name' }).first().waitFor({ timeout: 30_000 });
            return (await output.innerText()).replace(/\u00a0/g, ' ');
        });
        expect(report).toContain('row 9: no name');
        expect(report).toContain(`ssc: wrote ${path.join(workspace, 'register-2.ssc')}`);
    });
});

describe('getting started in VS Code', () => {
    test('New stakeholder model writes the starter for the city into a new file, never replacing one', async () => {
        await wb.step('run New stakeholder model and name the city', async () => {
            await wb.command('SSC: New stakeholder model');
            await wb.answer('Portside');
            await wb.page.locator('.tabs-container .tab.active', { hasText: 'stakeholders-2.ssc' }).first().waitFor({ timeout: 30_000 });
        });
        // The folder already had a stakeholders.ssc (the first model): it is untouched.
        expect(readFileSync(path.join(workspace, 'stakeholders.ssc'), 'utf8')).toBe(
            readFileSync(path.join(ROOT, 'examples', 'first-model', 'stakeholders.ssc'), 'utf8'),
        );
        const starter = readFileSync(path.join(workspace, 'stakeholders-2.ssc'), 'utf8');
        expect(starter).toContain('programme PortsideProgramme "Portside smart sustainable city programme" {');
        expect(starter.match(/^stakeholder /gm)?.length).toBe(12);
        expect(await activeText()).toContain('Portside smart sustainable city programme');
    });

    test('Open example copies the chosen example into a new folder and opens it', async () => {
        await wb.step('pick the Northbay example and the workspace folder', async () => {
            await wb.command('SSC: Open example');
            await wb.pick('northbay');
            await wb.fileDialog(workspace, 'folder');
            await wb.page.locator('.tabs-container .tab.active', { hasText: 'assessments.ssc' }).first().waitFor({ timeout: 30_000 });
        });
        const source = path.join(ROOT, 'examples', 'northbay');
        const copied = readdirSync(path.join(workspace, 'northbay')).sort();
        expect(copied).toEqual(readdirSync(source).sort());
        for (const f of copied)
            expect(readFileSync(path.join(workspace, 'northbay', f), 'utf8')).toBe(readFileSync(path.join(source, f), 'utf8'));
        await wb.step('a second copy goes to northbay-2', async () => {
            writeFileSync(path.join(workspace, 'northbay', 'plan.ssc'), '// my edits\n');
            await wb.command('SSC: Open example');
            await wb.pick('northbay');
            await wb.fileDialog(workspace, 'folder');
            await expect.poll(() => existsSync(path.join(workspace, 'northbay-2', 'plan.ssc')), { timeout: 30_000 }).toBe(true);
        });
        expect(readFileSync(path.join(workspace, 'northbay', 'plan.ssc'), 'utf8')).toBe('// my edits\n');
    });
});
