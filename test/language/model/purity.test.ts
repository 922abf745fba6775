import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { parseSource, runtimeCycles, sourceFiles } from '../../helpers/source-graph.js';

/** Module-level state that can change between calls: `let`/`var`, or a `const` holding an empty Map or Set to fill. */
function moduleStateOf(file: string): string[] {
    const source = parseSource(file);
    const found: string[] = [];
    for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const list = statement.declarationList;
        const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
        for (const declaration of list.declarations) {
            const name = declaration.name.getText(source);
            if (!(list.flags & ts.NodeFlags.Const)) {
                found.push(`${file}:${line} module-level ${list.flags & ts.NodeFlags.Let ? 'let' : 'var'} ${name}`);
                continue;
            }
            const init = declaration.initializer;
            // An empty container at module level is filled at run time: state. A table built once from constants is not.
            if (
                init &&
                ts.isNewExpression(init) &&
                /^(Map|Set|WeakMap|WeakSet)$/.test(init.expression.getText(source)) &&
                (init.arguments?.length ?? 0) === 0 &&
                !declaration.type?.getText(source).startsWith('Readonly')
            ) {
                found.push(`${file}:${line} module-level mutable ${init.expression.getText(source)} ${name}`);
            }
        }
    }
    return found;
}

describe('language/model/ is pure', () => {
    const files = sourceFiles('language/model');

    test('no module-level mutable state (a let, a var, or an empty Map/Set filled at run time)', () => {
        expect(files.length).toBeGreaterThan(20);
        expect(files.flatMap(moduleStateOf), 'move the state into a parameter or an object its caller owns').toEqual([]);
    });

    test('no run-time import cycles in language/model/', () => {
        expect(runtimeCycles(files), 'files importing each other at run time (move the shared part into its own module)').toEqual([]);
    });

    test('no run-time import cycles in language/, outside the Langium DI module (ssc-module.ts)', () => {
        expect(runtimeCycles(sourceFiles('language'), f => f === 'language/ssc-module.ts')).toEqual([]);
    });
});
