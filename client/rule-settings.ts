import { Uri, workspace } from 'vscode';
import type { Middleware } from 'vscode-languageclient';

/**
 * The `workspace/configuration` middleware of both clients (desktop and web). The `ssc.rules` setting
 * lists every rule with its default (for the Settings UI); the server gets only the values the user
 * set, so a listed default never overrides the workspace's `.sscrc.json`.
 */
export const ruleSettingsMiddleware: Middleware['workspace'] = {
    configuration: async (params, token, next) => {
        const result = await next(params, token);
        if (!Array.isArray(result)) return result;
        return params.items.map((item, i) =>
            item.section === 'ssc' ? { ...(result[i] ?? {}), rules: explicitRules(item.scopeUri) } : result[i],
        );
    },
};

/** The rule severities the user set in user, workspace or folder settings (not the listed defaults). */
function explicitRules(scopeUri: string | undefined): Record<string, unknown> {
    const inspected = workspace
        .getConfiguration('ssc', scopeUri ? Uri.parse(scopeUri) : undefined)
        .inspect<Record<string, unknown>>('rules');
    return { ...inspected?.globalValue, ...inspected?.workspaceValue, ...inspected?.workspaceFolderValue };
}
