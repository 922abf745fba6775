import { workspace, type Disposable, type TextDocumentContentProvider } from 'vscode';
import { BUILTIN_SCHEME, builtinLibraryText } from '../language/builtin/builtin-library.js';

/**
 * Shows the read-only built-in vocabulary (`ssc-builtin:` URIs), so that go-to-definition and peek on
 * a standard group, unit type or ministry type open its declaration. The text is generated from the
 * same vocabulary as the server's copy, so the positions the server reports match.
 */
export function registerBuiltinLibraryProvider(): Disposable {
    // A static import: the browser bundle cannot resolve a dynamic import('vscode') in the web extension host.
    const provider: TextDocumentContentProvider = { provideTextDocumentContent: () => builtinLibraryText() };
    return workspace.registerTextDocumentContentProvider(BUILTIN_SCHEME, provider);
}
