import { AstUtils, type AstNode, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver-protocol';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import {
    isAssessment,
    isAssessmentEntry,
    isCategory,
    isConsultation,
    isEngagement,
    isExclusion,
    isGridValue,
    isGrievance,
    isGroup,
    isKpi,
    isMinistry,
    isMinistryType,
    isProgramme,
    isRelation,
    isReview,
    isStakeholder,
    isStrategyDecl,
    isUnit,
    isUnitType,
} from '../generated/ast.js';

const DECLARATION = SemanticTokenModifiers.declaration;

/**
 * Semantic highlighting on top of the TextMate grammar: declared names by kind (programme, stakeholder,
 * group, unit, KPI, grievance, consultation), references to them with the kind of what they name —
 * the built-in vocabulary marked `defaultLibrary` — and enumeration values, numbers and dates.
 */
export class SscSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        const ref = (property: string, type: string, reference: Reference | undefined, index?: number) => {
            if (!reference?.$refNode) return;
            const target = reference.ref;
            const builtin = target !== undefined && isBuiltinUri(AstUtils.getDocument(target).uri.toString());
            acceptor({
                node,
                property: property as never,
                index,
                type,
                modifier: builtin ? SemanticTokenModifiers.defaultLibrary : undefined,
            });
        };
        if (isProgramme(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: DECLARATION });
            if (node.asOf) acceptor({ node, property: 'asOf', type: SemanticTokenTypes.number });
        } else if (isStakeholder(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: DECLARATION });
            ref('group', SemanticTokenTypes.type, node.group);
            for (const property of ['scale', 'sector', 'onion'] as const) {
                if (node[property]) acceptor({ node, property, type: SemanticTokenTypes.enumMember });
            }
            node.roles.forEach((_, index) => acceptor({ node, property: 'roles', index, type: SemanticTokenTypes.enumMember }));
        } else if (isExclusion(node)) {
            ref('group', SemanticTokenTypes.type, node.group);
        } else if (isReview(node)) {
            acceptor({ node, property: 'months', type: SemanticTokenTypes.number });
        } else if (isGroup(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.type, modifier: DECLARATION });
        } else if (isUnitType(node) || isMinistryType(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.enumMember, modifier: DECLARATION });
        } else if (isUnit(node) || isMinistry(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.property, modifier: DECLARATION });
            ref('type', SemanticTokenTypes.enumMember, node.type);
        } else if (isCategory(node)) {
            acceptor({ node, property: 'kind', type: SemanticTokenTypes.enumMember });
            if (node.attitude) acceptor({ node, property: 'attitude', type: SemanticTokenTypes.enumMember });
        } else if (isGridValue(node)) {
            acceptor({
                node,
                property: node.level ? 'level' : 'value',
                type: node.level ? SemanticTokenTypes.enumMember : SemanticTokenTypes.number,
            });
        } else if (isEngagement(node)) {
            acceptor({ node, property: 'current', type: SemanticTokenTypes.enumMember });
            if (node.desired) acceptor({ node, property: 'desired', type: SemanticTokenTypes.enumMember });
        } else if (isStrategyDecl(node)) {
            acceptor({ node, property: 'kind', type: SemanticTokenTypes.enumMember });
        } else if (isRelation(node)) {
            ref('from', SemanticTokenTypes.class, node.from);
            ref('to', SemanticTokenTypes.class, node.to);
            acceptor({ node, property: 'kind', type: SemanticTokenTypes.function });
        } else if (isKpi(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: DECLARATION });
            ref('provider', SemanticTokenTypes.class, node.provider);
            ref('examiner', SemanticTokenTypes.class, node.examiner);
        } else if (isGrievance(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.event, modifier: DECLARATION });
            if (node.established) acceptor({ node, property: 'established', type: SemanticTokenTypes.number });
        } else if (isConsultation(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.event, modifier: DECLARATION });
            node.participants.forEach((p, i) => ref('participants', SemanticTokenTypes.class, p, i));
            node.grievances.forEach((g, i) => ref('grievances', SemanticTokenTypes.event, g, i));
            for (const property of ['date', 'informationShared'] as const) {
                if (node[property]) acceptor({ node, property, type: SemanticTokenTypes.number });
            }
        } else if (isAssessment(node)) {
            if (node.date) acceptor({ node, property: 'date', type: SemanticTokenTypes.number });
        } else if (isAssessmentEntry(node)) {
            ref('stakeholder', SemanticTokenTypes.class, node.stakeholder);
            acceptor({ node, property: 'level', type: SemanticTokenTypes.enumMember });
        }
    }
}
