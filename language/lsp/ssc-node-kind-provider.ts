import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-protocol';

/** The symbol kind shown for each kind of `.ssc` element in outlines and symbol searches. */
export const SSC_SYMBOL_KINDS: Readonly<Record<string, SymbolKind>> = {
    Programme: SymbolKind.Namespace,
    Stakeholder: SymbolKind.Class,
    Unit: SymbolKind.Field,
    Ministry: SymbolKind.Field,
    Group: SymbolKind.Interface,
    UnitType: SymbolKind.EnumMember,
    MinistryType: SymbolKind.EnumMember,
    Relation: SymbolKind.Event,
    Kpi: SymbolKind.Number,
    Grievance: SymbolKind.Key,
    Consultation: SymbolKind.Event,
    Action: SymbolKind.Function,
    Assessment: SymbolKind.Array,
    AssessmentEntry: SymbolKind.EnumMember,
};

/** Gives outlines, workspace symbols and completions kinds that match what each element is. */
export class SscNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SSC_SYMBOL_KINDS[this.typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        switch (this.typeOf(node)) {
            case 'Stakeholder':
                return CompletionItemKind.Class;
            case 'Group':
                return CompletionItemKind.Interface;
            case 'UnitType':
            case 'MinistryType':
                return CompletionItemKind.EnumMember;
            case 'Grievance':
                return CompletionItemKind.Event;
            default:
                return super.getCompletionItemKind(node);
        }
    }

    private typeOf(node: AstNode | AstNodeDescription): string {
        return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
    }
}
