import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';

interface HiddenNodeBuilder {
    addHiddenNodes(tokens: readonly unknown[]): void;
}

/**
 * Langium's parser with one fix: its CST builder's `addHiddenNodes` runs for every token even when
 * there are no comments to add, searching the root's children each time; in a file with thousands of
 * top-level elements that made parsing quadratic (LANGIUM-NOTES, fix 2). With nothing to add the
 * call is a no-op, so skipping it leaves the tree identical.
 */
export function createSscParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder?: HiddenNodeBuilder }).nodeBuilder;
    if (builder && typeof builder.addHiddenNodes === 'function') {
        const addHiddenNodes = builder.addHiddenNodes.bind(builder);
        builder.addHiddenNodes = tokens => {
            if (tokens.length > 0) addHiddenNodes(tokens);
        };
    }
    return parser;
}
