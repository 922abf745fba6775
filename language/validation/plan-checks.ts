import type { ValidationAcceptor } from 'langium';
import type { Action, Consultation, Stakeholder } from '../generated/ast.js';
import { compareDates, isCalendarDate } from '../model/dates.js';
import { axisHalf, gridNumber, levelIndex } from '../model/grid.js';
import { IAP2_LEVELS, iap2Index, participationNeed, type Iap2Level } from '../model/iap2.js';
import { actionStatus, ownerStakeholder } from '../model/plan.js';
import type { SscServices } from '../ssc-module.js';
import { quoteList, report } from './report.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/** Data of a `plan/gap-without-action` diagnostic, read by its quick fix (the action skeleton). */
export interface GapWithoutActionData {
    readonly stakeholder: string;
    /** The desired engagement level: the skeleton's `toward`. */
    readonly toward: string;
    /** The least IAP2 level the strategy needs (`inform` when it needs none): the skeleton's `level`. */
    readonly level: Iap2Level;
}

/** Data of a `plan/action-without-owner` diagnostic: the owners its quick fix offers (ids, qualified for units). */
export interface ActionWithoutOwnerData {
    readonly candidates: ReadonlyArray<{ readonly id: string; readonly name: string | null }>;
}

/** How many owners the quick fix of `plan/action-without-owner` offers at most. */
const OWNER_CHOICES = 6;

/**
 * Checks of the engagement plan (LANGUAGE.md "The process over time"; RULES.md `plan/*`): actions
 * with no owner or past due, gaps with no action, participation below what the strategy needs, and
 * `empower` with nobody able to hand over the decision. All are conventions built on clause 4.2's
 * call for engagement that is planned, monitored and real; whatever they read from other files goes
 * through workspace facts, so they update in every open file.
 */
export class PlanChecks {
    private readonly facts: WorkspaceFacts;

    constructor(services: SscServices) {
        this.facts = services.ssc.WorkspaceFacts;
    }

    /** `plan/action-without-owner` */
    checkOwner(action: Action, accept: ValidationAcceptor): void {
        if (action.owner || !action.name) return;
        const parties = action.with.map(r => r.$refText).filter(Boolean);
        const candidates = this.facts.read(action, 'owner-candidates', v => {
            const usual = v.index.ownerCandidates.slice(0, OWNER_CHOICES);
            // Without a municipality, the parties the action works with are the next best guess.
            return usual.length > 0 ? usual : parties.slice(0, OWNER_CHOICES).map(id => ({ id, name: null }));
        });
        const data: ActionWithoutOwnerData = { candidates };
        report(
            accept,
            Rule.ActionWithoutOwner,
            `Action ${action.name} has no owner. By convention every action names who is responsible for carrying it out, so that the plan can be followed up at each review (clause 4.2 asks for engagement to be monitored continuously). Add 'owner' with a stakeholder, unit or ministry.`,
            { node: action, property: 'name', data },
        );
    }

    /** `plan/overdue-action`: open and due before `as-of`. */
    checkOverdue(action: Action, accept: ValidationAcceptor): void {
        const due = action.due;
        if (!due || !isCalendarDate(due) || !action.name || actionStatus({ status: action.status?.state ?? null }) !== 'open') return;
        const asOf = this.facts.read(action, 'as-of', v => v.snapshot.analysis.programme.asOf);
        if (compareDates(due, asOf) >= 0) return;
        report(
            accept,
            Rule.OverdueAction,
            `Action ${action.name} was due on ${due} and is still open on ${asOf}. By convention an open action past its due date is overdue; clause 4.2 asks for engagement to be monitored and the plan kept up to date. Mark it 'status done ${asOf}' or 'status dropped "reason"', or set a new 'due' date.`,
            { node: action, property: 'due' },
        );
    }

    /** `plan/empower-without-decision` on an action. */
    checkActionEmpower(action: Action, accept: ValidationAcceptor): void {
        this.checkEmpower(
            action,
            'Action',
            action.with.map(r => r.$refText),
            'with',
            accept,
        );
    }

    /** `plan/empower-without-decision` on a consultation. */
    checkConsultationEmpower(consultation: Consultation, accept: ValidationAcceptor): void {
        this.checkEmpower(
            consultation,
            'Consultation',
            consultation.participants.map(r => r.$refText),
            'participants',
            accept,
        );
    }

    private checkEmpower(node: Action | Consultation, what: string, parties: string[], list: string, accept: ValidationAcceptor): void {
        if (node.level !== 'empower' || !node.name) return;
        const ids = [...new Set(parties.filter(Boolean).map(ownerStakeholder))];
        const decider = this.facts.read(node, 'empower', v =>
            ids.some(id => {
                const power = v.index.stakeholder(id)?.power ?? null;
                return power !== null && axisHalf(power) === 'high';
            }),
        );
        if (decider) return;
        report(
            accept,
            Rule.EmpowerWithoutDecision,
            `${what} ${node.name} is at level 'empower', but no participant has the high power to hand over the decision. By convention (IAP2 spectrum) 'empower' places the final decision with the participants, which only works when someone able to make that decision takes part; clause 4.2 asks for participation that really shapes the outcome. Add a high-power stakeholder (or one of its units) to '${list}', or lower the level to 'collaborate'.`,
            { node, property: 'level' },
        );
    }

    /** `plan/gap-without-action`: a desired level above the current one, and no open or done action `with` it. */
    checkGap(s: Stakeholder, accept: ValidationAcceptor): void {
        const e = s.engagement;
        if (!e?.desired || !s.name || levelIndex(e.desired) <= levelIndex(e.current)) return;
        const id = s.name;
        const planned = this.facts.read(s, `planned:${id}`, v => {
            const statuses = v.index.actionStatusesWith(id);
            return statuses.has('open') || statuses.has('done');
        });
        if (planned) return;
        const need = participationNeed(s.strategy?.kind ?? null, gridNumber(s.power), gridNumber(s.interest)).needed;
        const data: GapWithoutActionData = { stakeholder: id, toward: e.desired, level: need ?? IAP2_LEVELS[0] };
        report(
            accept,
            Rule.GapWithoutAction,
            `${id} should move from '${e.current}' to '${e.desired}', but no open or done action works with it. By convention a gap between the current and the desired level is closed through planned actions; clause 4.2 asks for engagement to be planned and monitored, not only measured. Add an 'action' with '${id}' in 'with' and 'toward ${e.desired}'.`,
            { node: e, property: 'desired', data },
        );
    }

    /** `plan/participation-below-strategy`: the IAP2 level reached is below the one the strategy needs. */
    checkParticipation(s: Stakeholder, accept: ValidationAcceptor): void {
        if (!s.name) return;
        const id = s.name;
        const need = participationNeed(s.strategy?.kind ?? null, gridNumber(s.power), gridNumber(s.interest));
        if (need.needed === null) return;
        const reached = this.facts.read(s, `reached:${id}`, v => v.index.stakeholder(id)?.participation.reached ?? null);
        if (reached !== null && iap2Index(reached) >= iap2Index(need.needed)) return;
        const basis =
            need.source === 'declared'
                ? `strategy '${need.strategies[0]}'`
                : need.source === 'quadrant'
                  ? `quadrant's strategy '${need.strategies[0]}'`
                  : 'grid line';
        const first =
            reached === null
                ? `${id} takes part in no consultation or action, though its ${basis} needs '${need.needed}'.`
                : `${id} has reached '${reached}' participation, below the '${need.needed}' its ${basis} needs.`;
        const line =
            need.source === 'line'
                ? ` On a grid line the lowest need among the strategies that meet there (${quoteList(need.strategies)}) applies.`
                : '';
        const message = `${first}${line} By convention (IAP2 spectrum) a stakeholder handled this way is engaged at least at that level; clause 4.2 asks for real participation, not information alone. List ${id} (or one of its units) in a consultation at 'level ${need.needed}' or higher, or add an action 'with' it at that level.`;
        if (s.strategy) report(accept, Rule.ParticipationBelowStrategy, message, { node: s.strategy, property: 'kind' });
        else report(accept, Rule.ParticipationBelowStrategy, message, { node: s, property: 'name' });
    }
}
