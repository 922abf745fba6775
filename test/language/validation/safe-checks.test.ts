import { EmptyFileSystem } from 'langium';
import { afterEach, expect, test, vi } from 'vitest';
import { createSscServices } from '../../../language/ssc-module.js';
import { isGuarded } from '../../../language/validation/index.js';
import { CategorizationChecks } from '../../../language/validation/categorization-checks.js';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';

afterEach(() => vi.restoreAllMocks());

test('a rule that throws is logged and skipped; the other rules still report', async () => {
    vi.spyOn(CategorizationChecks.prototype, 'checkCategory').mockImplementation(() => {
        throw new Error('boom');
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ws = await buildWorkspace('programme P { review every 6 months }\nstakeholder Lonely : ngo { power low }');
    const codes = ws.diagnostics('model.ssc').map(d => d.code);
    expect(codes).not.toContain(Rule.MissingCategory);
    expect(codes).toEqual(expect.arrayContaining([Rule.Isolated, Rule.Unplaced, Rule.MissingTechnologyRole, Rule.MissingStandardGroup]));
    expect(errors).toHaveBeenCalledWith(
        expect.stringContaining("rule check 'categorization/missing-category' failed"),
        expect.stringContaining('boom'),
    );
    expect(ws.diagnostics('model.ssc').some(d => /boom|internal/i.test(d.message))).toBe(false);
});

test('every registered check goes through safe(), the one guard policy', () => {
    const { Ssc } = createSscServices(EmptyFileSystem);
    const registry = Ssc.validation.ValidationRegistry;
    const unguarded: string[] = [];
    for (const type of Ssc.shared.AstReflection.getAllTypes()) {
        for (const check of registry.checksFor(type)) {
            if (!isGuarded(check)) unguarded.push(type);
        }
    }
    expect(unguarded, 'checks registered without safe(Rule…, check) in language/validation/index.ts').toEqual([]);
});
