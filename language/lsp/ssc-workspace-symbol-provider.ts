import type { AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { isBuiltinUri } from '../builtin/builtin-library.js';

/**
 * Workspace symbols: every named element of the user's files. The built-in vocabulary is left out,
 * since its document is virtual and editors other than VS Code cannot open it.
 */
export class SscWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        if (isBuiltinUri(description.documentUri.toString())) return undefined;
        const symbol = super.getWorkspaceSymbol(description);
        return symbol && { ...symbol, containerName: description.type };
    }
}
