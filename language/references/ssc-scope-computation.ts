import { DefaultScopeComputation, MultiMap, type AstNodeDescription, type AstNode, type LangiumDocument, type LocalSymbols } from 'langium';

/**
 * Every referable element of `.ssc` is top-level and global across the workspace, so all references
 * resolve through the hashed global index. Collecting no local symbols avoids Langium's linear scan of
 * the document root's local scope, which made linking quadratic in one big file (LANGIUM-NOTES, fix 1).
 */
export class SscScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
