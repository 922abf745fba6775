import { commands, Uri, window, workspace, type Disposable } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { RulesRequest } from '../../protocol/server-messages.js';

/**
 * `ssc.explainRule` "SSC: Explain rule…": picks a rule (or takes its code as argument, e.g. from a
 * diagnostic) and shows its full explanation as a Markdown preview.
 */
export function registerExplainRule(client: LanguageClient): Disposable {
    return commands.registerCommand('ssc.explainRule', async (code?: unknown) => {
        const rules = await client.sendRequest(RulesRequest.type, {});
        let rule = typeof code === 'string' ? rules.find(r => r.code === code) : undefined;
        if (!rule) {
            const picked = await window.showQuickPick(
                rules.map(r => ({ label: r.code, description: r.severity, detail: r.summary, rule: r })),
                { placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true },
            );
            rule = picked?.rule;
        }
        if (!rule) return;
        const document = await workspace.openTextDocument({ language: 'markdown', content: `# ${rule.code}\n\n${rule.markdown}\n` });
        await commands.executeCommand('markdown.showPreview', document.uri as Uri);
    });
}
