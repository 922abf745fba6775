import type { AstNode, ValidationAcceptor } from 'langium';
import type {
    Action,
    ActionStatus,
    AssessmentEntry,
    Consultation,
    Grievance,
    GridValue,
    Kpi,
    Programme,
    Review,
    Stakeholder,
    Assessment,
} from '../generated/ast.js';
import { isCalendarDate } from '../model/dates.js';
import { SSC_KEYWORDS } from '../grammar/grammar-facts.js';
import { propertyNodes, repeatsProperty } from './locate.js';
import { Rule } from './rule-codes.js';

// Single-valued properties per element type, with their keywords, as the grammar declares them.
const SINGLE_VALUED = SSC_KEYWORDS.singleValued;
const SINGLE_PROPERTIES = new Map([...SINGLE_VALUED].map(([type, list]) => [type, new Set(list.map(p => p.property))]));

/** Checks on the values themselves: real dates, numbers in range, properties given once. */
export class ValueChecks {
    /** `value/invalid-date` on every date-valued property. */
    checkDates(node: Programme | Consultation | Grievance | Assessment | Action | ActionStatus, accept: ValidationAcceptor): void {
        const dated: Array<[string, string | undefined]> =
            node.$type === 'Programme'
                ? [['asOf', node.asOf]]
                : node.$type === 'Action'
                  ? [['due', node.due]]
                  : node.$type === 'ActionStatus'
                    ? [['doneOn', node.doneOn]]
                    : node.$type === 'Consultation'
                      ? [
                            ['date', node.date],
                            ['informationShared', node.informationShared],
                        ]
                      : node.$type === 'Grievance'
                        ? [['established', node.established]]
                        : [['date', node.date]];
        for (const [property, value] of dated) {
            if (value !== undefined && !isCalendarDate(value)) {
                accept('error', `'${value}' is not a calendar date: write a real day as YYYY-MM-DD.`, {
                    node,
                    property,
                    code: Rule.InvalidDate,
                });
            }
        }
    }

    /** `value/out-of-range` for numeric power and interest (1..5). */
    checkGridValue(value: GridValue, accept: ValidationAcceptor): void {
        if (value.value !== undefined && (value.value < 1 || value.value > 5)) {
            accept(
                'error',
                `${value.value} is outside the 1..5 scale of this language. The 1..5 scale is a convention of this language for the grid values (low = 2, medium = 3, high = 4); use a number from 1 to 5, or low, medium or high.`,
                { node: value, property: 'value', code: Rule.OutOfRange },
            );
        }
    }

    /** `value/out-of-range` for a review cadence of zero months. */
    checkReview(review: Review, accept: ValidationAcceptor): void {
        if (review.months < 1) {
            accept('error', "A review cadence of 0 months is no cadence. Write 'review every N months' with N at least 1.", {
                node: review,
                property: 'months',
                code: Rule.OutOfRange,
            });
        }
    }

    /** `value/repeated-property`: a single-valued property given twice; the last one wins. */
    checkRepeated(node: Stakeholder | Programme | Kpi | Consultation | Action | AssessmentEntry, accept: ValidationAcceptor): void {
        const single = SINGLE_VALUED.get(node.$type);
        if (!single || !repeatsProperty(node, SINGLE_PROPERTIES.get(node.$type)!)) return;
        for (const { property, keyword } of single) {
            const nodes = propertyNodes(node, property);
            for (const repeated of nodes.slice(0, -1)) {
                accept('warning', `'${keyword}' is given more than once here; only the last one counts. Remove the extra one.`, {
                    node: node as AstNode,
                    range: repeated.range,
                    code: Rule.RepeatedProperty,
                });
            }
        }
    }
}
