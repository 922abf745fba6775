import type { ValidationAcceptor } from 'langium';
import type { Stakeholder } from '../generated/ast.js';
import type { SscServices } from '../ssc-module.js';
import { axisHalf, gridNumber } from '../model/grid.js';
import { relatedAt } from './locate.js';
import { report } from './report.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/** Step 2 checks (clause 3.2): LFA category, attitude, technology role, and a place in the map. */
export class CategorizationChecks {
    private readonly facts: WorkspaceFacts;

    constructor(services: SscServices) {
        this.facts = services.ssc.WorkspaceFacts;
    }

    /** `categorization/missing-category` */
    checkCategory(s: Stakeholder, accept: ValidationAcceptor): void {
        if (s.categories.length > 0) return;
        report(
            accept,
            Rule.MissingCategory,
            `${s.name} has no LFA category. Clause 3.2 a sorts every stakeholder as active (can steer the programme), beneficiary (gains from it) or affected (feels its effects), and that decides how to involve it. Add a line such as 'category active'.`,
            { node: s, property: 'name' },
        );
    }

    /** `categorization/active-without-power`: category `active` with power below 3 (clause 3.2 a). */
    checkActivePower(s: Stakeholder, accept: ValidationAcceptor): void {
        const active = s.categories.find(c => c.kind === 'active');
        const power = gridNumber(s.power);
        if (!active || power === null || axisHalf(power) !== 'low') return;
        report(
            accept,
            Rule.ActiveWithoutPower,
            `${s.name} is categorized as active but has low power (${power}). Clause 3.2 a describes active stakeholders as those with the resources and the power to influence the initiative, and notes that at city level fewer actors qualify than in its general list. Raise the power if ${s.name} can steer the programme, or categorize it as beneficiary or affected.`,
            { node: active, relatedInformation: relatedAt(s.power!, `power of ${s.name}`, null) },
        );
    }

    /** `categorization/affected-without-attitude` on each bare `affected`. */
    checkAttitude(s: Stakeholder, accept: ValidationAcceptor): void {
        for (const category of s.categories) {
            if (category.kind !== 'affected' || category.attitude) continue;
            report(
                accept,
                Rule.AffectedWithoutAttitude,
                `${s.name} is marked 'affected' without saying whether it is a potential supporter or opponent. Clause 3.2 a notes that affected stakeholders can be further divided into potential supporters and potential opponents; recording which helps plan how to engage them. Write 'affected supporter' or 'affected opponent'.`,
                { node: category },
            );
        }
    }

    /** `categorization/missing-technology-role` */
    checkTechnologyRole(s: Stakeholder, accept: ValidationAcceptor): void {
        if (s.roles.length > 0) return;
        report(
            accept,
            Rule.MissingTechnologyRole,
            `${s.name} has no technology role. Clause 3.2 b tells apart those who supply the technology (enabler-of-technology), those who build it into their own work (driver-of-technology) and those who shape the policy and technical frame (enabler-of-ssc). Add a 'roles' line.`,
            { node: s, property: 'name' },
        );
    }

    /** `categorization/isolated`: no relation anywhere in the workspace names this stakeholder. */
    checkIsolated(s: Stakeholder, accept: ValidationAcceptor): void {
        if (!s.name) return;
        const id = s.name;
        const related = this.facts.read(s, `isolated:${id}`, v => (v.index.stakeholder(id)?.relationCount ?? 0) > 0);
        if (related) return;
        report(
            accept,
            Rule.Isolated,
            `${id} takes part in no relation, so it stands alone in the interaction map. By convention every stakeholder is linked to at least one other: clause 6 advises identifying the relationships among stakeholders and drawing a map of their relations and interactions (Figure 3 shows an example). Add a 'relation' between ${id} (or one of its units or ministries) and another stakeholder.`,
            { node: s, property: 'name' },
        );
    }
}
