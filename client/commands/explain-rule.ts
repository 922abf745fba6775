import { commands, Disposable, Uri, window, workspace } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { RulesRequest } from '../../protocol/server-messages.js';

/** Read-only documents holding one rule's explanation: `ssc-rule:/CODE.md`. */
const RULE_SCHEME = 'ssc-rule';

/**
 * `ssc.explainRule` "SSC: Explain rule…": picks a rule (or takes its code as argument, e.g. from a
 * diagnostic) and shows its full explanation as a Markdown preview. The explanation is a read-only
 * document, so nothing is left unsaved behind the preview.
 */
export function registerExplainRule(client: LanguageClient): Disposable {
    const rules = () => client.sendRequest(RulesRequest.type, {});
    const provider = workspace.registerTextDocumentContentProvider(RULE_SCHEME, {
        provideTextDocumentContent: async uri => {
            const code = uri.path.replace(/^\//, '').replace(/\.md$/, '');
            const rule = (await rules()).find(r => r.code === code);
            return rule ? `# ${rule.code}\n\n${rule.markdown}\n` : `# ${code}\n\nNo such rule.\n`;
        },
    });
    const command = commands.registerCommand('ssc.explainRule', async (code?: unknown) => {
        const all = await rules();
        let rule = typeof code === 'string' ? all.find(r => r.code === code) : undefined;
        if (!rule) {
            const picked = await window.showQuickPick(
                all.map(r => ({ label: r.code, description: r.severity, detail: r.summary, rule: r })),
                { placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true },
            );
            rule = picked?.rule;
        }
        if (!rule) return;
        await commands.executeCommand('markdown.showPreview', Uri.from({ scheme: RULE_SCHEME, path: `/${rule.code}.md` }));
    });
    return Disposable.from(provider, command);
}
