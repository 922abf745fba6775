import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import type { createTestServices } from './workspace.js';

type Services = Awaited<ReturnType<typeof createTestServices>>;

/**
 * The completion items at `<|>` in a text, in the order the editor shows them (by sort text, then
 * label). `services` is read at call time, so a suite may create its services in `beforeAll`.
 */
export function completionsIn(services: () => Services): (text: string) => Promise<CompletionItem[]> {
    return async text => {
        let list: CompletionList | undefined;
        await expectCompletion(services().Ssc)({
            text,
            index: 0,
            disposeAfterCheck: true,
            assert: l => {
                list = l;
            },
        });
        return [...(list?.items ?? [])].sort(
            (a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label),
        );
    };
}
