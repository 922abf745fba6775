import { DefaultScopeComputation, MultiMap, type AstNodeDescription, type AstNode, type LangiumDocument, type LocalSymbols } from 'langium';
import { isStakeholder } from '../generated/ast.js';

/**
 * Every referable element of `.ssc` is top-level and global across the workspace, so all references
 * resolve through the hashed global index. Collecting no local symbols avoids Langium's linear scan of
 * the document root's local scope, which made linking quadratic in one big file (LANGIUM-NOTES, fix 1).
 * Units and ministries are exported too, under their qualified name (`CityCouncil.Planning`): a unit
 * name alone names nothing, and two stakeholders may both have a `Planning` unit.
 */
export class SscScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }

    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        super.addExportedSymbol(node, exports, document);
        if (!isStakeholder(node) || !node.name) return;
        for (const member of [...node.units, ...node.ministries]) {
            if (member.name) exports.push(this.descriptions.createDescription(member, qualifiedName(node.name, member.name), document));
        }
    }
}

/** The name a unit or ministry is referred to by: its stakeholder's name, a dot, its own name. */
export function qualifiedName(stakeholder: string, member: string): string {
    return `${stakeholder}.${member}`;
}
