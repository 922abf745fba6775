import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { isStakeholder } from '../../generated/ast.js';
import type { ProfileField } from '../../model/profile.js';
import { typicalScaleAndSector } from '../../model/starter-model.js';
import type { IncompleteProfileData } from '../../validation/analysis-checks.js';
import { appendToBlock, nodeAt, quickFix } from './edit-utils.js';

const PLACEHOLDERS: Record<Exclude<ProfileField, 'scale' | 'sector'>, string> = {
    aims: 'TODO: what they want from the programme',
    challenges: 'TODO: what worries or blocks them',
    potential: 'TODO: resources, knowledge and know-how they bring',
    constraints: 'TODO: what limits their part',
    contributions: 'TODO: what they do for the programme',
};

/** The line inserting one profile field: typical scale and sector of the group, placeholders otherwise. */
function fieldLine(field: ProfileField, group: string | null): string {
    const typical = (group && typicalScaleAndSector(group)) || { scale: 'local', sector: 'public' };
    if (field === 'scale') return `scale ${typical.scale}`;
    if (field === 'sector') return `sector ${typical.sector}`;
    return `${field} "${PLACEHOLDERS[field]}"`;
}

/** Edit inserting the missing profile dimensions of an `analysis/incomplete-profile` diagnostic. */
export function profileEdit(document: LangiumDocument, diagnostic: Diagnostic): TextEdit[] | undefined {
    const data = diagnostic.data as IncompleteProfileData | undefined;
    const stakeholder = nodeAt(document, diagnostic.range.start, isStakeholder);
    if (!data?.insert?.length || !stakeholder) return undefined;
    return [appendToBlock(document, stakeholder, data.insert.map(f => fieldLine(f, data.group)))];
}

/** Quick fix: insert the missing profile dimensions as placeholders. */
export function profileActions(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const edits = profileEdit(document, diagnostic);
    const data = diagnostic.data as IncompleteProfileData;
    return edits ? [quickFix(`Add the missing profile entries (${data.insert.join(', ')}) as placeholders`, document, edits, [diagnostic], true)] : [];
}
