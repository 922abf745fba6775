import type { AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateModel } from '../../../bench/model-generator.js';
import type { Model } from '../../../language/generated/ast.js';
import { buildWorkspace, createTestServices } from '../../helpers/workspace.js';

const MODEL = Object.fromEntries(generateModel({ stakeholders: 30, files: 3, seed: 11 }));

/** Whether the validator kept the diagnostics of each top-level element for reuse after an edit. */
function keptFor(workspace: Awaited<ReturnType<typeof buildWorkspace>>): boolean[] {
    const cache = (
        workspace.services.Ssc.validation.DocumentValidator as unknown as { elementCache: { entries: WeakMap<AstNode, unknown> } }
    ).elementCache;
    return [...workspace.documents.values()].flatMap(d => (d.parseResult.value as Model).elements.map(e => cache.entries.has(e)));
}

describe('the services of a workspace that is never edited (the ssc commands)', () => {
    test('finds the same diagnostics and keeps none of them for reuse after an edit', async () => {
        const edited = await buildWorkspace(MODEL);
        const once = await buildWorkspace(MODEL, await createTestServices({ edits: false }));
        const diagnostics = (w: typeof edited) => [...w.documents.values()].map(d => d.diagnostics);
        expect(diagnostics(once)).toEqual(diagnostics(edited));
        expect(diagnostics(once).flat().length).toBeGreaterThan(20);
        expect(keptFor(edited).every(Boolean)).toBe(true);
        expect(keptFor(once).some(Boolean)).toBe(false);
        // Nor does it index references (finding references and renaming are the editor's).
        const indexed = (w: typeof edited) =>
            [...w.documents.values()].reduce(
                (n, d) =>
                    n +
                    (w.services.shared.workspace.IndexManager as unknown as { referenceIndex: Map<string, unknown[]> }).referenceIndex.get(
                        d.uri.toString(),
                    )!.length,
                0,
            );
        expect(indexed(edited)).toBeGreaterThan(50);
        expect(indexed(once)).toBe(0);
    });
});
