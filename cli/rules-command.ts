import { renderRulesMarkdown, renderRulesText, rulesJson } from '../language/validation/rules-doc.js';
import type { CommandIo } from './commands.js';
import { UsageError } from './errors.js';

const FORMATS = ['text', 'md', 'json'] as const;

/**
 * `ssc rules [--format text|md|json]`: prints the rule catalogue from the code. `md` prints exactly
 * the content of docs/rules.md (both come from the same renderer).
 */
export function rulesCommand(positionals: readonly string[], format: string | undefined, io: CommandIo): number {
    if (positionals.length > 0) throw new UsageError(`rules takes no paths (got '${positionals[0]}')`);
    const chosen = format ?? 'text';
    if (!(FORMATS as readonly string[]).includes(chosen)) throw new UsageError(`rules --format ${chosen}: choose ${FORMATS.join(', ')}`);
    if (chosen === 'md') io.stdout(renderRulesMarkdown());
    else if (chosen === 'json') io.stdout(JSON.stringify(rulesJson(), null, 2) + '\n');
    else io.stdout(renderRulesText());
    return 0;
}
