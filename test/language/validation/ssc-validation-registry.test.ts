import { EmptyFileSystem, type ValidationCategory, type ValidationChecks } from 'langium';
import { expect, test } from 'vitest';
import type { SscAstType } from '../../../language/generated/ast.js';
import { createSscServices } from '../../../language/ssc-module.js';

function registry() {
    return createSscServices(EmptyFileSystem).Ssc.validation.ValidationRegistry;
}

test('the checks of a node type are listed once per set of categories, whatever array the builder passes', () => {
    const checks = registry();
    const first = checks.checksFor('Stakeholder', ['fast', 'slow']);
    expect(first.length).toBeGreaterThan(5);
    // A new array with the same categories, as Langium's builder makes for every document.
    expect(checks.checksFor('Stakeholder', ['fast', 'slow'])).toBe(first);
    expect(checks.checksFor('Stakeholder')).toEqual(first);
});

test('each set of categories gets its own checks', () => {
    const checks = registry();
    const noCategory: ValidationCategory[] = [];
    const built = checks.checksFor('Stakeholder', ['built-in']);
    expect(checks.checksFor('Stakeholder', noCategory)).toEqual([]);
    expect(checks.checksFor('Stakeholder', ['fast'])).toEqual(checks.getChecks('Stakeholder', ['fast']).toArray());
    expect(built).toEqual(checks.getChecks('Stakeholder', ['built-in']).toArray());
});

test('registering more checks lists them from then on', () => {
    const checks = registry();
    const before = checks.checksFor('Relation', ['fast']).length;
    const more: ValidationChecks<SscAstType> = { Relation: () => undefined };
    checks.register(more, undefined, 'fast');
    expect(checks.checksFor('Relation', ['fast'])).toHaveLength(before + 1);
});
