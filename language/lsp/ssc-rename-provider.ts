import { AstUtils, CstUtils, type AstNode, type IndexManager, type LangiumDocument, type Lexer } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    ErrorCodes,
    ResponseError,
    type CancellationToken,
    type PrepareRenameParams,
    type Range,
    type RenameParams,
    type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { isGroup, isMinistry, isMinistryType, isStakeholder, isUnit, isUnitType } from '../generated/ast.js';
import type { SscServices } from '../ssc-module.js';

/**
 * Rename across files. Every reference to the element in every document is updated and nothing else
 * (in a qualified name `Stakeholder.Unit`, only the part that names the renamed element, see SscReferences);
 * the built-in vocabulary cannot be renamed, and a new name must be a valid identifier that no other
 * element of the workspace (or the built-in vocabulary) already uses.
 */
export class SscRenameProvider extends DefaultRenameProvider {
    private readonly lexer: Lexer;
    private readonly index: IndexManager;

    constructor(services: SscServices) {
        super(services);
        this.lexer = services.parser.Lexer;
        this.index = services.shared.workspace.IndexManager;
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams, _cancelToken?: CancellationToken): Range | undefined {
        const target = this.targetAt(document, params.position);
        if (target && isBuiltinUri(AstUtils.getDocument(target).uri.toString())) {
            throw new ResponseError(
                ErrorCodes.InvalidRequest,
                `'${(target as { name?: string }).name}' belongs to the built-in vocabulary of Supplement 34 and cannot be renamed.`,
            );
        }
        return this.renameNodeRange(document, params.position);
    }

    override async rename(
        document: LangiumDocument,
        params: RenameParams,
        cancelToken?: CancellationToken,
    ): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) return undefined;
        const oldName = (target as { name?: string }).name;
        if (isBuiltinUri(AstUtils.getDocument(target).uri.toString())) {
            throw new ResponseError(
                ErrorCodes.InvalidRequest,
                `'${oldName}' belongs to the built-in vocabulary of Supplement 34 and cannot be renamed.`,
            );
        }
        const newName = params.newName.trim();
        if (newName === oldName) return { changes: {} };
        this.checkNewName(target, newName);
        return super.rename(document, { ...params, newName }, cancelToken);
    }

    private targetAt(document: LangiumDocument, position: { line: number; character: number }): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    private checkNewName(target: AstNode, newName: string): void {
        const hyphens = isGroup(target) || isUnitType(target) || isMinistryType(target);
        const lexed = this.lexer.tokenize(newName);
        const token = lexed.tokens.length === 1 && lexed.errors.length === 0 && lexed.hidden.length === 0 ? lexed.tokens[0] : undefined;
        const allowed = hyphens ? ['ID', 'HYPHEN_ID'] : ['ID'];
        if (!token || token.image !== newName || !allowed.includes(token.tokenType.name)) {
            const what = hyphens ? 'letters, digits, `_` and inner hyphens' : 'letters, digits and `_`';
            const reason =
                token && token.image === newName && !['ID', 'HYPHEN_ID'].includes(token.tokenType.name)
                    ? 'it is a keyword of the language'
                    : `a name is made of ${what}, starting with a letter or \`_\``;
            throw new ResponseError(ErrorCodes.InvalidParams, `'${newName}' cannot be used as a name: ${reason}.`);
        }
        if ((isUnit(target) || isMinistry(target)) && isStakeholder(target.$container)) {
            // Units and ministries are scoped to their stakeholder: only a sibling can clash.
            const owner = target.$container;
            if ([...owner.units, ...owner.ministries].some(m => m !== target && m.name === newName)) {
                throw new ResponseError(
                    ErrorCodes.InvalidParams,
                    `'${newName}' already names a unit or ministry of ${owner.name}; pick another.`,
                );
            }
            return;
        }
        const clash = this.index.allElements().find(d => d.name === newName);
        if (clash) {
            throw new ResponseError(
                ErrorCodes.InvalidParams,
                `'${newName}' already names a ${clash.type.toLowerCase()} of the workspace; names are global, so pick another.`,
            );
        }
    }
}
