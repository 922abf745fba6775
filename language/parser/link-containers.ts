import { isAstNode, type AstNode } from 'langium';

/**
 * Sets `$container`, `$containerProperty` and `$containerIndex` on every node below `node`, as
 * Langium's `linkContentToContainer(node, { deep: true })` does at the end of each parse. Langium's
 * walk takes `Object.entries` of every node and a closure per list: a pair array per property, some
 * 25 for a stakeholder, all garbage. This walk reads each node's keys once and allocates nothing else.
 */
export function linkContainers(node: AstNode): void {
    const fields = node as unknown as Record<string, unknown>;
    // `for…in`, not `Object.keys`: the keys come from the node's shape, with no array per node.
    for (const name in fields) {
        if (name.charCodeAt(0) === 36 /* $ */) continue;
        const value = fields[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isAstNode(item)) {
                    const child = item as { $container: AstNode; $containerProperty?: string; $containerIndex?: number };
                    child.$container = node;
                    child.$containerProperty = name;
                    child.$containerIndex = index;
                    linkContainers(item);
                }
            }
        } else if (isAstNode(value)) {
            const child = value as { $container: AstNode; $containerProperty?: string };
            child.$container = node;
            child.$containerProperty = name;
            linkContainers(value);
        }
    }
}
