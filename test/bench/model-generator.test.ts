import { describe, expect, test } from 'vitest';
import { generateModel } from '../../bench/model-generator.js';
import { buildWorkspace } from '../helpers/workspace.js';

describe('the benchmark model generator', () => {
    test('a small generated model has one action per stakeholder, four assessments and consultation levels, and validates with no errors', async () => {
        const files = Object.fromEntries(generateModel({ stakeholders: 24, files: 3, seed: 7 }));
        const ws = await buildWorkspace(files);
        const errors = [...ws.documents.keys()].flatMap(f =>
            ws
                .diagnostics(f)
                .filter(d => d.severity === 1)
                .map(d => `${f}: ${d.code} ${d.message}`),
        );
        expect(errors).toEqual([]);
        const analysis = ws.analysis();
        expect(analysis.actions).toHaveLength(24);
        expect(analysis.assessments).toHaveLength(4);
        expect(analysis.actions.some(a => a.owner?.includes('.'))).toBe(true);
        expect(analysis.stakeholders.every(s => s.salience.legitimacy !== null && s.salience.urgency !== null)).toBe(true);
        expect(analysis.stakeholders.some(s => s.trajectory.some(p => p.power !== null))).toBe(true);
        expect(analysis.consultations.length).toBeGreaterThan(0);
        expect(analysis.consultations.every(c => c.levelDeclared)).toBe(true);
    });
    test('the same seed gives the same model', () => {
        expect([...generateModel({ stakeholders: 30, seed: 3 })]).toEqual([...generateModel({ stakeholders: 30, seed: 3 })]);
    });
});
