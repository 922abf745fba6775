import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, ROOT, ssc, sscIn, tempDir } from '../helpers/cli.js';

const GOLDEN = path.join(ROOT, 'test', 'golden', 'valencia-analysis.json');

beforeAll(() => ensureBuilt());

describe('ssc generate --format json', () => {
    test('the analysis of the bundled example matches the golden file', () => {
        // The real binary, as a user runs it; the other tests call the same command in-process.
        const run = ssc(['generate', 'examples/valencia', '--format', 'json']);
        expect(run.status).toBe(0);
        if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, run.stdout);
        expect(run.stdout).toBe(readFileSync(GOLDEN, 'utf8'));
    });

    test('every field of the CLI.md contract is filled from the model', async () => {
        const analysis = JSON.parse((await sscIn(['generate', 'examples/valencia', '--format', 'json'])).stdout);
        expect(analysis.programme).toMatchObject({ id: 'Valencia2030', name: 'Smart Valencia 2030', asOf: '2026-06-30' });
        const council = analysis.stakeholders.find((s: { id: string }) => s.id === 'CityCouncil');
        expect(council).toMatchObject({
            id: 'CityCouncil',
            name: 'Valencia City Council',
            group: 'municipality',
            custom: false,
            file: 'examples/valencia/city.ssc',
            line: 9,
            scale: 'local',
            sector: 'public',
            categories: ['active', 'beneficiary'],
            attitude: null,
            roles: ['driver-of-technology', 'enabler-of-ssc'],
            power: 4,
            interest: 4,
            quadrant: 'manage-closely',
            strategy: 'manage-closely',
            suggestedStrategy: 'manage-closely',
            engagement: { current: 'supportive', desired: 'leading', gap: 1 },
            onion: 'core',
            profile: {
                aims: ['Efficient services', 'Lower emissions'],
                challenges: ['Shrinking budgets'],
                potential: ['City-management expertise'],
                constraints: ['Little coordination between departments'],
                contributions: ['Defines and evaluates KPIs'],
            },
        });
        expect(council.units[0]).toEqual({
            id: 'Planning',
            name: 'Urban Planning Department',
            type: 'urban-planning',
            qualifiedId: 'CityCouncil.Planning',
        });
        const water = analysis.stakeholders.find((s: { id: string }) => s.id === 'WaterCo');
        expect(water).toMatchObject({
            attitude: 'opponent',
            quadrant: 'manage-closely',
            interest: 4,
            engagement: { current: 'resistant', desired: 'supportive', gap: 2 },
        });
        const emtBus = analysis.stakeholders.find((s: { id: string }) => s.id === 'EmtBus');
        expect(emtBus).toMatchObject({
            quadrant: 'borderline',
            suggestedStrategy: null,
            engagement: { current: 'supportive', desired: null, gap: null },
        });
        const press = analysis.stakeholders.find((s: { id: string }) => s.id === 'Press');
        expect(press).toMatchObject({ group: 'LocalMedia', custom: true });
        expect(analysis.relations).toContainEqual(
            expect.objectContaining({ from: 'CityCouncil', to: 'Ministry', kind: 'collaborates', mutual: true, label: null }),
        );
        expect(analysis.coverage.excluded).toEqual([{ group: 'standards-body', reason: 'Covered by the national programme' }]);
        expect(analysis.coverage.missing).toEqual([]);
        expect(analysis.coverage.present).toHaveLength(11);
        expect(analysis.kpis[0]).toMatchObject({
            id: 'WaterLosses',
            provider: 'WaterCo',
            examiner: 'CityCouncil',
            target: 'below 12% by 2027',
        });
        expect(analysis.consultations[0]).toMatchObject({
            id: 'MobilityHearing',
            date: '2026-03-15',
            informationShared: '2026-02-20',
            grievances: ['Ombudsman'],
        });
        expect(analysis.grievances[0]).toMatchObject({ id: 'Ombudsman', established: '2026-01-10' });
        expect(analysis.assessments[0]).toMatchObject({
            label: '2026-Q1',
            date: '2026-03-31',
            entries: [
                { stakeholder: 'CityCouncil', level: 'supportive' },
                { stakeholder: 'WaterCo', level: 'resistant' },
            ],
        });
        expect(analysis.diagnostics).toMatchObject({ errors: 0 });
    });
});

describe('writing files', () => {
    test('--out writes a file, refuses to overwrite without --force, replaces with it', async () => {
        const dir = tempDir();
        const out = path.join(dir, 'analysis.json');
        expect((await sscIn(['generate', 'examples/first-model', '--format', 'json', '--out', out])).status).toBe(0);
        expect(JSON.parse(readFileSync(out, 'utf8')).programme.id).toBe('Riverside');
        writeFileSync(out, 'precious');
        const again = await sscIn(['generate', 'examples/first-model', '--format', 'json', '--out', out]);
        expect(again.status).toBe(2);
        expect(again.stderr.trim()).toBe(`ssc: ${out}: already exists (use --force to overwrite)`);
        expect(readFileSync(out, 'utf8')).toBe('precious');
        expect((await sscIn(['generate', 'examples/first-model', '--format', 'json', '--out', out, '--force'])).status).toBe(0);
        expect(JSON.parse(readFileSync(out, 'utf8')).programme.id).toBe('Riverside');
        expect(readdirSync(dir)).toEqual(['analysis.json']);
    });

    test("--out into an existing folder uses the format's file name", async () => {
        const dir = tempDir();
        expect((await sscIn(['generate', 'examples/first-model', '--format', 'json', '--out', dir])).status).toBe(0);
        expect(readdirSync(dir)).toEqual(['ssc-analysis.json']);
    });

    test('an output folder that does not exist is a clear error and nothing is written', async () => {
        const dir = tempDir();
        const run = await sscIn(['generate', 'examples/first-model', '--format', 'json', '--out', path.join(dir, 'missing', 'a.json')]);
        expect(run.status).toBe(2);
        expect(run.stderr.trim()).toBe(`ssc: ${path.join(dir, 'missing')}: no such folder`);
        expect(existsSync(path.join(dir, 'missing'))).toBe(false);
    });

    test('--format is required and must be known', async () => {
        expect((await sscIn(['generate', 'examples/first-model'])).stderr).toMatch(/^ssc: --format is required/);
        const bad = await sscIn(['generate', 'examples/first-model', '--format', 'pdf']);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toMatch(/^ssc: --format pdf: use one of/);
    });
});

describe('ssc init', () => {
    test('writes a starter model with one stakeholder per standard group that validates with no errors', async () => {
        const dir = tempDir();
        const run = await sscIn(['init', 'city'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('stakeholders.ssc');
        const validate = await sscIn(['validate', 'city', '--format', 'json'], dir);
        expect(validate.status).toBe(0);
        expect(JSON.parse(validate.stdout).filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
        const analysis = JSON.parse((await sscIn(['generate', 'city', '--format', 'json'], dir)).stdout);
        expect(analysis.coverage.missing).toEqual([]);
        expect(analysis.stakeholders).toHaveLength(12);
    });

    test('never overwrites an existing model without --force', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'stakeholders.ssc'), '// mine');
        const run = await sscIn(['init'], dir);
        expect(run.status).toBe(2);
        expect(readFileSync(path.join(dir, 'stakeholders.ssc'), 'utf8')).toBe('// mine');
        expect((await sscIn(['init', '--force'], dir)).status).toBe(0);
    });
});
