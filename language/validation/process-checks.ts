import type { ValidationAcceptor } from 'langium';
import type { Programme, Stakeholder } from '../generated/ast.js';
import { addMonths, compareDates, todayIso } from '../model/dates.js';
import type { SscServices } from '../ssc-module.js';
import { report } from './report.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/**
 * The review cadence of clause 4.2 (RULES.md `process/*`): a review that is overdue against the
 * assessments of the whole workspace, and stakeholders that no assessment names.
 */
export class ProcessChecks {
    private readonly facts: WorkspaceFacts;

    constructor(services: SscServices) {
        this.facts = services.ssc.WorkspaceFacts;
    }

    /** `process/review-overdue`, on the programme's `review` line. */
    checkReviewOverdue(programme: Programme, accept: ValidationAcceptor): void {
        const months = programme.review?.months;
        if (!programme.review || typeof months !== 'number' || months < 1) return;
        const last = this.facts.read(programme, 'last-assessment', v => v.snapshot.analysis.review.lastAssessment);
        const asOf = programme.asOf ?? todayIso();
        const cadence = `every ${months} month${months === 1 ? '' : 's'}`;
        if (last === null) {
            report(
                accept,
                Rule.ReviewOverdue,
                `The review ${cadence} has never taken place: no assessment is recorded. Clause 4.2 asks for the stakeholder analysis and each stakeholder's engagement to be reviewed and updated continuously, not drawn up once. Record an 'assessment "LABEL" on DATE { … }' with each stakeholder's current level.`,
                { node: programme.review, property: 'months' },
            );
            return;
        }
        const next = addMonths(last, months);
        if (next === null || compareDates(asOf, next) <= 0) return;
        report(
            accept,
            Rule.ReviewOverdue,
            `The review is overdue: the next was due by ${next}, ${cadence} after the latest assessment (${last}). The programme's as-of date is ${asOf}. Clause 4.2 asks for the stakeholder analysis and each stakeholder's engagement to be reviewed and updated continuously. Record a new 'assessment' of where each stakeholder stands, or change the cadence.`,
            { node: programme.review, property: 'months' },
        );
    }

    /** `process/never-assessed`: with a cadence, a stakeholder that no assessment names. */
    checkNeverAssessed(s: Stakeholder, accept: ValidationAcceptor): void {
        if (!s.name) return;
        const id = s.name;
        const months = this.facts.read(s, 'cadence', v => v.snapshot.analysis.programme.reviewMonths);
        if (months === null || months < 1) return;
        if (this.facts.read(s, `named:${id}`, v => v.index.assessed(id))) return;
        report(
            accept,
            Rule.NeverAssessed,
            `${id} is named by no assessment, so its engagement level has never been measured. Clause 4.2 asks for each stakeholder's engagement to be monitored over time, and the programme reviews every ${months} month${months === 1 ? '' : 's'}. Add '${id} LEVEL' to the next assessment.`,
            { node: s, property: 'name' },
        );
    }
}
