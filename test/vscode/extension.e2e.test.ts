import { cpSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { EDITOR_SETTINGS, startSession, type Session } from './session.js';
import type { Workbench } from './workbench.js';

/** A model with known errors, beside the clean example, using names of its own. */
const BROKEN = `stakeholder Broken "A broken stakeholder" : citizen {
    scale local
}
relation Broken -> CityCouncil : informs
`;
const FIXED = BROKEN.replace(': citizen {', ': citizens {');

let session: Session;
let wb: Workbench;
let workspace: string;

beforeAll(async () => {
    session = await startSession('editor', 8765 + (process.pid % 300), dir => {
        cpSync(path.join(ROOT, 'examples', 'valencia'), dir, { recursive: true });
        writeFileSync(path.join(dir, 'broken.ssc'), BROKEN);
    });
    ({ wb, workspace } = session);
}, 20 * 60_000);

afterAll(async () => {
    await session?.close();
});

describe('the packaged extension in VS Code', () => {
    test('an .ssc file gets the language mode and highlighting', async () => {
        await wb.step('open city.ssc', () => wb.open('city.ssc'));
        const mode = await wb.step('status bar names the language', () => wb.waitForStatus(/SSC Stakeholder Model/));
        expect(mode).toContain('SSC Stakeholder Model');
        const classes = await wb.step('keywords are highlighted', async () => {
            const line = wb.editor().locator('.view-line', { hasText: 'stakeholder CityCouncil' }).first();
            await line.waitFor();
            return line.locator('span > span').evaluateAll(spans => spans.map(s => s.className));
        });
        expect(new Set(classes).size).toBeGreaterThan(1);
    });

    test('the Problems panel lists the known errors and none for the clean example', async () => {
        const rows = await wb.step('problems of broken.ssc appear', () =>
            wb.waitForProblems(r => r.some(x => x.includes('identification/unknown-reference'))),
        );
        expect(rows.join('\n')).toMatch(/Unknown stakeholder group 'citizen'/);
        // The clean example has no finding at all: only the broken file is listed.
        const byFile = await wb.problemsByFile();
        expect([...byFile.keys()].sort()).toEqual(['broken.ssc']);
        expect(rows.join('\n')).toContain('categorization/missing-category');
    });

    test('fixing the text clears the diagnostics', async () => {
        await wb.step('open broken.ssc', () => wb.open('broken.ssc'));
        await wb.step('type the fix', () => wb.replaceText(FIXED));
        const rows = await wb.step('the error is gone', () =>
            wb.waitForProblems(r => !r.some(x => x.includes('identification/unknown-reference'))),
        );
        expect(rows.join('\n')).not.toContain("citizen'");
        await wb.step('undo the fix', async () => {
            await wb.replaceText(BROKEN);
            await wb.waitForProblems(r => r.some(x => x.includes('identification/unknown-reference')));
        });
    });

    test('completion after : offers the standard groups with descriptions', async () => {
        await wb.step('open broken.ssc for typing', () => wb.open('broken.ssc'));
        await wb.step('type a new stakeholder up to the colon', async () => {
            await wb.goTo(5, 1);
            await wb.page.keyboard.insertText('stakeholder Fresh : ');
            await wb.page.keyboard.press('Control+Space');
        });
        const text = await wb.step('the suggestions list the standard groups', async () => {
            const widget = wb.page.locator('.suggest-widget.visible');
            await widget.locator('.monaco-list-row', { hasText: 'municipality' }).first().waitFor({ timeout: 30_000 });
            await widget.locator('.monaco-list-row', { hasText: 'citizens' }).first().waitFor();
            const details = wb.page.locator('.suggest-details-container, .suggest-widget .details');
            if (
                !(await details
                    .first()
                    .isVisible()
                    .catch(() => false))
            )
                await wb.page.keyboard.press('Control+Space');
            return (await widget.innerText()) + '\n' + (await details.allInnerTexts()).join('\n');
        });
        expect(text).toMatch(/municipality/);
        expect(text).toMatch(/Municipalities, city councils and city administration|5\.1/);
        await wb.step('dismiss and restore the file', async () => {
            await wb.page.keyboard.press('Escape');
            await wb.replaceText(BROKEN);
        });
    });

    test('hover on a standard group describes its role', async () => {
        await wb.step('open city.ssc for hover', () => wb.open('city.ssc'));
        const hover = await wb.step('hover on municipality', async () => {
            const token = wb
                .editor()
                .locator('.view-line span', { hasText: /^municipality$/ })
                .first();
            await token.waitFor();
            const box = wb.page.locator('.monaco-hover:not(.hidden)', { hasText: '5.1' }).first();
            // A hover needs a fresh mouse move over a rendered token; try a few times, then ask by keyboard.
            for (let attempt = 0; attempt < 3 && !(await box.isVisible()); attempt++) {
                await wb.page.mouse.move(5, 500);
                await token.hover();
                await box.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
            }
            if (!(await box.isVisible())) {
                await wb.goTo(9, 55);
                await wb.command('Show or Focus Hover');
                await box.waitFor({ state: 'visible', timeout: 30_000 });
            }
            return box.innerText();
        });
        expect(hover).toMatch(/Municipalities/);
        expect(hover).toMatch(/5\.1/);
        await wb.page.mouse.move(5, 500);
    });

    test('a quick fix from the light bulb repairs a diagnostic', async () => {
        await wb.step('put the cursor on the misspelt group', async () => {
            await wb.open('broken.ssc');
            await wb.goTo(1, 46);
        });
        await wb.step('apply "Change to citizens"', async () => {
            await wb.page.keyboard.press('Control+.');
            const first = wb.page.locator('.action-widget .monaco-list-row.action').first();
            await first.waitFor({ timeout: 30_000 });
            expect(await first.innerText()).toContain("Change to 'citizens'");
            await wb.page.keyboard.press('Enter');
        });
        const rows = await wb.step('the Problems entry disappears', () =>
            wb.waitForProblems(r => !r.some(x => x.includes('identification/unknown-reference'))),
        );
        expect(rows.join('\n')).not.toContain("'citizen'");
    });

    test('the preview opens beside the editor, follows typing and reveals declarations', async () => {
        await wb.step('open city.ssc for the preview', () => wb.open('city.ssc'));
        const preview = await wb.step('open the preview to the side', async () => {
            await wb.command('SSC: Open Preview to the Side');
            const frame = await wb.webview(/Valencia City Council/);
            await frame.locator('[role="tab"]').first().waitFor();
            return frame;
        });
        const grid = await preview.locator('#ssc-views').innerText();
        for (const name of ['Valencia City Council', 'Aguas Municipales', 'Levante daily']) expect(grid).toContain(name);
        const tabs = await preview.locator('[role="tab"]').allInnerTexts();
        expect(tabs.join(' ')).toMatch(/Engagement/);
        await wb.step('switch to the engagement table', async () => {
            await preview.locator('[role="tab"]', { hasText: 'Engagement' }).first().click();
            await preview.locator('table').first().waitFor();
        });
        await wb.step('type a new stakeholder in the editor', async () => {
            await wb.editor().locator('.view-line').first().click();
            await wb.page.keyboard.press('Control+End');
            await wb.page.keyboard.insertText('\nstakeholder Newcomers "Newcomers cooperative" : ngo { power high interest high }\n');
            await preview.locator('#ssc-views table', { hasText: 'Newcomers cooperative' }).first().waitFor({ timeout: 60_000 });
        });
        const target = await wb.step('click a stakeholder in the preview', async () => {
            await preview.locator('[data-ssc-ref]:visible', { hasText: 'Aguas Municipales' }).first().click();
            return wb.waitForStatus(/Ln 32, Col/);
        });
        expect(target).toMatch(/Ln 32/);
        await wb.step('drop the new stakeholder again', async () => {
            await wb.open('city.ssc');
            await wb.command('File: Revert File');
            await preview
                .locator('#ssc-views table', { hasText: 'Newcomers cooperative' })
                .first()
                .waitFor({ state: 'detached', timeout: 60_000 });
        });
    });

    test('rule severities appear in the Settings UI and take effect', async () => {
        await wb.step('find the rule settings in the Settings UI', async () => {
            await wb.command('Preferences: Open Settings (UI)');
            const search = wb.page.locator('.settings-editor .suggest-input-container textarea, .settings-editor input').first();
            await search.waitFor();
            await search.fill('ssc.rules');
            await wb.page.locator('.settings-editor .setting-item', { hasText: /Rules/ }).first().waitFor({ timeout: 30_000 });
        });
        const setting = await wb.page.locator('.settings-editor .setting-item', { hasText: /Rules/ }).first().innerText();
        expect(setting).toMatch(/Severity of each rule/);
        await wb.step('switch a rule off in settings.json', async () => {
            writeFileSync(
                path.join(workspace, '.vscode', 'settings.json'),
                JSON.stringify({ ...EDITOR_SETTINGS, 'ssc.rules': { 'categorization/missing-category': 'off' } }, null, 2),
            );
            await wb.waitForProblems(r => r.length > 0 && !r.some(x => x.includes('missing-category')));
        });
        const byFile = await wb.problemsByFile();
        expect([...byFile.keys()], JSON.stringify([...byFile])).toEqual(['broken.ssc']);
    });

    test('the language server output shows no error', async () => {
        const text = await wb.step('open the server output channel', async () => {
            await wb.command('Output: Show Output Channels...');
            const row = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'SSC Language Server' }).first();
            await row.waitFor();
            await row.click();
            const output = wb.page.locator('.panel .monaco-editor .view-lines').first();
            await output.locator('.view-line', { hasText: 'SSC language server ready' }).first().waitFor();
            return output.innerText();
        });
        expect(text).not.toMatch(/\b(error|exception|unhandled)\b/i);
    });
});
