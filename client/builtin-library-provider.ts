import type { Disposable, TextDocumentContentProvider } from 'vscode';
import { BUILTIN_SCHEME, builtinLibraryText } from '../language/builtin/builtin-library.js';

/**
 * Shows the read-only built-in vocabulary (`ssc-builtin:` URIs), so that go-to-definition and peek on
 * a standard group, unit type or ministry type open its declaration. The text is generated from the
 * same vocabulary as the server's copy, so the positions the server reports match.
 */
export async function registerBuiltinLibraryProvider(): Promise<Disposable> {
    const { workspace } = await import('vscode');
    const provider: TextDocumentContentProvider = { provideTextDocumentContent: () => builtinLibraryText() };
    return workspace.registerTextDocumentContentProvider(BUILTIN_SCHEME, provider);
}
