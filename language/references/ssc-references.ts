import {
    DefaultReferences,
    stream,
    URI,
    type AstNode,
    type CstNode,
    type FindReferencesOptions,
    type LangiumDocuments,
    type ReferenceDescription,
    type Stream,
} from 'langium';
import { isMinistry, isStakeholder, isUnit, type Stakeholder } from '../generated/ast.js';
import type { SscServices } from '../ssc-module.js';

/** A part of a qualified reference `Stakeholder.Unit`: the qualifier or the member. */
type Part = 'qualifier' | 'member';

/**
 * References with qualified unit and ministry names (`CityCouncil.Planning`) treated as two names:
 * the qualifier stands for the stakeholder, the member for the unit or ministry. Go to definition,
 * hover and highlights on the qualifier lead to the stakeholder; the references of a stakeholder
 * include the qualifiers that name it, and those of a unit only the member part. Renaming either one
 * therefore rewrites exactly its own part of every qualified name, in every file.
 */
export class SscReferences extends DefaultReferences {
    private readonly langiumDocuments: LangiumDocuments;

    constructor(services: SscServices) {
        super(services);
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
    }

    override findDeclarations(sourceCstNode: CstNode): AstNode[] {
        const found = super.findDeclarations(sourceCstNode);
        const target = found[0];
        if (found.length !== 1 || !(isUnit(target) || isMinistry(target)) || !isStakeholder(target.$container)) return found;
        // A leaf before the dot of a qualified reference names the stakeholder, not its unit.
        const text = sourceCstNode.root.text;
        const after = text.slice(sourceCstNode.end).match(/^\s*\./);
        return after && !isDeclarationName(sourceCstNode, target) ? [target.$container] : found;
    }

    override findReferences(targetNode: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        const own = super.findReferences(targetNode, options).toArray();
        if (isUnit(targetNode) || isMinistry(targetNode)) {
            return stream(own.map(r => this.narrow(r, 'member')));
        }
        if (!isStakeholder(targetNode)) return stream(own);
        const qualifiers: ReferenceDescription[] = [];
        for (const member of memberNodes(targetNode)) {
            const path = this.nodeLocator.getAstNodePath(member);
            let refs = this.index.findAllReferences(member, path);
            if (options.documentUri) refs = refs.filter(r => r.sourceUri.toString() === options.documentUri!.toString());
            qualifiers.push(...refs.map(r => this.narrow(r, 'qualifier')));
        }
        return stream([...own, ...qualifiers]);
    }

    /** The description with its segment cut down to one part of a qualified name (unchanged when unqualified). */
    private narrow(r: ReferenceDescription, part: Part): ReferenceDescription {
        const document = this.langiumDocuments.getDocument(URI.parse(r.sourceUri.toString()));
        if (!document) return r;
        const text = document.textDocument.getText().slice(r.segment.offset, r.segment.end);
        const dot = text.indexOf('.');
        if (dot < 0) return r;
        const [from, to] = part === 'qualifier' ? [0, dot] : [dot + 1, text.length];
        const piece = text.slice(from, to);
        const start = r.segment.offset + from + (piece.length - piece.trimStart().length);
        const end = r.segment.offset + to - (piece.length - piece.trimEnd().length);
        const range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
        return { ...r, segment: { offset: start, end, length: end - start, range } };
    }
}

function memberNodes(s: Stakeholder): AstNode[] {
    return [...s.units, ...s.ministries].filter(m => Boolean(m.name));
}

function isDeclarationName(node: CstNode, target: AstNode): boolean {
    return node.astNode === target;
}
