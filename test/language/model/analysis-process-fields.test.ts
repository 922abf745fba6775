import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../../helpers/workspace.js';

const MODEL = `programme P { as-of 2026-06-30 review every 3 months }
stakeholder City "Council" : municipality {
    power high interest high legitimacy high urgency high
    engagement supportive -> leading
    unit Planning "Urban planning" : urban-planning
}
stakeholder Water : utility-provider { power 4 interest low legitimacy medium urgency high engagement resistant -> neutral strategy keep-satisfied }
stakeholder Residents : citizens { power low interest high engagement neutral }
grievance G established 2026-01-01
consultation Hearing { date 2026-03-15 participants City.Planning, Residents grievance G }
consultation Walks { level involve date 2026-04-15 participants Residents grievance G }
action Talks "Concession review" {
    with Water, City.Planning
    owner City
    level collaborate
    toward neutral
    channel "Steering board"
    due 2026-05-31
    status open
}
action Old { with Residents level empower status dropped "Merged into Walks" }
action Done { with Water owner City.Planning level inform due 2026-02-01 status done 2026-01-20 }
assessment "Q1" on 2026-03-31 { City supportive Water resistant power 4 interest 2 }
assessment "Q2" on 2026-06-26 { Water neutral power 5 interest 2 }
`;

describe('the analysis JSON gains the process fields', () => {
    test('per stakeholder: salience, participation reached and needed, trajectory', async () => {
        const a = (await buildWorkspace(MODEL)).analysis();
        const [city, water, residents] = a.stakeholders;
        expect(city.salience).toEqual({ legitimacy: 4, urgency: 4, class: 'definitive' });
        expect(water.salience).toEqual({ legitimacy: 3, urgency: 4, class: 'borderline' });
        expect(residents.salience).toEqual({ legitimacy: null, urgency: null, class: null });
        expect(city.participation).toEqual({ reached: 'collaborate', needed: 'involve' });
        expect(water.participation).toEqual({ reached: 'collaborate', needed: 'consult' });
        expect(residents.participation).toEqual({ reached: 'involve', needed: 'inform' });
        expect(water.trajectory).toEqual([
            { date: '2026-03-31', label: 'Q1', level: 'resistant', power: 4, interest: 2 },
            { date: '2026-06-26', label: 'Q2', level: 'neutral', power: 5, interest: 2 },
        ]);
        expect(residents.trajectory).toEqual([]);
        expect(residents.engagement.gap).toBeNull();
    });

    test('top level: actions with ids, qualified names, status and overdue; review; consultation levels', async () => {
        const a = (await buildWorkspace(MODEL)).analysis();
        expect(a.actions[0]).toEqual({
            id: 'Talks',
            name: 'Concession review',
            with: ['Water', 'City.Planning'],
            owner: 'City',
            level: 'collaborate',
            toward: 'neutral',
            channel: 'Steering board',
            due: '2026-05-31',
            status: 'open',
            doneOn: null,
            reason: null,
            overdue: true,
            file: 'model.ssc',
            line: 12,
        });
        expect(a.actions.slice(1).map(x => [x.id, x.status, x.doneOn, x.reason, x.overdue, x.owner])).toEqual([
            ['Old', 'dropped', null, 'Merged into Walks', false, null],
            ['Done', 'done', '2026-01-20', null, false, 'City.Planning'],
        ]);
        expect(a.review).toEqual({
            everyMonths: 3,
            lastAssessment: '2026-06-26',
            nextDue: '2026-09-26',
            overdue: false,
            neverAssessed: ['Residents'],
        });
        expect(a.consultations.map(c => [c.id, c.level, c.levelDeclared])).toEqual([
            ['Hearing', 'consult', false],
            ['Walks', 'involve', true],
        ]);
    });
});
