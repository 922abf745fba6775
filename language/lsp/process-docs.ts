import { IAP2_LEVELS, IAP2_NOTES, STRATEGY_PARTICIPATION, isIap2Level, type Iap2Level } from '../model/iap2.js';
import { ACTION_STATUS_NOTES, ACTION_STATUSES, type ActionStatus } from '../model/plan.js';
import { SALIENCE_NOTES, type SalienceClass } from '../model/salience.js';
import { STRATEGIES } from '../model/vocabulary.js';

/** Strategies that need at least this IAP2 level (by convention), for the level's hover. */
function strategiesNeeding(level: Iap2Level): string[] {
    return STRATEGIES.filter(s => STRATEGY_PARTICIPATION[s] === level);
}

/** One line describing an IAP2 level, for completion labels. */
export function iap2Summary(level: Iap2Level): string {
    return IAP2_NOTES[level].promise;
}

/** Markdown for an IAP2 level: what it is, what it promises the people taking part, its place in the spectrum. */
export function iap2Markdown(level: string): string | undefined {
    if (!isIap2Level(level)) return undefined;
    const note = IAP2_NOTES[level];
    const needed = strategiesNeeding(level);
    return [
        `**${level}** — IAP2 participation level ${IAP2_LEVELS.indexOf(level) + 1} of ${IAP2_LEVELS.length} (${IAP2_LEVELS.join(' < ')})`,
        note.description,
        `*Promise to the public:* ${note.promise}`,
        needed.length > 0 ? `By convention, the \`${needed.join('`, `')}\` strategy needs at least this level.` : '',
        '*IAP2 spectrum of public participation; clause 4.2 asks for real participation.*',
    ]
        .filter(Boolean)
        .join('\n\n');
}

/** Markdown for an action status keyword. */
export function statusMarkdown(status: string): string | undefined {
    if (!(ACTION_STATUSES as readonly string[]).includes(status)) return undefined;
    return `**${status}** — action status. ${ACTION_STATUS_NOTES[status as ActionStatus]}`;
}

/** Markdown line for a salience class with its meaning. */
export function salienceMarkdown(salienceClass: SalienceClass): string {
    return `**${salienceClass}** — ${SALIENCE_NOTES[salienceClass]}`;
}

/** What `legitimacy` and `urgency` record, for hovers on the keywords. */
export const SALIENCE_KEYWORD_NOTES: Readonly<Record<string, string>> = {
    legitimacy:
        "**legitimacy** — how rightful or expected the stakeholder's claim on the programme is (1..5, or low | medium | high). With power and urgency it gives the salience class (Mitchell, Agle & Wood); above 3 counts as present.",
    urgency:
        "**urgency** — how pressing and time-critical the stakeholder's claim is (1..5, or low | medium | high). With power and legitimacy it gives the salience class (Mitchell, Agle & Wood); above 3 counts as present.",
};
