/**
 * `.ssc` models that use every form of "The process over time": actions (with units, owners,
 * levels, statuses), consultation levels, legitimacy and urgency, and assessments with grid
 * positions. They go through the real parser, builder and analysis.
 */
import { HOSTILE_MODEL } from './hostile-model.js';
import { largeModel } from './large-model.js';
import type { Finding } from '../../language/model/views/findings.js';
import { prepareReport, type ReportData, type ViewOptions } from '../../language/model/views/report-data.js';
import { buildWorkspace } from './workspace.js';

/** A small programme with every process form and three assessments. */
export const PROCESS_MODEL = `programme Riverside "Riverside smart district" {
    city "Riverside"
    as-of 2026-06-30
    review every 3 months
}

stakeholder Council "Riverside borough council" : municipality {
    category active
    power high
    interest high
    legitimacy high
    urgency high
    engagement supportive -> leading
    strategy manage-closely
    unit Planning "Urban planning" : urban-planning
}

stakeholder WaterCo "Aguas del Río" : utility-provider {
    category affected opponent
    power 4
    interest low
    legitimacy medium
    urgency high
    engagement resistant -> supportive
}

stakeholder Neighbours "Riverside neighbours' association" : citizens {
    category beneficiary
    power low
    interest high
    legitimacy high
    urgency high
    engagement neutral -> supportive
    strategy keep-informed
}

stakeholder Uni "Riverside university" : academia {
    power 2
    interest 2
    legitimacy 4
    urgency 1
    engagement neutral
}

stakeholder Telco "Fibre operator" : ict-company {
    power 4
    interest 4
    legitimacy 2
    urgency 4
    engagement unaware -> neutral
}

grievance Desk "Citizen desk" established 2026-01-10

consultation Walks "Neighbourhood walks" {
    level involve
    date 2026-03-15
    participants Council.Planning, Neighbours
    information-shared 2026-02-20
    grievance Desk
    feedback "Report published 2026-04-02"
}

action WaterTalks "Quarterly concession review" {
    with WaterCo, Council.Planning
    owner Council
    level involve
    toward supportive
    channel "Steering board"
    due 2026-09-30
    status open
}

action Leaflet "Leaflet on the works calendar" {
    with Neighbours
    owner Council.Planning
    level inform
    due 2026-04-30
    status done 2026-04-28
}

action FibreBrief "Briefing for the fibre operator" {
    with Telco
    level consult
    due 2026-05-15
    status open
}

action Panel "Residents' panel on the river park" {
    with Neighbours
    owner Council
    level empower
    due 2026-11-30
    status dropped "Merged into the walks"
}

assessment "2025-Q4" on 2025-12-31 {
    Council neutral power 3 interest 4
    WaterCo resistant power 4 interest 2
    Neighbours unaware power 2 interest 3
}

assessment "2026-Q1" on 2026-03-31 {
    Council supportive power 4 interest 4
    WaterCo resistant power 4 interest 2
    Neighbours neutral power 2 interest 4
}

assessment "2026-Q2" on 2026-06-30 {
    Council supportive power 4 interest 4
    WaterCo neutral power 5 interest 2
    Neighbours neutral power 2 interest 4
    Uni neutral
}
`;

const IAP2 = ['inform', 'consult', 'involve', 'collaborate', 'empower'];
const LEVELS = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'];
const STATUSES = ['open', 'open', 'done 2026-05-01', 'open', 'dropped "Superseded"', 'open'];

/**
 * {@link largeModel} with a review cadence, legitimacy and urgency on every stakeholder, `actions`
 * actions spread over fifteen months around `as-of`, and four assessments with moving grid positions.
 */
export function largeProcessModel(count = 60, actions = 100): string {
    const base = largeModel(count)
        .replace('as-of 2026-06-30\n}', 'as-of 2026-06-30\n    review every 3 months\n}')
        .replace(/(stakeholder S(\d+) [^{]*\{\n)/g, (_, head: string, n: string) => {
            const i = Number(n);
            return `${head}    legitimacy ${[4, 2, 5, 4, 1, 4, 3][i % 7]}\n    urgency ${[4, 4, 2, 1, 5, 2][(i >> 1) % 6]}\n`;
        });
    const parts = [base];
    const start = Date.parse('2026-01-10T00:00:00Z');
    for (let k = 0; k < actions; k++) {
        const due = new Date(start + ((k * 37) % 460) * 86_400_000).toISOString().slice(0, 10);
        const topic = ['Workshop on', 'Site visit for', 'Quarterly review of', 'Co-design session for', 'Briefing note on'][k % 5];
        const withs = [`S${k % count}`, ...(k % 4 === 0 ? [`S${(k * 3 + 1) % count}`] : [])];
        parts.push(`action A${k} "${topic} topic ${k}" {
    with ${withs.join(', ')}
${k % 8 === 7 ? '' : `    owner S${(k * 5) % count}\n`}    level ${IAP2[k % 5]}
    toward ${LEVELS[3 + (k % 2)]}
${k % 23 === 22 ? '' : `    due ${due}\n`}    status ${STATUSES[k % STATUSES.length]}
}
`);
    }
    const dates = ['2025-09-30', '2025-12-31', '2026-03-31', '2026-06-30'];
    dates.forEach((date, a) => {
        const entries: string[] = [];
        for (let i = 0; i < count; i++) {
            if (i % 7 === 3 || (a < 2 && i % 3 !== 0)) continue;
            const drift = 3 - a;
            const power = Math.min(5, Math.max(1, [4, 4, 2, 3, 5, 1][i % 6] - (i % 3 === 1 ? drift : 0)));
            const interest = Math.min(5, Math.max(1, [4, 4, 4, 2, 3, 5][(i >> 1) % 6] + (i % 4 === 0 ? -drift : 0)));
            entries.push(
                `    S${i} ${LEVELS[Math.min(4, Math.max(0, ((i % 5) - (drift * (i % 2 ? 1 : -1)) / 3) | 0))]} power ${power} interest ${interest}`,
            );
        }
        parts.push(`assessment "Q${a + 1}" on ${date} {\n${entries.join('\n')}\n}\n`);
    });
    return parts.join('\n');
}

/** The hostile model with actions and positioned assessments whose texts carry payloads. */
export const HOSTILE_PROCESS_MODEL =
    HOSTILE_MODEL +
    String.raw`
action Bad "<script>window.__pwned=9</script>" {
    with Evil
    owner Quote
    level involve
    channel "=HYPERLINK(\"http://evil.example\",\"x\")"
    due 2026-05-01
}

action Worse "\"><img src=x onerror=window.__pwned=12>" {
    with Quote, Other
    level empower
    channel "@SUM(A1)"
    due 2026-09-01
    status done 2026-06-01
}

action Undated "[click](javascript:alert(1)) | broken |" {
    with Evil
    owner Evil
    level inform
    status dropped "<img src=x onerror=window.__pwned=13>"
}

assessment "<img src=x onerror=window.__pwned=10>" on 2026-01-31 {
    Evil resistant power 2 interest 4
    Quote neutral power 2 interest 4
}

assessment "\"><svg onload=window.__pwned=11>" on 2026-05-31 {
    Evil leading power 4 interest 4
    Quote neutral power 2 interest 5
}
`;

/** The report of a one-file model through the real pipeline, with the rules' findings. */
export async function modelReport(text: string, options: ViewOptions = {}): Promise<ReportData> {
    const ws = await buildWorkspace(text);
    const severity = ['error', 'error', 'warning', 'info', 'hint'] as const;
    const findings: Finding[] = ws.diagnostics('model.ssc').map(d => ({
        code: String(d.code ?? 'syntax'),
        message: d.message,
        severity: severity[d.severity ?? 1],
        file: 'model.ssc',
        line: d.range.start.line + 1,
    }));
    return prepareReport(ws.analysis(), findings, undefined, options);
}
