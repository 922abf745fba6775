import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { isStakeholder } from '../../generated/ast.js';
import { Rule } from '../../validation/rule-codes.js';
import type { StrategyData } from '../../validation/analysis-checks.js';
import { blockIndent, lineAfter, nodeAt, quickFix } from './edit-utils.js';

/** Edit for a strategy diagnostic: replace a mismatching strategy, or add the quadrant's one. */
export function strategyEdit(document: LangiumDocument, diagnostic: Diagnostic): TextEdit[] | undefined {
    const data = diagnostic.data as StrategyData | undefined;
    if (!data?.strategy) return undefined;
    if (diagnostic.code === Rule.StrategyMismatch) {
        return data.replace ? [{ range: data.replace, newText: data.strategy }] : undefined;
    }
    const stakeholder = nodeAt(document, diagnostic.range.start, isStakeholder);
    const cst = stakeholder?.$cstNode;
    if (!stakeholder || !cst) return undefined;
    const anchors = ['power', 'interest', 'engagement'].flatMap(p => GrammarUtils.findNodesForProperty(cst, p));
    if (anchors.length === 0) return undefined;
    const last = Math.max(...anchors.map(n => n.end));
    return [lineAfter(document, last, `strategy ${data.strategy}`, blockIndent(document, stakeholder))];
}

/** Quick fixes: replace the strategy with the quadrant's, or add the suggested one. */
export function strategyActions(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const edits = strategyEdit(document, diagnostic);
    const data = diagnostic.data as StrategyData;
    if (!edits) return [];
    const title = diagnostic.code === Rule.StrategyMismatch ? `Change the strategy to '${data.strategy}'` : `Add 'strategy ${data.strategy}'`;
    return [quickFix(title, document, edits, [diagnostic], true)];
}
