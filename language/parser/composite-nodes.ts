import { CompositeCstNodeImpl } from 'langium';

/**
 * A composite node of the syntax tree whose offset is read from its first non-hidden child, found
 * by index. Langium's walks its child list with `for…of`, an iterator object each time a node's
 * offset or length is read: once per rule the parser leaves (to decide whether the node is empty),
 * and again for every offset the checks and the block re-parse read.
 */
export class SscCompositeCstNode extends CompositeCstNodeImpl {
    override get offset(): number {
        const content = this.content;
        for (let i = 0; i < content.length; i++) if (!content[i].hidden) return content[i].offset;
        return content.length > 0 ? content[0].offset : 0;
    }
}
