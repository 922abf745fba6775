import { GrammarAST, type AstNode } from 'langium';
import type { GrammarVocabulary } from './grammar-vocabulary.js';

const { isAlternatives, isAssignment, isGroup, isParserRule, isRuleCall, isUnorderedGroup } = GrammarAST;

/**
 * Removes the nodes a syntax error left half-built — an entry whose required value is missing, such as
 * `strategy keep-informd` (a strategy without a kind) or `A suportive` (an assessment entry without a
 * level) — so checks and the analysis never meet a value that is `undefined`. Only nested, unnamed
 * nodes go: top-level elements and named units stay, so references to them still resolve.
 */
export function prunePartialNodes(root: AstNode, vocabulary: GrammarVocabulary): void {
    const visit = (node: AstNode): void => {
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) continue;
            if (Array.isArray(value)) {
                const kept = value.filter(item => !isAstNode(item) || keep(item));
                if (kept.length !== value.length) {
                    (node as unknown as Record<string, unknown>)[key] = kept;
                    kept.forEach((item, i) => {
                        if (isAstNode(item)) (item as { $containerIndex?: number }).$containerIndex = i;
                    });
                }
                kept.forEach(item => {
                    if (isAstNode(item)) visit(item);
                });
            } else if (isAstNode(value)) {
                if (keep(value)) visit(value);
                else delete (node as unknown as Record<string, unknown>)[key];
            }
        }
    };
    const keep = (node: AstNode): boolean => {
        if ((node as { name?: unknown }).name !== undefined) return true;
        const rule = vocabulary.rule(node.$type);
        return !rule || satisfied(rule.definition, node, new Set());
    };
    for (const element of Object.entries(root)
        .filter(([k]) => !k.startsWith('$'))
        .flatMap(([, v]) => (Array.isArray(v) ? v : [v]))) {
        if (isAstNode(element)) visit(element);
    }
}

function isAstNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}

function satisfied(element: GrammarAST.AbstractElement, node: AstNode, visiting: Set<string>): boolean {
    if (element.cardinality === '?' || element.cardinality === '*') return true;
    if (isAssignment(element)) {
        if (element.operator === '?=') return true;
        const value = (node as unknown as Record<string, unknown>)[element.feature];
        return element.operator === '+=' ? Array.isArray(value) && value.length > 0 : value !== undefined && value !== '';
    }
    if (isGroup(element) || isUnorderedGroup(element)) return element.elements.every(e => satisfied(e, node, visiting));
    if (isAlternatives(element)) return element.elements.some(e => satisfied(e, node, visiting));
    if (isRuleCall(element) && isParserRule(element.rule.ref) && element.rule.ref.fragment && !visiting.has(element.rule.ref.name)) {
        visiting.add(element.rule.ref.name);
        return satisfied(element.rule.ref.definition, node, visiting);
    }
    return true;
}
