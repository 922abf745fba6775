/**
 * Process data (actions, review, salience, participation, trajectories) laid over an analysis, in
 * the JSON shapes of LANGUAGE.md, so the process views are tested at any size and with hostile
 * text independently of how the language side computes them.
 */
import type { Analysis } from '../../language/model/analysis.js';
import type { ActionInfo, ReviewInfo, TrajectoryEntry } from '../../language/model/views/process-input.js';
import { prepareReport, type ReportData } from '../../language/model/views/report-data.js';
import type { Finding } from '../../language/model/views/findings.js';

const IAP2 = ['inform', 'consult', 'involve', 'collaborate', 'empower'];
const LEVELS = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'];
const NEED: Record<string, string | null> = { 'manage-closely': 'involve', 'keep-satisfied': 'consult', 'keep-informed': 'inform', monitor: null };

/** The salience class of LANGUAGE.md for three values (null without legitimacy or urgency). */
export function salienceClassOf(power: number | null, legitimacy: number | null, urgency: number | null): string | null {
    if (legitimacy === null || urgency === null || power === null) return null;
    if ([power, legitimacy, urgency].includes(3)) return 'borderline';
    const key = `${power > 3 ? 'P' : ''}${legitimacy > 3 ? 'L' : ''}${urgency > 3 ? 'U' : ''}`;
    return ({ PLU: 'definitive', PL: 'dominant', PU: 'dangerous', LU: 'dependent', P: 'dormant', L: 'discretionary', U: 'demanding', '': 'non-stakeholder' } as Record<string, string>)[key];
}

/** What to lay over an analysis. */
export interface ProcessOverlay {
    actions: ActionInfo[];
    review: ReviewInfo;
    stakeholders: Record<string, { legitimacy: number | null; urgency: number | null; reached: string | null; trajectory: TrajectoryEntry[] }>;
}

/** The analysis with the overlay's process fields, as the analysis JSON would carry them. */
export function withProcess(analysis: Analysis, overlay: ProcessOverlay): Analysis {
    return {
        ...analysis,
        stakeholders: analysis.stakeholders.map(s => {
            const o = overlay.stakeholders[s.id];
            if (!o) return s;
            const strategy = s.strategy ?? s.suggestedStrategy;
            return {
                ...s,
                salience: { legitimacy: o.legitimacy, urgency: o.urgency, class: salienceClassOf(s.power, o.legitimacy, o.urgency) },
                participation: { reached: o.reached, needed: strategy ? NEED[strategy] ?? null : null },
                trajectory: o.trajectory,
            };
        }),
        actions: overlay.actions,
        review: overlay.review,
    } as Analysis;
}

/** `date` plus `months` calendar months, the day clamped to the month's end (LANGUAGE.md). */
export function addMonths(date: string, months: number): string {
    const [y, m, d] = date.split('-').map(Number);
    const target = new Date(Date.UTC(y, m - 1 + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

function action(partial: Partial<ActionInfo> & { id: string }, asOf: string): ActionInfo {
    const a: ActionInfo = {
        name: null, with: [], owner: null, level: null, toward: null, channel: null, due: null, status: 'open', doneOn: null, overdue: false,
        file: 'plan.ssc', line: 1, ...partial,
    };
    return { ...a, overdue: a.status === 'open' && a.due !== null && a.due < asOf };
}

/**
 * A deterministic overlay for `analysis`: `actionCount` actions spread over 15 months around
 * `as-of`, four assessments with moving grid positions, every salience class, some never assessed.
 */
export function syntheticOverlay(analysis: Analysis, actionCount: number): ProcessOverlay {
    const ids = analysis.stakeholders.map(s => s.id);
    const asOf = analysis.programme.asOf;
    const dates = ['2025-09-30', '2025-12-31', '2026-03-31', '2026-06-30'].filter(d => d <= asOf);
    const stakeholders: ProcessOverlay['stakeholders'] = {};
    analysis.stakeholders.forEach((s, i) => {
        const p = s.power ?? 3, n = s.interest ?? 3;
        const trajectory: TrajectoryEntry[] = i % 7 === 3 ? [] : dates.slice(i % 3 === 0 ? 0 : 2).map((date, k, all) => ({
            date, label: `Q${k + 1}`, level: LEVELS[Math.min(4, Math.max(0, (i % 5) - (all.length - 1 - k) * (i % 2 ? 1 : -1)))],
            power: k === all.length - 1 ? p : Math.min(5, Math.max(1, p - (all.length - 1 - k) * (i % 3 === 1 ? 1 : 0))),
            interest: k === all.length - 1 ? n : Math.min(5, Math.max(1, n + (all.length - 1 - k) * (i % 4 === 0 ? -1 : 0))),
        }));
        stakeholders[s.id] = {
            legitimacy: i % 11 === 5 ? null : [4, 2, 5, 4, 1, 4, 3][i % 7], urgency: i % 13 === 6 ? null : [4, 4, 2, 1, 5, 2][(i >> 1) % 6],
            reached: i % 4 === 0 ? null : IAP2[i % 5], trajectory,
        };
    });
    const actions: ActionInfo[] = [];
    const statuses: Array<ActionInfo['status']> = ['open', 'open', 'done', 'open', 'dropped', 'open'];
    const start = Date.parse('2026-01-10T00:00:00Z');
    for (let k = 0; k < actionCount; k++) {
        const due = new Date(start + ((k * 37) % 460) * 86_400_000).toISOString().slice(0, 10);
        const status = statuses[k % statuses.length];
        actions.push(action({
            id: `A${k}`, name: ['Workshop on', 'Site visit with', 'Quarterly review of', 'Co-design session for', 'Briefing note to'][k % 5] + ` topic ${k}`,
            with: k % 9 === 4 ? [] : [ids[k % ids.length], ...(k % 4 === 0 ? [ids[(k * 3 + 1) % ids.length]] : [])],
            owner: k % 8 === 7 ? null : ids[(k * 5) % ids.length], level: IAP2[k % 5], toward: LEVELS[3 + (k % 2)], channel: 'Steering board',
            due: k % 23 === 22 ? null : due, status, doneOn: status === 'done' ? due : null, line: 10 + k,
        }, asOf));
    }
    const neverAssessed = analysis.stakeholders.filter((_, i) => i % 7 === 3).map(s => s.id);
    const last = dates.at(-1) ?? null;
    const nextDue = last ? addMonths(last, 3) : null;
    return {
        actions, stakeholders,
        review: { everyMonths: 3, lastAssessment: last, nextDue, overdue: nextDue === null || asOf > nextDue, neverAssessed },
    };
}

/** The report of an analysis with an overlay. */
export async function processReport(analysis: Analysis, overlay: ProcessOverlay, findings: Finding[] = []): Promise<ReportData> {
    return prepareReport(withProcess(analysis, overlay), findings);
}

/** Hostile text in every process string: action names, channels and assessment labels. */
export function hostileOverlay(analysis: Analysis): ProcessOverlay {
    const asOf = analysis.programme.asOf;
    const traj = (level: string, power: number): TrajectoryEntry[] => [
        { date: '2026-01-31', label: '<img src=x onerror=window.__pwned=10>', level: 'resistant', power: 2, interest: 4 },
        { date: '2026-03-31', label: '"><svg onload=window.__pwned=11>', level, power, interest: 4 },
    ];
    return {
        actions: [
            action({ id: 'Bad', name: '<script>window.__pwned=9</script>', with: ['Evil'], owner: 'Quote', level: 'involve', channel: '=HYPERLINK("http://evil.example","x")', due: '2026-05-01' }, asOf),
            action({ id: 'Worse', name: '"><img src=x onerror=window.__pwned=12>', with: ['Quote', 'Other'], owner: null, level: 'empower', channel: '@SUM(A1)', due: '2026-09-01', status: 'done', doneOn: '2026-06-01' }, asOf),
            action({ id: 'Undated', name: '[click](javascript:alert(1)) | broken |', with: ['Evil'], owner: 'Evil', level: 'inform', due: null, status: 'dropped' }, asOf),
        ],
        review: { everyMonths: 1, lastAssessment: '2026-03-31', nextDue: '2026-04-30', overdue: true, neverAssessed: ['Other'] },
        stakeholders: {
            Evil: { legitimacy: 4, urgency: 4, reached: null, trajectory: traj('leading', 4) },
            Quote: { legitimacy: 5, urgency: 2, reached: 'inform', trajectory: traj('neutral', 2) },
            Other: { legitimacy: 3, urgency: 4, reached: 'empower', trajectory: [] },
        },
    };
}
