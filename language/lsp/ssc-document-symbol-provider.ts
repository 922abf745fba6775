import type { AstNode, LangiumDocument, NameProvider } from 'langium';
import type { DocumentSymbolProvider, NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver-protocol';
import {
    isAction,
    isAssessment,
    isConsultation,
    isGrievance,
    isGroup,
    isKpi,
    isMinistryType,
    isProgramme,
    isRelation,
    isStakeholder,
    isUnitType,
    type Element,
    type Model,
} from '../generated/ast.js';
import type { SscServices } from '../ssc-module.js';

/**
 * The outline: the programme, then every element in file order — stakeholders with their units and
 * ministries, relations as `A -> B`, KPIs, grievances, consultations, actions (level, due date and status),
 * assessments with their entries,
 * and custom groups and types.
 */
export class SscDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly kinds: NodeKindProvider;
    private readonly names: NameProvider;

    constructor(services: SscServices) {
        this.kinds = services.shared.lsp.NodeKindProvider;
        this.names = services.references.NameProvider;
    }

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
        const model = document.parseResult.value as Model;
        return (model.elements ?? []).flatMap(element => this.elementSymbol(element) ?? []);
    }

    private elementSymbol(element: Element): DocumentSymbol | undefined {
        if (isRelation(element)) {
            const arrow = element.mutual ? '<->' : '->';
            return this.symbol(element, `${element.from?.$refText ?? '?'} ${arrow} ${element.to?.$refText ?? '?'}`, element.kind);
        }
        if (isAssessment(element)) {
            const entries = element.entries.map(e => this.symbol(e, e.stakeholder?.$refText ?? '?', e.level)).filter(s => s !== undefined);
            return this.symbol(element, `assessment ${element.label ?? ''}`.trim(), element.date, entries);
        }
        if (isStakeholder(element)) {
            const children = [...element.units, ...element.ministries]
                .map(u => this.symbol(u, u.name, u.type?.$refText))
                .filter(s => s !== undefined);
            return this.symbol(element, element.name, [element.group?.$refText, element.title].filter(Boolean).join(' · '), children);
        }
        if (isAction(element)) {
            const state =
                element.status?.state === 'done' && element.status.doneOn ? `done ${element.status.doneOn}` : element.status?.state;
            return this.symbol(
                element,
                element.name,
                [element.level, element.due && `due ${element.due}`, state].filter(Boolean).join(' · ') || element.title,
            );
        }
        if (isProgramme(element)) return this.symbol(element, element.name, element.title ?? element.city);
        if (isKpi(element) || isGrievance(element) || isConsultation(element)) return this.symbol(element, element.name, element.title);
        if (isGroup(element) || isUnitType(element) || isMinistryType(element)) return this.symbol(element, element.name, element.title);
        return undefined;
    }

    private symbol(
        node: AstNode,
        name: string | undefined,
        detail: string | undefined,
        children: DocumentSymbol[] = [],
    ): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst || !name) return undefined;
        return {
            name,
            detail: detail ?? undefined,
            kind: this.kinds.getSymbolKind(node),
            range: cst.range,
            selectionRange: this.names.getNameNode(node)?.range ?? cst.range,
            children: children.length > 0 ? children : undefined,
        };
    }
}
