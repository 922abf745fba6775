import type { AstReflection, LangiumParser } from 'langium';

/** The part of Langium's parser that starts a rule's syntax node (repeated below). */
interface NodeStarter {
    readonly stack: object[];
    isRecording(): boolean;
    construct(): unknown;
    startImplementation($type: unknown, infixName: string | undefined, implementation: (args: unknown) => void): (args: unknown) => unknown;
}

/**
 * Makes the parser start every syntax node with all the properties of its type already in place
 * (undefined until assigned), each type's nodes sharing one layout.
 *
 * Langium starts a node as `{ $type }` and adds each property as it is parsed, by a computed name.
 * V8 turns an object that gets more than a dozen properties that way into a hash table, so a
 * stakeholder (some 25 properties) was a dictionary: ~1.6 KB, and every read of one of its
 * properties by the linker, the checks and the model builder a hash lookup. A node copied from a
 * template of its type keeps the template's layout. Must be called before the rules are built
 * (Langium's `createParser`), since they capture `startImplementation`.
 *
 * Properties the input does not give are `undefined` instead of absent. Only `in`, `Object.keys`
 * and the like tell the difference: our checks that test a property with `in` also test its value,
 * and the walks over a node's properties (Langium's, `prunePartialNodes`) skip undefined values
 * (guard test: `test/language/parser/node-shapes.test.ts`, the same trees as Langium's).
 */
export function shapeSyntaxNodes(parser: LangiumParser, reflection: AstReflection): void {
    const starter = parser as unknown as NodeStarter;
    const start = starter.startImplementation.bind(starter);
    starter.startImplementation = ($type, infixName, implementation) => {
        const template = typeof $type === 'string' && infixName === undefined ? templateOf($type, reflection) : undefined;
        if (!template) return start($type, infixName, implementation);
        // Langium's startImplementation, with the node copied from the template.
        return args => {
            const createNode = !starter.isRecording();
            if (createNode) starter.stack.push({ ...template });
            implementation(args);
            return createNode ? starter.construct() : undefined;
        };
    };
}

/**
 * A node of `type` with every property of the type undefined, in the order the grammar declares
 * them: JSON.parse builds it with named properties, which V8 keeps in a fast layout that copies
 * by spread keep too.
 */
function templateOf(type: string, reflection: AstReflection): object | undefined {
    const names = Object.keys(reflection.getTypeMetaData(type).properties).filter(name => !name.startsWith('$'));
    if (names.length === 0) return undefined;
    const template = JSON.parse(JSON.stringify(Object.fromEntries([['$type', type], ...names.map(name => [name, 0])]))) as Record<
        string,
        unknown
    >;
    for (const name of names) template[name] = undefined;
    return template;
}
