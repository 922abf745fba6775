import { AstUtils, GrammarAST, type CstNode } from 'langium';
import type { StakeholderAnalysis } from '../model/analysis.js';
import { iap2Index, IAP2_NOTES, isIap2Level } from '../model/iap2.js';
import type { ActionAnalysis } from '../model/process-analysis.js';
import { mdText } from './markdown-text.js';
import { iap2Markdown, salienceMarkdown, SALIENCE_KEYWORD_NOTES, statusMarkdown } from './process-docs.js';

/**
 * The hover of a keyword of the process forms: an IAP2 level (what it promises the public), an action
 * status, or the salience attributes `legitimacy` and `urgency`. Undefined for other keywords, and for
 * these words where they are used as names.
 */
export function processKeywordMarkdown(leaf: CstNode): string | undefined {
    if (!GrammarAST.isKeyword(leaf.grammarSource)) return undefined;
    const rule = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule)?.name;
    if (rule === 'Iap2Level') return iap2Markdown(leaf.text);
    if (rule === 'ActionStatus') return statusMarkdown(leaf.text);
    if (rule === 'Stakeholder') return SALIENCE_KEYWORD_NOTES[leaf.text];
    return undefined;
}

/** The lines the stakeholder card gains from the process analysis: salience and participation. */
export function processCardLines(data: StakeholderAnalysis): string[] {
    const lines: string[] = [];
    const { salience, participation } = data;
    if (salience.class) {
        lines.push(
            `- Salience: ${salienceMarkdown(salience.class)} (power ${data.power}, legitimacy ${salience.legitimacy}, urgency ${salience.urgency})`,
        );
    } else if (salience.legitimacy !== null || salience.urgency !== null) {
        lines.push('- Salience: give power, legitimacy and urgency to get its class');
    }
    if (participation.needed !== null || participation.reached !== null) {
        const short = participation.needed !== null && iap2Index(participation.reached) < iap2Index(participation.needed);
        lines.push(
            `- Participation: reached ${participation.reached ?? 'none'}${participation.needed ? `, the strategy needs ${participation.needed}` : ''}${short ? ' — below what it needs' : ''}`,
        );
    }
    return lines;
}

/** The card of an action: who, owner, level and its promise, target, due date and status. */
export function actionCard(action: ActionAnalysis, asOf: string): string {
    const level = action.level && isIap2Level(action.level) ? `${action.level} — ${IAP2_NOTES[action.level].promise}` : 'not given';
    const status =
        action.status === 'done'
            ? `done${action.doneOn ? ` on ${action.doneOn}` : ''}`
            : action.status === 'dropped'
              ? `dropped${action.reason ? ` (${mdText(action.reason)})` : ''}`
              : action.overdue
                ? `open, **overdue** (due ${action.due}, as of ${asOf})`
                : 'open';
    return [
        `**${mdText(action.id)}**${action.name ? ` — ${mdText(action.name)}` : ''}`,
        '',
        `- With: ${action.with.length > 0 ? action.with.map(mdText).join(', ') : 'nobody yet'}`,
        `- Owner: ${action.owner ? mdText(action.owner) : 'none'}`,
        `- Level: ${level}`,
        ...(action.toward ? [`- Toward: ${mdText(action.toward)}`] : []),
        ...(action.channel ? [`- Channel: ${mdText(action.channel)}`] : []),
        `- Due: ${action.due ?? 'no date'}`,
        `- Status: ${status}`,
    ].join('\n');
}
