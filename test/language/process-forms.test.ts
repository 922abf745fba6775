import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';

const MODEL = `programme P "P" { as-of 2026-06-30 review every 3 months }
stakeholder CityCouncil "Council" : municipality {
    power high interest high legitimacy high urgency medium
    unit Planning "Urban planning" : urban-planning
}
stakeholder Other : municipality { unit Planning "Other planning" : urban-planning }
stakeholder WaterCo "Water" : utility-provider { power 4 interest 4 }
stakeholder level "An older model's name" : citizens
relation CityCouncil.Planning -> level : consults "Neighbourhood walks"
kpi Losses { provider WaterCo examiner CityCouncil.Planning }
grievance G established 2026-01-01
consultation Hearing { level involve date 2026-03-15 participants CityCouncil.Planning, level grievance G }
action WaterTalks "Quarterly review" {
    with WaterCo, CityCouncil.Planning
    owner CityCouncil
    level involve
    toward supportive
    channel "Steering board"
    due 2026-09-30
    status open
}
action Done { status done 2026-05-01 }
action Dropped { status dropped "No longer needed" }
assessment "Q1" on 2026-03-31 { CityCouncil supportive WaterCo resistant power 4 interest high }
`;

describe('the process forms and qualified names (LANGUAGE.md "The process over time")', () => {
    test('parse with no syntax errors and link, a unit by its qualified name', async () => {
        const ws = await buildWorkspace(MODEL);
        expect(ws.diagnostics('model.ssc').filter(d => d.code === 'syntax' || d.code === 'identification/unknown-reference')).toEqual([]);
    });

    test('a unit name alone names nothing', async () => {
        const ws = await buildWorkspace(MODEL + 'relation Planning -> WaterCo : informs\n');
        expect(ws.withCode('identification/unknown-reference').map(d => d.range.start.line)).toEqual([MODEL.split('\n').length - 1]);
    });

    test('the builder reads the new values as plain data', async () => {
        const ws = await buildWorkspace(MODEL);
        const analysis = ws.analysis();
        expect(analysis.relations[0]).toMatchObject({ from: 'CityCouncil.Planning', to: 'level' });
        expect(analysis.kpis[0]).toMatchObject({ provider: 'WaterCo', examiner: 'CityCouncil.Planning' });
        expect(analysis.consultations[0]).toMatchObject({ level: 'involve', participants: ['CityCouncil.Planning', 'level'] });
        expect(analysis.assessments[0].entries).toEqual([
            { stakeholder: 'CityCouncil', level: 'supportive', power: null, interest: null },
            { stakeholder: 'WaterCo', level: 'resistant', power: 4, interest: 4 },
        ]);
    });
});
