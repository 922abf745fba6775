import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { isStakeholder, type Stakeholder } from '../../generated/ast.js';
import type { ProfileField } from '../../model/profile.js';
import { typicalScaleAndSector } from '../../model/starter-model.js';
import type { IncompleteProfileData } from '../../validation/analysis-checks.js';
import { appendToBlock, nodeAt, quickFix } from './edit-utils.js';

/**
 * The line inserting one profile field: the typical scale and sector of the group, and an empty text
 * for the dimensions only the analyst can write. An empty text counts as missing, so the warning keeps
 * asking for it and nothing made up reaches the Summary matrix or an export.
 */
function fieldLine(field: ProfileField, group: string | null): string {
    const typical = (group && typicalScaleAndSector(group)) || { scale: 'local', sector: 'public' };
    if (field === 'scale') return `scale ${typical.scale}`;
    if (field === 'sector') return `sector ${typical.sector}`;
    return `${field} ""`;
}

/** The fields of the diagnostic still to insert: a dimension already written (even as an empty text) is not added twice. */
function fieldsToInsert(stakeholder: Stakeholder, data: IncompleteProfileData): ProfileField[] {
    const written = (field: ProfileField) =>
        field === 'scale'
            ? stakeholder.scale !== undefined
            : field === 'sector'
              ? stakeholder.sector !== undefined
              : stakeholder[field].length > 0;
    return data.insert.filter(field => !written(field));
}

/** Edit inserting the missing profile dimensions of an `analysis/incomplete-profile` diagnostic. */
export function profileEdit(document: LangiumDocument, diagnostic: Diagnostic): TextEdit[] | undefined {
    const data = diagnostic.data as IncompleteProfileData | undefined;
    const stakeholder = nodeAt(document, diagnostic.range.start, isStakeholder);
    if (!data?.insert?.length || !stakeholder) return undefined;
    const fields = fieldsToInsert(stakeholder, data);
    return fields.length > 0
        ? [
              appendToBlock(
                  document,
                  stakeholder,
                  fields.map(f => fieldLine(f, data.group)),
              ),
          ]
        : undefined;
}

/** Quick fix: insert the missing profile dimensions, with empty texts to fill in. */
export function profileActions(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const edits = profileEdit(document, diagnostic);
    const stakeholder = nodeAt(document, diagnostic.range.start, isStakeholder);
    const fields = stakeholder ? fieldsToInsert(stakeholder, diagnostic.data as IncompleteProfileData) : [];
    return edits
        ? [quickFix(`Add the missing profile entries to fill in (${fields.join(', ')})`, document, edits, [diagnostic], true)]
        : [];
}
