import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver-protocol';
import { isProgramme, type Model } from '../generated/ast.js';

/** The command the preview registers; it takes the URI of the programme's document. */
export const OPEN_PREVIEW_COMMAND = 'ssc.openPreview';

/** An "Open preview" lens above the programme declaration. */
export class SscCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const model = document.parseResult.value as Model;
        return (model.elements ?? []).filter(isProgramme).flatMap(programme => {
            const cst = programme.$cstNode;
            if (!cst) return [];
            const line = cst.range.start.line;
            return [
                {
                    range: { start: { line, character: 0 }, end: { line, character: 0 } },
                    command: { title: 'Open preview', command: OPEN_PREVIEW_COMMAND, arguments: [document.uri.toString()] },
                },
            ];
        });
    }
}
