import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { isStakeholder } from '../../generated/ast.js';
import { Rule } from '../../validation/rule-codes.js';
import type { StrategyData } from '../../validation/analysis-checks.js';
import { blockIndent, lineAfter, nodeAt, quickFix } from './edit-utils.js';

/** The edit writing one candidate strategy: replacing a mismatching strategy, or adding a missing one. */
function editFor(document: LangiumDocument, diagnostic: Diagnostic, data: StrategyData, strategy: string): TextEdit[] | undefined {
    if (diagnostic.code === Rule.StrategyMismatch) {
        return data.replace ? [{ range: data.replace, newText: strategy }] : undefined;
    }
    const stakeholder = nodeAt(document, diagnostic.range.start, isStakeholder);
    const cst = stakeholder?.$cstNode;
    if (!stakeholder || !cst) return undefined;
    const anchors = ['power', 'interest', 'engagement'].flatMap(p => GrammarUtils.findNodesForProperty(cst, p));
    if (anchors.length === 0) return undefined;
    const last = Math.max(...anchors.map(n => n.end));
    return [lineAfter(document, last, `strategy ${strategy}`, blockIndent(document, stakeholder))];
}

/**
 * Edit for "fix all": only where the grid leaves a single candidate (a quadrant); on a dividing line
 * the choice is the user's, so no strategy is written for them.
 */
export function strategyEdit(document: LangiumDocument, diagnostic: Diagnostic): TextEdit[] | undefined {
    const data = diagnostic.data as StrategyData | undefined;
    if (data?.strategies?.length !== 1) return undefined;
    return editFor(document, diagnostic, data, data.strategies[0]);
}

/** Quick fixes: one per candidate strategy (preferred only when there is a single one). */
export function strategyActions(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const data = diagnostic.data as StrategyData | undefined;
    if (!data?.strategies?.length) return [];
    const single = data.strategies.length === 1;
    return data.strategies.flatMap(strategy => {
        const edits = editFor(document, diagnostic, data, strategy);
        if (!edits) return [];
        const title = diagnostic.code === Rule.StrategyMismatch ? `Change the strategy to '${strategy}'` : `Add 'strategy ${strategy}'`;
        return [quickFix(title, document, edits, [diagnostic], single)];
    });
}
