import { describe, expect, test } from 'vitest';
import { typicalScaleAndSector } from '../../../language/model/starter-model.js';
import { MINISTRY_TYPES, STANDARD_GROUPS, UNIT_TYPES } from '../../../language/model/vocabulary.js';

describe('the standard vocabulary against the Supplement', () => {
    test("every group's typical scale is its Table I.1 row (Appendix I)", () => {
        // Table I.1, column "Scale/sector": the scale of each of the twelve groups.
        const tableI1: Record<string, string> = {
            municipality: 'local',
            government: 'supralocal',
            'city-services-company': 'local',
            'utility-provider': 'supralocal',
            'ict-company': 'supralocal',
            ngo: 'local-and-supralocal',
            'international-organization': 'local-and-supralocal',
            'industry-association': 'supralocal',
            academia: 'local-and-supralocal',
            citizens: 'local',
            'urban-planner': 'local',
            'standards-body': 'supralocal',
        };
        expect(Object.keys(tableI1).sort()).toEqual(STANDARD_GROUPS.map(g => g.id).sort());
        for (const [group, scale] of Object.entries(tableI1)) expect(typicalScaleAndSector(group)?.scale, group).toBe(scale);
    });
    test('the sectors Table I.1 states are kept (public, private)', () => {
        const stated: Record<string, string> = {
            municipality: 'public',
            government: 'public',
            'city-services-company': 'private',
            'utility-provider': 'private',
            'ict-company': 'private',
        };
        for (const [group, sector] of Object.entries(stated)) expect(typicalScaleAndSector(group)?.sector, group).toBe(sector);
    });
    test("Table 3 entries carry the Supplement's own labels", () => {
        const labels = Object.fromEntries(MINISTRY_TYPES.map(m => [m.id, m.label]));
        expect(labels).toEqual({
            'infrastructure-industry-it': 'Ministry of infrastructure, industry and information technology',
            'science-technology': 'Ministry of science and technology',
            environment: 'Ministry of the environment',
            energy: 'Ministry of energy',
            health: 'Health unit',
            education: 'Ministry of education',
            transportation: 'Transportation unit or ministry',
            'public-security': 'Ministry of public security',
        });
    });
    test("Table 2 entries carry the Supplement's own labels", () => {
        expect(UNIT_TYPES.map(u => u.label)).toEqual([
            'Urban planning unit',
            'Security and emergency services unit',
            'Citizen services unit',
            'Unit dealing with infrastructure and ICTs',
            'Environmental unit',
            'Transportation unit',
            'Finance unit',
            'Legal affairs unit',
            'Water and sanitation management unit',
            'CERT/CSIRT unit',
        ]);
    });
    test('the urban-planning unit runs the city platform, its data and the participation programmes (Table 2)', () => {
        const planning = UNIT_TYPES.find(u => u.id === 'urban-planning')!.description;
        expect(planning).toContain('city platform');
        expect(planning).toMatch(/data/);
        expect(planning).toMatch(/participation programmes/);
    });
    test('facts the Supplement gives for particular entries are carried over', () => {
        const text = (list: typeof UNIT_TYPES, id: string) => list.find(e => e.id === id)!.description;
        expect(text(MINISTRY_TYPES, 'infrastructure-industry-it')).toMatch(/electromagnetic/);
        expect(text(MINISTRY_TYPES, 'transportation')).toMatch(/between cities and towns/);
        expect(text(UNIT_TYPES, 'security-emergency')).toMatch(/coordinates the other units/);
        expect(text(STANDARD_GROUPS, 'utility-provider')).toMatch(/charging points/);
        expect(text(STANDARD_GROUPS, 'city-services-company')).not.toMatch(/lighting/);
    });
});
