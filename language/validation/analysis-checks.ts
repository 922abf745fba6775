import { GrammarUtils, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Stakeholder } from '../generated/ast.js';
import { acceptedStrategies, axisHalf, gridNumber, quadrantOf } from '../model/grid.js';
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
    /** The candidate strategies, one quick fix each: the quadrant's, or on a line every neighbouring quadrant's. */
    readonly strategies: string[];
    /** For a mismatch: the range of the strategy keyword to replace. */
    readonly replace?: Range;
}

function placement(power: number, interest: number): string {
    const half = (v: number) => (axisHalf(v) === 'line' ? 'on the line' : axisHalf(v));
    return `power ${power} (${half(power)}) and interest ${interest} (${half(interest)})`;
}

/** Step 3 checks (clause 4.1, 4.2, Appendix I): profile, grid placement and strategy. */
export class AnalysisChecks {
    /** `analysis/incomplete-profile`: one diagnostic listing every missing dimension. */
    checkProfile(s: Stakeholder, accept: ValidationAcceptor): void {
        const input = {
            scale: s.scale ?? null,
            sector: s.sector ?? null,
            profile: {
                aims: s.aims,
                challenges: s.challenges,
                potential: s.potential,
                constraints: s.constraints,
                contributions: s.contributions,
            },
        };
        const missing = missingProfileFields(input);
        if (missing.length === 0) return;
        const data: IncompleteProfileData = { missing, insert: profileRepairFields(input), group: s.group?.$refText ?? null };
        // Dimensions written as empty texts (left by a snippet or the quick fix) are named as such.
        const empty = missing.filter(f => f !== 'scale' && f !== 'sector' && s[f].length > 0);
        const emptyNote =
            empty.length === 0
                ? ''
                : ` (${listWords(empty)} ${empty.length === 1 ? 'is an empty text' : 'are empty texts'} still to fill in)`;
        report(
            accept,
            Rule.IncompleteProfile,
            `The profile of ${s.name} lacks ${listWords(missing)}${emptyNote}. Clause 4.1 a and the summary table of Appendix I describe every stakeholder by scale and sector, aims and challenges, potential and constraints, and contributions, so the matrix can show what each one wants, brings and is held back by. Fill in the missing ${missing.length === 1 ? 'entry' : 'entries'}.`,
            { node: s, property: 'name', data },
        );
    }

    /** `analysis/unplaced`: power or interest missing. */
    checkPlaced(s: Stakeholder, accept: ValidationAcceptor): void {
        const absent = [s.power ? undefined : 'power', s.interest ? undefined : 'interest'].filter((x): x is string => Boolean(x));
        if (absent.length === 0) return;
        report(
            accept,
            Rule.Unplaced,
            `${s.name} cannot be placed on the power/interest grid: it has no ${listWords(absent)}. Clause 4.2 maps each stakeholder's power against its interest (Figure 4), and without both no engagement strategy follows from the grid. Add ${quoteList(absent)} with low, medium or high, or a number on this language's 1..5 scale (low = 2, medium = 3, high = 4).`,
            { node: s, property: 'name' },
        );
    }

    /** `analysis/strategy-mismatch` and `analysis/missing-strategy`. */
    checkStrategy(s: Stakeholder, accept: ValidationAcceptor): void {
        const power = gridNumber(s.power),
            interest = gridNumber(s.interest);
        const accepted = acceptedStrategies(power, interest);
        if (power === null || interest === null || accepted.length === 0) return;
        const onLine = quadrantOf(power, interest) === 'borderline';
        const candidates = [...accepted].sort();
        const choose = onLine ? `choose one of ${quoteList(candidates, 'or')}` : `add 'strategy ${candidates[0]}'`;
        if (!s.strategy) {
            const data: StrategyData = { strategies: candidates };
            const message = onLine
                ? `${s.name} sits on a dividing line of the power/interest grid and has no engagement strategy. With ${placement(power, interest)} it lies where the quadrants of ${quoteList(candidates)} meet; by convention (the power/interest grid of Figure 4, clause 4.2) each of them fits and the choice is yours: ${choose}.`
                : `${s.name} has no engagement strategy for its place on the power/interest grid. By convention (the power/interest grid of Figure 4, clause 4.2) ${placement(power, interest)} puts it in the '${candidates[0]}' quadrant; ${choose}.`;
            report(accept, Rule.MissingStrategy, message, { node: s, property: 'name', data });
            return;
        }
        if (accepted.includes(s.strategy.kind as never)) return;
        const keyword = s.strategy.$cstNode && GrammarUtils.findNodeForProperty(s.strategy.$cstNode, 'kind');
        const data: StrategyData = { strategies: candidates, replace: keyword?.range };
        report(
            accept,
            Rule.StrategyMismatch,
            `Strategy '${s.strategy.kind}' of ${s.name} does not fit its place on the power/interest grid. By convention (the power/interest grid of Figure 4, clause 4.2) ${placement(power, interest)} calls for ${quoteList(candidates, 'or')}; change the strategy${onLine ? ' to one of them' : ` to '${candidates[0]}'`}, or revisit the power and interest values.`,
            { node: s.strategy, data },
        );
    }
}
