import { DefaultLexer } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSscParser } from '../../../language/parser/ssc-parser.js';
import { createTestServices } from '../../helpers/workspace.js';

type Services = Awaited<ReturnType<typeof createTestServices>>['Ssc'];

/** The services with Langium's development mode, in which Chevrotain checks the lexer and the parser as they are made. */
function inDevelopmentMode(services: Services): Services {
    const metaData = { ...services.LanguageMetaData, mode: 'development' as const };
    return new Proxy(services, { get: (target, key) => (key === 'LanguageMetaData' ? metaData : Reflect.get(target, key)) });
}

describe("the grammar passes Chevrotain's checks (the product is generated in production mode, which skips them at start-up)", () => {
    test('the generated module is in production mode', async () => {
        const { Ssc } = await createTestServices();
        expect(Ssc.LanguageMetaData.mode).toBe('production');
    });

    test('the lexer and the parser are made without errors with the checks on', async () => {
        const { Ssc } = await createTestServices();
        const services = inDevelopmentMode(Ssc);
        const lexer = new DefaultLexer(services);
        expect(
            (lexer as unknown as { chevrotainLexer: { config: { skipValidations: boolean } } }).chevrotainLexer.config.skipValidations,
        ).toBe(false);
        const parser = createSscParser(services, () => Ssc.ssc.Vocabulary);
        expect((parser as unknown as { wrapper: { skipValidations: boolean } }).wrapper.skipValidations).toBe(false);
        expect(parser.parse('stakeholder A : ngo { power high }').parserErrors).toEqual([]);
    });
});
