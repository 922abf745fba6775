import type { LangiumDocuments, ValidationAcceptor } from 'langium';
import type { Assessment, Stakeholder } from '../generated/ast.js';
import { axisHalf, gridNumber, levelIndex } from '../model/grid.js';
import type { SscServices } from '../ssc-module.js';
import { assessmentEntry, elementAt, propertyRange, relatedAt } from './locate.js';
import { listWords, report } from './report.js';
import { Rule } from './rule-codes.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/** Step 3 checks on engagement levels (clause 4.2). */
export class EngagementChecks {
    private readonly facts: WorkspaceFacts;
    private readonly documents: LangiumDocuments;

    constructor(services: SscServices) {
        this.facts = services.ssc.WorkspaceFacts;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** `engagement/missing-level` */
    checkLevel(s: Stakeholder, accept: ValidationAcceptor): void {
        if (s.engagement) return;
        report(
            accept,
            Rule.MissingLevel,
            `${s.name} has no current engagement level. Clause 4.2 calls measuring each stakeholder's engagement (unaware, resistant, neutral, supportive or leading) important throughout the development process. Add 'engagement CURRENT -> DESIRED'.`,
            { node: s, property: 'name' },
        );
    }

    /** `engagement/regression`: the desired level is below the current one (sometimes intended). */
    checkRegression(s: Stakeholder, accept: ValidationAcceptor): void {
        const e = s.engagement;
        if (!e?.desired || levelIndex(e.desired) >= levelIndex(e.current)) return;
        report(
            accept,
            Rule.Regression,
            `The desired level '${e.desired}' of ${s.name} is below its current level '${e.current}'. By convention a plan keeps or raises a stakeholder's engagement; a lower target is sometimes intended (a stakeholder asked to step back), and clause 4.2 only asks for the levels to be measured and tracked. Confirm it is meant, or correct the desired or the current level.`,
            { node: e, property: 'desired' },
        );
    }

    /**
     * `engagement/powerful-resistant`: high power, `unaware` or `resistant`, and no plan recorded for
     * it: no strategy, or no desired level above the current one, or (once the workspace has actions)
     * no open action with it or one of its units.
     */
    checkPowerfulResistant(s: Stakeholder, accept: ValidationAcceptor): void {
        const power = gridNumber(s.power);
        const current = s.engagement?.current;
        if (power === null || axisHalf(power) !== 'high' || (current !== 'unaware' && current !== 'resistant')) return;
        const desired = s.engagement?.desired;
        const raises = desired !== undefined && levelIndex(desired) > levelIndex(current);
        const id = s.name;
        // Once the workspace plans with actions, the plan for this stakeholder includes an open one with it.
        const actions = this.facts.read(s, `open-action-with:${id}`, v => {
            if (v.snapshot.model.actions.length === 0) return 'none-in-workspace';
            return v.index.actionStatusesWith(id).has('open') ? 'open' : 'missing';
        });
        if (s.strategy && raises && actions !== 'missing') return;
        const missing = [
            s.strategy ? undefined : "a 'strategy'",
            raises ? undefined : `a desired level above '${current}' ('engagement ${current} -> neutral' or higher)`,
            actions === 'missing' ? `an open 'action' with ${id}` : undefined,
        ].filter((x): x is string => Boolean(x));
        report(
            accept,
            Rule.PowerfulResistant,
            `${s.name} has high power (${power}) and is '${current}', with no plan recorded to win it over. By convention a powerful party that ${current === 'unaware' ? 'does not know about' : 'pushes back against'} the programme is treated as a risk, as it can stall the programme (clause 4.2 maps power against engagement for this reason). Record the plan: add ${listWords(missing)}.`,
            { node: s.engagement!, property: 'current', relatedInformation: relatedAt(s.power!, `power of ${s.name}`, 'value') },
        );
    }

    /** `engagement/stale-level`: the declared current level disagrees with the latest assessment. */
    checkStaleLevel(s: Stakeholder, accept: ValidationAcceptor): void {
        const current = s.engagement?.current;
        if (!current || !s.name) return;
        const id = s.name;
        const assessed = this.facts.read(s, `assessed:${id}`, v => v.index.latestAssessment(id)?.level ?? null);
        if (!assessed || assessed === current) return;
        const latest = this.facts.read(s, `assessed-at:${id}`, v => v.index.latestAssessment(id) ?? null);
        if (!latest) return;
        const assessment = elementAt(this.documents, latest.file, latest.line, 'Assessment') as Assessment | undefined;
        const entry = assessment && assessmentEntry(assessment, id);
        const range = entry && propertyRange(entry, 'level');
        report(
            accept,
            Rule.StaleLevel,
            `${id} is declared '${current}', but the latest assessment ('${latest.label}', ${latest.date}) found it '${latest.level}'. Clause 4.2 asks for engagement to be measured throughout the process and the analysis kept up to date, so the current level should follow the newest measurement. Change the current level to '${latest.level}', or record a newer assessment.`,
            {
                node: s.engagement!,
                property: 'current',
                relatedInformation: range
                    ? [{ location: { uri: latest.file, range }, message: `assessed '${latest.level}' on ${latest.date}` }]
                    : [],
            },
        );
    }
}
