import type { AstNode, LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver-protocol';
import { isElement, isModel } from '../generated/ast.js';

/**
 * Folding: every element with a block of three lines or more (its closing brace stays visible),
 * block comments, and runs of two or more `//` comment lines.
 */
export class SscFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        return isElement(node);
    }

    protected override shouldProcessContent(node: AstNode): boolean {
        return isModel(node);
    }

    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        const lines = document.textDocument.getText().split(/\r?\n/);
        let start = -1;
        for (let i = 0; i <= lines.length; i++) {
            const comment = i < lines.length && /^\s*\/\//.test(lines[i]);
            if (comment && start < 0) start = i;
            if (!comment && start >= 0) {
                if (i - 1 > start) acceptor({ startLine: start, endLine: i - 1, kind: FoldingRangeKind.Comment });
                start = -1;
            }
        }
    }
}
