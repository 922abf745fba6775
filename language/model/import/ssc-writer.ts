/**
 * Writes imported stakeholders as `.ssc` text. Every value here is already an identifier or a
 * keyword of the language; texts are quoted with the language's escapes, and anything the import
 * could not place becomes a comment in the stakeholder's block, so nothing the user wrote is lost.
 */
import { PROFILE_DIMENSIONS, type ProfileDimension } from '../vocabulary.js';

/** One imported stakeholder, ready to write. */
export interface ImportedStakeholder {
    id: string;
    name: string;
    group: string;
    scale?: string;
    sector?: string;
    categories: string[];
    roles: string[];
    power?: string;
    interest?: string;
    legitimacy?: string;
    urgency?: string;
    current?: string;
    desired?: string;
    strategy?: string;
    strategyNote?: string;
    onion?: string;
    profile: Partial<Record<ProfileDimension, string[]>>;
    /** Comment lines (without `//`): cells of ignored columns and values that matched nothing. */
    comments: string[];
}

/** A custom group the import declares for a group value that is not a standard one. */
export interface ImportedGroup {
    id: string;
    name: string;
}

/** A string literal of the language: quotes and backslashes escaped, line breaks and control characters made spaces. */
export function sscString(text: string): string {
    const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
    return `"${flat.replace(/[\\"]/g, c => '\\' + c)}"`;
}

/** One line of comment text: line breaks become spaces, so the comment cannot end early. */
export function commentText(text: string): string {
    return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

function stakeholderLines(s: ImportedStakeholder): string[] {
    const body: string[] = s.comments.map(c => `// ${commentText(c)}`);
    if (s.scale) body.push(`scale ${s.scale}`);
    if (s.sector) body.push(`sector ${s.sector}`);
    if (s.categories.length > 0) body.push(`category ${s.categories.join(', ')}`);
    if (s.roles.length > 0) body.push(`roles ${s.roles.join(', ')}`);
    if (s.power) body.push(`power ${s.power}`);
    if (s.interest) body.push(`interest ${s.interest}`);
    if (s.legitimacy) body.push(`legitimacy ${s.legitimacy}`);
    if (s.urgency) body.push(`urgency ${s.urgency}`);
    if (s.current) body.push(`engagement ${s.current}${s.desired ? ` -> ${s.desired}` : ''}`);
    if (s.strategy) body.push(`strategy ${s.strategy}${s.strategyNote ? ' ' + sscString(s.strategyNote) : ''}`);
    if (s.onion) body.push(`onion ${s.onion}`);
    for (const dimension of PROFILE_DIMENSIONS) {
        const texts = s.profile[dimension];
        if (texts && texts.length > 0) body.push(`${dimension} ${texts.map(sscString).join(', ')}`);
    }
    const head = `stakeholder ${s.id} ${sscString(s.name)} : ${s.group}`;
    return body.length === 0 ? [head] : [`${head} {`, ...body.map(line => '    ' + line), '}'];
}

/** The whole imported model: a header comment, the custom groups, then one block per stakeholder. */
export function writeImportedModel(
    header: readonly string[],
    groups: readonly ImportedGroup[],
    stakeholders: readonly ImportedStakeholder[],
): string {
    const parts: string[] = [header.map(h => `// ${commentText(h)}`).join('\n')];
    if (groups.length > 0) parts.push(groups.map(g => `group ${g.id} ${sscString(g.name)}`).join('\n'));
    for (const s of stakeholders) parts.push(stakeholderLines(s).join('\n'));
    return parts.join('\n\n') + '\n';
}
