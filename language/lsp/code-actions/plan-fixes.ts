import { AstUtils, GrammarUtils, type IndexManager, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { isAction, isStakeholder } from '../../generated/ast.js';
import type { ActionWithoutOwnerData, GapWithoutActionData } from '../../validation/plan-checks.js';
import { appendToBlock, blockIndent, indentAt, lineAfter, nodeAt, quickFix } from './edit-utils.js';

/** Quick fixes for `plan/action-without-owner`: one per likely owner (the municipality and its units). */
export function ownerActions(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const data = diagnostic.data as ActionWithoutOwnerData | undefined;
    const action = nodeAt(document, diagnostic.range.start, isAction);
    if (!data?.candidates?.length || !action?.$cstNode) return [];
    const withNodes = GrammarUtils.findNodesForProperty(action.$cstNode, 'with');
    return data.candidates.map(candidate => {
        const line = `owner ${candidate.id}`;
        // The owner goes right after the `with` list, where LANGUAGE.md's layout puts it.
        const edit: TextEdit =
            withNodes.length > 0
                ? lineAfter(document, withNodes[withNodes.length - 1].end, line, blockIndent(document, action))
                : appendToBlock(document, action, [line]);
        return quickFix(`Add 'owner ${candidate.id}'${candidate.name ? ` (${candidate.name})` : ''}`, document, [edit], [diagnostic]);
    });
}

/** An action name not yet used in the workspace: `Engage<Stakeholder>`, numbered when taken. */
function freeActionName(base: string, indexManager: IndexManager): string {
    const taken = new Set(indexManager.allElements().map(d => d.name));
    if (!taken.has(base)) return base;
    let n = 2;
    while (taken.has(`${base}${n}`)) n++;
    return `${base}${n}`;
}

/**
 * Quick fix for `plan/gap-without-action`: an action skeleton after the stakeholder, working with it
 * toward its desired level at the least IAP2 level its strategy needs. Nothing is made up for the user
 * to delete: no title, owner or due date is invented (the missing owner is then reported with its own fixes).
 */
export function gapActions(document: LangiumDocument, diagnostic: Diagnostic, indexManager: IndexManager): CodeAction[] {
    const data = diagnostic.data as GapWithoutActionData | undefined;
    const stakeholder = nodeAt(document, diagnostic.range.start, isStakeholder);
    const cst = stakeholder?.$cstNode;
    if (!data || !stakeholder || !cst || AstUtils.getDocument(stakeholder) !== document) return [];
    const text = document.textDocument.getText();
    const indent = indentAt(text, cst.offset);
    const name = freeActionName(`Engage${data.stakeholder}`, indexManager);
    const body = [`with ${data.stakeholder}`, `level ${data.level}`, `toward ${data.toward}`, 'status open'];
    const skeleton = [`action ${name} {`, ...body.map(line => `${indent}    ${line}`), `${indent}}`].join('\n');
    const at = document.textDocument.positionAt(cst.end);
    const edit: TextEdit = { range: { start: at, end: at }, newText: `\n\n${indent}${skeleton}` };
    return [
        quickFix(
            `Add an action with ${data.stakeholder} toward '${data.toward}' (level ${data.level})`,
            document,
            [edit],
            [diagnostic],
            true,
        ),
    ];
}
