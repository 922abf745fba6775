import type { IndexManager, LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { isModel, isProgramme, type Programme } from '../../generated/ast.js';
import { skeletonId, stakeholderSkeleton } from '../../model/starter-model.js';
import type { MissingGroupsData } from '../../validation/workspace-checks.js';
import { appendToBlock, quickFix } from './edit-utils.js';

function uniqueId(base: string, taken: Set<string>): string {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
    taken.add(id);
    return id;
}

/** Edit appending one skeleton stakeholder per missing standard group at the end of the document. */
function skeletonsEdit(document: LangiumDocument, missing: readonly string[], indexManager: IndexManager): TextEdit {
    const taken = new Set(indexManager.allElements().map(d => d.name));
    const blocks = missing.map(group => stakeholderSkeleton(group, uniqueId(skeletonId(group), taken), '    ', 'empty').join('\n'));
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    const lead = text.length === 0 ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { range: { start: end, end }, newText: lead + blocks.join('\n\n') + '\n' };
}

/** Edit listing the missing groups under the programme's `excludes`, each with an empty reason to fill in (never a made-up one). */
function excludesEdit(document: LangiumDocument, programme: Programme, missing: readonly string[]): TextEdit {
    const entries = missing.map(g => `${g} ""`);
    const last = programme.excludes[programme.excludes.length - 1]?.$cstNode;
    if (last) {
        const at = document.textDocument.positionAt(last.end);
        return { range: { start: at, end: at }, newText: ', ' + entries.join(', ') };
    }
    return appendToBlock(document, programme, [`excludes ${entries.join(', ')}`]);
}

/** Quick fixes for `identification/missing-standard-group`: add skeleton stakeholders, or exclude the groups. */
export function coverageActions(document: LangiumDocument, diagnostic: Diagnostic, indexManager: IndexManager): CodeAction[] {
    const data = diagnostic.data as MissingGroupsData | undefined;
    if (!data?.missing?.length) return [];
    const { missing } = data;
    const what = missing.length === 1 ? `the missing group '${missing[0]}'` : `the ${missing.length} missing groups`;
    const actions = [
        quickFix(`Add a skeleton stakeholder for ${what}`, document, [skeletonsEdit(document, missing, indexManager)], [diagnostic]),
    ];
    const model = document.parseResult.value;
    const programme = isModel(model) ? model.elements.find(isProgramme) : undefined;
    if (data.onProgramme && programme) {
        actions.push(
            quickFix(
                `Exclude ${what} in programme ${programme.name}`,
                document,
                [excludesEdit(document, programme, missing)],
                [diagnostic],
            ),
        );
    }
    return actions;
}
