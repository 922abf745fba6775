import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../generated/ast.js';
import { Rule, SYNTAX_CODE } from './rule-codes.js';

/**
 * Rules about the workspace as a whole. A model without a `programme` is still being started (an empty
 * new file, the first stakeholder typed), so they wait until the workspace declares one.
 */
const WHOLE_MODEL_CODES: ReadonlySet<string> = new Set([Rule.MissingStandardGroup, Rule.Dominance]);
const WHOLE_MODEL_PREFIX = 'process/';

/**
 * Rules that only say a part of one element is missing. While that element has a syntax error the
 * user is still typing it, so they wait until it parses (the syntax error says what is wrong now).
 */
const MISSING_PART_CODES: ReadonlySet<string> = new Set([
    Rule.MissingCategory,
    Rule.AffectedWithoutAttitude,
    Rule.MissingTechnologyRole,
    Rule.Isolated,
    Rule.IncompleteProfile,
    Rule.Unplaced,
    Rule.MissingStrategy,
    Rule.MissingLevel,
    Rule.ConsultationExclusive,
    Rule.ConsultationLateInformation,
    Rule.ConsultationNoGrievance,
    Rule.ConsultationNoFeedback,
    Rule.ActionWithoutOwner,
    Rule.GapWithoutAction,
    Rule.NeverAssessed,
    Rule.ParticipationBelowStrategy,
]);

/** True for a code of a whole-model rule (reported only once the workspace has a programme). */
export function isWholeModelRule(code: string): boolean {
    return WHOLE_MODEL_CODES.has(code) || code.startsWith(WHOLE_MODEL_PREFIX);
}

/** True for a code of a rule that only reports a missing part of one element. */
export function isMissingPartRule(code: string): boolean {
    return MISSING_PART_CODES.has(code);
}

/**
 * The text spans (offsets) of the top-level elements that hold a syntax error. An error just after an
 * element (the next keyword, or the end of the file, where a `}` was expected) counts for the element
 * before it.
 */
export function brokenElementSpans(document: LangiumDocument, syntax: readonly Diagnostic[]): Array<[number, number]> {
    const model = document.parseResult.value as Model;
    const elements = (model.elements ?? []).map(e => e.$cstNode).filter(c => c !== undefined);
    if (elements.length === 0 || syntax.length === 0) return [];
    const text = document.textDocument;
    const spans = new Map<number, [number, number]>();
    for (const diagnostic of syntax) {
        const at = text.offsetAt(diagnostic.range.start);
        let index = -1;
        for (let i = 0; i < elements.length && elements[i].offset <= at; i++) index = i;
        if (index < 0) continue;
        const cst = elements[index];
        spans.set(index, [cst.offset, Math.max(cst.end, at)]);
    }
    return [...spans.values()];
}

/**
 * Drops the findings that would only be noise while the user is typing: whole-model rules when the
 * workspace has no programme, and missing-part rules inside an element that does not parse.
 */
export function quietWhileTyping(document: LangiumDocument, diagnostics: Diagnostic[], hasProgramme: boolean): Diagnostic[] {
    const codeOf = (d: Diagnostic) => (typeof d.code === 'string' ? d.code : '');
    const spans = brokenElementSpans(
        document,
        diagnostics.filter(d => codeOf(d) === SYNTAX_CODE),
    );
    const text = document.textDocument;
    const insideBroken = (d: Diagnostic) => {
        const at = text.offsetAt(d.range.start);
        return spans.some(([start, end]) => start <= at && at <= end);
    };
    return diagnostics.filter(d => {
        const code = codeOf(d);
        if (!hasProgramme && isWholeModelRule(code)) return false;
        return !(spans.length > 0 && isMissingPartRule(code) && insideBroken(d));
    });
}
