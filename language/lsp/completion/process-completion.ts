import type { CompletionValueItem } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver-protocol';
import { IAP2_LEVELS, IAP2_NOTES, isIap2Level } from '../../model/iap2.js';
import { ACTION_STATUS_NOTES, ACTION_STATUSES, type ActionStatus } from '../../model/plan.js';
import { iap2Markdown, statusMarkdown } from '../process-docs.js';

/**
 * The completion item of an IAP2 level (in spectrum order, with the promise it makes in one line) or
 * of an action status (open, done, dropped in that order); undefined for any other keyword.
 */
export function processValueItem(rule: string, value: string): CompletionValueItem | undefined {
    if (rule === 'Iap2Level' && isIap2Level(value)) {
        const index = IAP2_LEVELS.indexOf(value);
        return {
            label: value,
            kind: CompletionItemKind.EnumMember,
            sortText: `1-${index}`,
            labelDetails: { description: `IAP2 ${index + 1} of ${IAP2_LEVELS.length}` },
            detail: IAP2_NOTES[value].promise,
            documentation: { kind: 'markdown', value: iap2Markdown(value)! },
        };
    }
    if (rule === 'ActionStatus' && (ACTION_STATUSES as readonly string[]).includes(value)) {
        return {
            label: value,
            kind: CompletionItemKind.EnumMember,
            sortText: `1-${ACTION_STATUSES.indexOf(value as ActionStatus)}`,
            detail: ACTION_STATUS_NOTES[value as ActionStatus].split(';')[0],
            documentation: { kind: 'markdown', value: statusMarkdown(value)! },
        };
    }
    return undefined;
}

/**
 * `power` and `interest` follow an assessment entry on its own line (`WaterCo neutral power 4`); at the
 * start of a new line the user is writing the next entry, so they are not offered there.
 */
export function entryKeywordMisplaced(rule: string, lineBeforeCursor: string): boolean {
    return rule === 'AssessmentEntry' && /^\s*[\w-]*$/.test(lineBeforeCursor);
}
