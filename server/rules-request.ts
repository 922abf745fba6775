import type { LangiumSharedServices } from 'langium/lsp';
import { RulesRequest, StarterModelRequest } from '../protocol/server-messages.js';
import { starterModel } from '../language/model/starter-model.js';
import { allRuleExplanations } from '../language/validation/rule-explanation.js';

/**
 * Answers the requests of the "getting started" commands: `ssc/rules` (the rule catalogue with each
 * rule's explanation) and `ssc/starterModel` (the model `ssc init` writes).
 */
export function registerRulesRequest(shared: LangiumSharedServices): void {
    shared.lsp.Connection?.onRequest(RulesRequest.type, () => allRuleExplanations());
    shared.lsp.Connection?.onRequest(StarterModelRequest.type, params => starterModel(params?.city?.trim() || undefined));
}
