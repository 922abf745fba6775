import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SERVER_NODE_ARGS } from '../../protocol/server-launch.js';
import { ROOT } from '../helpers/cli.js';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('what the extension declares to VS Code', () => {
    test('it runs in untrusted workspaces with limited features, and says what is limited', () => {
        const untrusted = manifest.capabilities.untrustedWorkspaces;
        expect(untrusted.supported).toBe('limited');
        expect(untrusted.description).toMatch(/never executed/);
        expect(untrusted.description).toMatch(/\.sscrc\.json/);
        expect(untrusted.restrictedConfigurations).toEqual(['ssc.rules']);
    });

    test('it activates only for .ssc models and its own commands and preview, never on start-up', () => {
        expect(manifest.activationEvents).not.toContain('*');
        expect(manifest.activationEvents).not.toContain('onStartupFinished');
        for (const event of manifest.activationEvents as string[]) {
            expect(event).toMatch(/^(onLanguage:ssc|workspaceContains:\*\*\/\*\.ssc|onWebviewPanel:sscPreview|onCommand:ssc\.)/);
        }
    });

    test('it contributes no task, debugger or terminal profile that could run something from a model', () => {
        for (const point of ['taskDefinitions', 'debuggers', 'terminal', 'problemMatchers'])
            expect(manifest.contributes[point]).toBeUndefined();
    });
});

describe('how the language server is started', () => {
    test('`ssc lsp` passes the server the same Node options as the extension', () => {
        const bin = readFileSync(path.join(ROOT, 'bin', 'ssc.cjs'), 'utf8');
        const declared = /const SERVER_NODE_ARGS = (\[.*\]);/.exec(bin)?.[1];
        expect(JSON.parse((declared ?? '').replace(/'/g, '"'))).toEqual([...SERVER_NODE_ARGS]);
        expect(readFileSync(path.join(ROOT, 'client', 'extension.ts'), 'utf8')).toContain('execArgv: [...SERVER_NODE_ARGS]');
    });

    test('it contributes the walkthrough "Get started with SSC": new model, first warning, quick fix, preview', () => {
        const [walkthrough] = manifest.contributes.walkthroughs as Array<{
            title: string;
            steps: Array<{ id: string; description: string; media: { markdown: string } }>;
        }>;
        expect(walkthrough.title).toBe('Get started with SSC');
        expect(walkthrough.steps.map(s => s.id)).toEqual(['newModel', 'firstWarning', 'quickFix', 'preview']);
        const commands = walkthrough.steps.flatMap(s => [...s.description.matchAll(/\(command:([\w.]+)\)/g)].map(m => m[1]));
        expect(commands).toEqual([
            'ssc.newModel',
            'ssc.openExample',
            'workbench.actions.view.problems',
            'editor.action.quickFix',
            'ssc.openPreviewToSide',
        ]);
        for (const step of walkthrough.steps) expect(existsSync(path.join(ROOT, step.media.markdown)), step.media.markdown).toBe(true);
    });

    test('the packaged extension carries the docs the diagnostics link to and the walkthrough media', () => {
        const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
        expect(ignore).toContain('!docs/**');
        expect(ignore).toContain('!media/**');
    });
});
