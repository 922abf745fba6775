import { GrammarUtils, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Stakeholder } from '../generated/ast.js';
import { acceptedStrategies, axisHalf, gridNumber, quadrantOf, suggestedStrategy } from '../model/grid.js';
import { missingProfileFields, profileRepairFields, type ProfileField } from '../model/profile.js';
import { listWords, quoteList, report } from './report.js';
import { Rule } from './rule-codes.js';

/** Data of an `incomplete-profile` diagnostic, read by its quick fix. */
export interface IncompleteProfileData {
    readonly missing: ProfileField[];
    /** The fields to insert so that the profile becomes complete. */
    readonly insert: ProfileField[];
    /** The stakeholder's standard group, for typical scale and sector values. */
    readonly group: string | null;
}

/** Data of a strategy diagnostic, read by its quick fixes. */
export interface StrategyData {
    /** The strategy to write. */
    readonly strategy: string;
    /** For a mismatch: the range of the strategy keyword to replace. */
    readonly replace?: Range;
}

function placement(power: number, interest: number): string {
    const half = (v: number) => axisHalf(v) === 'line' ? 'on the line' : axisHalf(v);
    return `power ${power} (${half(power)}) and interest ${interest} (${half(interest)})`;
}

/** Step 3 checks (clause 4.1, 4.2, Appendix I): profile, grid placement and strategy. */
export class AnalysisChecks {
    /** `analysis/incomplete-profile`: one diagnostic listing every missing dimension. */
    checkProfile(s: Stakeholder, accept: ValidationAcceptor): void {
        const input = { scale: s.scale ?? null, sector: s.sector ?? null, profile: { aims: s.aims, challenges: s.challenges, potential: s.potential, constraints: s.constraints, contributions: s.contributions } };
        const missing = missingProfileFields(input);
        if (missing.length === 0) return;
        const data: IncompleteProfileData = { missing, insert: profileRepairFields(input), group: s.group?.$refText ?? null };
        // Dimensions written as empty texts (left by a snippet or the quick fix) are named as such.
        const empty = missing.filter(f => f !== 'scale' && f !== 'sector' && s[f].length > 0);
        const emptyNote = empty.length === 0 ? '' : ` (${listWords(empty)} ${empty.length === 1 ? 'is an empty text' : 'are empty texts'} still to fill in)`;
        report(accept, Rule.IncompleteProfile,
            `The profile of ${s.name} lacks ${listWords(missing)}${emptyNote}. Clause 4.1 a and the summary table of Appendix I describe every stakeholder by scale and sector, aims and challenges, potential and constraints, and contributions, so the matrix can show what each one wants, brings and is held back by. Fill in the missing ${missing.length === 1 ? 'entry' : 'entries'}.`,
            { node: s, property: 'name', data });
    }

    /** `analysis/unplaced`: power or interest missing. */
    checkPlaced(s: Stakeholder, accept: ValidationAcceptor): void {
        const absent = [s.power ? undefined : 'power', s.interest ? undefined : 'interest'].filter((x): x is string => Boolean(x));
        if (absent.length === 0) return;
        report(accept, Rule.Unplaced,
            `${s.name} cannot be placed on the power/interest grid: it has no ${listWords(absent)} (clause 4.2, Figure 4), so no engagement strategy can be derived for it. Add ${quoteList(absent)} with low, medium, high or a number from 1 to 5.`,
            { node: s, property: 'name' });
    }

    /** `analysis/strategy-mismatch` and `analysis/missing-strategy`. */
    checkStrategy(s: Stakeholder, accept: ValidationAcceptor): void {
        const power = gridNumber(s.power), interest = gridNumber(s.interest);
        const accepted = acceptedStrategies(power, interest);
        const suggested = suggestedStrategy(power, interest);
        if (power === null || interest === null || !suggested || accepted.length === 0) return;
        const quadrant = quadrantOf(power, interest);
        if (!s.strategy) {
            const where = quadrant === 'borderline' ? `on a line of the power/interest grid (${placement(power, interest)}), where ${quoteList(accepted, 'or')} fit` : `in the '${quadrant}' quadrant of the power/interest grid`;
            const data: StrategyData = { strategy: suggested };
            report(accept, Rule.MissingStrategy,
                `${s.name} sits ${where} but has no engagement strategy (clause 4.2, Figure 4). Add 'strategy ${suggested}'.`,
                { node: s, property: 'name', data });
            return;
        }
        if (accepted.includes(s.strategy.kind as never)) return;
        const keyword = s.strategy.$cstNode && GrammarUtils.findNodeForProperty(s.strategy.$cstNode, 'kind');
        const data: StrategyData = { strategy: suggested, replace: keyword?.range };
        report(accept, Rule.StrategyMismatch,
            `Strategy '${s.strategy.kind}' does not fit where ${s.name} sits on the power/interest grid: ${placement(power, interest)} calls for ${quoteList(accepted, 'or')} (clause 4.2, Figure 4). Change the strategy to '${suggested}', or revisit the power and interest values.`,
            { node: s.strategy, data });
    }
}
