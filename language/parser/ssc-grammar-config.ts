import { createGrammarConfig, type GrammarConfig, type LangiumCoreServices } from 'langium';

/**
 * Langium's grammar configuration, with the hyphen counted as a name character: vocabulary names such
 * as `city-services-company` are one word, so a cursor on any of their characters (hyphens included)
 * finds the whole name for hover, definition and rename.
 */
export function sscGrammarConfig(services: LangiumCoreServices): GrammarConfig {
    return { ...createGrammarConfig(services), nameRegexp: /^[\w\p{L}-]$/u };
}
