import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';
import { body, expectNoRule, expectRule, lineOf } from './rule-expectations.js';

const PEOPLE = `programme P { as-of 2026-06-30 review every 6 months }
stakeholder Council : municipality ${body()}
stakeholder Residents : citizens ${body({ sector: 'civil' })}
stakeholder Ministry : government ${body({ scale: 'supralocal' })}
stakeholder Telco : ict-company ${body({ scale: 'local-and-supralocal', sector: 'private' })}
grievance Ombudsman established 2026-01-10
grievance LateDesk established 2026-04-01
`;

/** A consultation with sensible defaults; `lines` replace them by keyword. */
function consultation(lines: Record<string, string> = {}): string {
    const all: Record<string, string> = {
        date: 'date 2026-03-15',
        participants: 'participants Council, Residents, Ministry',
        'information-shared': 'information-shared 2026-02-20',
        grievance: 'grievance Ombudsman',
        feedback: 'feedback "Report published"',
        ...lines,
    };
    return `consultation Hearing {\n${Object.values(all)
        .filter(Boolean)
        .map(l => '    ' + l)
        .join('\n')}\n}`;
}

async function check(lines: Record<string, string> = {}) {
    return buildWorkspace({ 'people.ssc': PEOPLE, 'hearing.ssc': consultation(lines) });
}

test('a well-run consultation has no consultation finding', async () => {
    const ws = await check();
    for (const code of [
        Rule.ConsultationExclusive,
        Rule.ConsultationNarrowScale,
        Rule.ConsultationLateInformation,
        Rule.ConsultationNoGrievance,
        Rule.ConsultationNoFeedback,
    ]) {
        expectNoRule(ws, code);
    }
});

describe('consultation/exclusive', () => {
    test('no citizens or NGO among the participants is flagged on the participant list', async () => {
        const ws = await check({ participants: 'participants Council, Ministry' });
        const [d] = expectRule(ws, 'hearing.ssc', Rule.ConsultationExclusive);
        expect(d.text).toBe('Council');
        expect(d.range.start.line).toBe(2);
    });
});

describe('consultation/narrow-scale (the consultation process as a whole)', () => {
    test('only local participants across every consultation: one finding, on the programme', async () => {
        const ws = await buildWorkspace({
            'people.ssc': PEOPLE,
            'hearing.ssc': consultation({ participants: 'participants Council, Residents' }),
            'walk.ssc': consultation({ participants: 'participants Residents' }).replace('Hearing', 'Walk'),
        });
        const [d] = expectRule(ws, 'people.ssc', Rule.ConsultationNarrowScale);
        expect(d.text).toBe('P');
        expect(d.message).toMatch(/^The consultation process reaches only local stakeholders\./);
        expect(d.message).toContain('all 2 consultations together have no supralocal participant');
        expect(d.message).toContain('Invite a supralocal (regional or national) stakeholder');
        expect(ws.withCode(Rule.ConsultationNarrowScale)).toHaveLength(1);
    });
    test('a single local meeting is fine when another consultation reaches the supralocal level', async () => {
        const ws = await buildWorkspace({
            'people.ssc': PEOPLE,
            'hearing.ssc': consultation({ participants: 'participants Council, Residents' }),
            'walk.ssc': consultation({ participants: 'participants Residents, Ministry' }).replace('Hearing', 'Walk'),
        });
        expectNoRule(ws, Rule.ConsultationNarrowScale);
    });
    test('without a programme the finding sits on the first consultation of the workspace, once', async () => {
        const people = PEOPLE.replace(/^programme.*\n/, '');
        const ws = await buildWorkspace({
            'a-people.ssc': people,
            'b-hearing.ssc': consultation({ participants: 'participants Ministry' }),
            'c-walk.ssc': consultation({ participants: 'participants Ministry' }).replace('Hearing', 'Walk'),
        });
        const [d] = expectRule(ws, 'b-hearing.ssc', Rule.ConsultationNarrowScale);
        expect(d.text).toBe('Hearing');
        expect(d.message).toContain('only supralocal');
        expect(ws.withCode(Rule.ConsultationNarrowScale)).toHaveLength(1);
    });
    test('no consultations, no finding', async () => {
        expectNoRule(await buildWorkspace({ 'people.ssc': PEOPLE }), Rule.ConsultationNarrowScale);
    });
    test('local-and-supralocal counts as both', async () => {
        const ws = await check({ participants: 'participants Residents, Telco' });
        expectNoRule(ws, Rule.ConsultationNarrowScale);
    });
});

describe('consultation/late-information', () => {
    test('no information date is flagged on the consultation name', async () => {
        const ws = await check({ 'information-shared': '' });
        const [d] = expectRule(ws, 'hearing.ssc', Rule.ConsultationLateInformation);
        expect(d.text).toBe('Hearing');
    });
    test('information shared on the day itself is too late, with the date as related information', async () => {
        const ws = await check({ 'information-shared': 'information-shared 2026-03-15' });
        const [d] = expectRule(ws, 'hearing.ssc', Rule.ConsultationLateInformation);
        expect(d.text).toBe('2026-03-15');
        expect(d.range.start.line).toBe(3);
        expect(d.relatedInformation?.[0].location.range.start.line).toBe(1);
    });
});

describe('consultation/no-grievance', () => {
    test('no grievance mechanism is an error on the name', async () => {
        const ws = await check({ grievance: '' });
        expect(expectRule(ws, 'hearing.ssc', Rule.ConsultationNoGrievance)[0].text).toBe('Hearing');
    });
    test('a mechanism established after the consultation is flagged, pointing at its establishment date', async () => {
        const ws = await check({ grievance: 'grievance LateDesk' });
        const [d] = expectRule(ws, 'hearing.ssc', Rule.ConsultationNoGrievance);
        expect(d.text).toBe('LateDesk');
        expect(d.relatedInformation?.[0].location).toMatchObject({
            uri: 'file:///work/people.ssc',
            range: { start: { line: lineOf(PEOPLE, 'established 2026-04-01') } },
        });
    });
    test('one mechanism in time is enough', async () => {
        expectNoRule(await check({ grievance: 'grievance LateDesk, Ombudsman' }), Rule.ConsultationNoGrievance);
    });
    test('a mechanism with no established date is flagged: nothing shows it existed before', async () => {
        const ws = await buildWorkspace({
            'people.ssc': PEOPLE + 'grievance Undated\n',
            'hearing.ssc': consultation({ grievance: 'grievance Undated' }),
        });
        const [d] = expectRule(ws, 'hearing.ssc', Rule.ConsultationNoGrievance);
        expect(d.text).toBe('Undated');
        expect(d.message).toContain("Undated has no 'established' date");
    });
    test('a mechanism established on the day of the consultation is too late: it must exist strictly before', async () => {
        const ws = await buildWorkspace({
            'people.ssc': PEOPLE + 'grievance SameDay established 2026-03-15\n',
            'hearing.ssc': consultation({ grievance: 'grievance SameDay' }),
        });
        const [d] = expectRule(ws, 'hearing.ssc', Rule.ConsultationNoGrievance);
        expect(d.message).toMatch(/^No grievance mechanism of consultation Hearing was in place before it took place on 2026-03-15\./);
        expect(d.message).toContain('SameDay was established on the same day');
    });
    test('a mechanism established the day before is in time', async () => {
        const ws = await buildWorkspace({
            'people.ssc': PEOPLE + 'grievance DayBefore established 2026-03-14\n',
            'hearing.ssc': consultation({ grievance: 'grievance DayBefore' }),
        });
        expectNoRule(ws, Rule.ConsultationNoGrievance);
    });
});

describe('consultation/no-feedback', () => {
    test('a past consultation (before as-of) without feedback is flagged on its date', async () => {
        const ws = await check({ feedback: '' });
        const [d] = expectRule(ws, 'hearing.ssc', Rule.ConsultationNoFeedback);
        expect(d.text).toBe('2026-03-15');
        expect(d.message).toContain('2026-06-30');
        expect(d.relatedInformation?.[0].location.uri).toBe('file:///work/people.ssc');
    });
    test('a consultation after as-of needs no feedback yet (the clock is never read)', async () => {
        const ws = await check({ feedback: '', date: 'date 2026-09-20', 'information-shared': 'information-shared 2026-08-30' });
        expectNoRule(ws, Rule.ConsultationNoFeedback);
    });
});
