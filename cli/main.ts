import { parseArgs } from 'node:util';
import { isRuleSeverity, ruleInfo, type RuleSeverity } from '../language/validation/rule-codes.js';
import { generateCommand, initCommand, validateCommand, type CommandIo } from './commands.js';
import { importCommand } from './import.js';
import { RENDERERS } from './renderers.js';
import { UsageError } from './errors.js';
import { rulesCommand } from './rules-command.js';

declare const __SSC_VERSION__: string | undefined;
const VERSION = typeof __SSC_VERSION__ === 'string' ? __SSC_VERSION__ : '0.0.0-dev';

const HELP = `ssc — check and analyse stakeholder models of a smart sustainable city (ITU-T Y Suppl. 34)

Usage:
  ssc validate <path…> [--format text|json|sarif] [--rule CODE=SEVERITY …] [--max-warnings N] [--explain]
  ssc generate <path…> --format ${Object.keys(RENDERERS).join('|')} [--view NAME] [--out FILE|DIR] [--force] [--rule CODE=SEVERITY …]
  ssc import <file.xlsx|file.csv> [--sheet NAME] [--map FILE.json] [--out FILE.ssc] [--force] [--dry-run]
                                turn a stakeholder register (spreadsheet) into a .ssc model; report on stderr
  ssc init [dir] [--city NAME] [--force]
  ssc rules [--format text|md|json]   the rule catalogue: code, default severity, basis, summary
  ssc lsp --stdio               run the language server (for Neovim, Emacs, Helix and other LSP editors)
  ssc playground [--port N] [--host 127.0.0.1] [path…]   serve the browser playground on this machine
  ssc --version | --help

validate prints each finding's first sentence; --explain adds the rest of the message and its rule's page.
Paths are .ssc files or folders (searched recursively); together they form one workspace.
Exit status: 0 fine, 1 errors found (or too many warnings), 2 the command could not run.
`;

function parseRules(values: readonly string[] | undefined): Record<string, RuleSeverity> {
    const rules: Record<string, RuleSeverity> = {};
    for (const value of values ?? []) {
        const match = /^([^=\s]+)=(\S+)$/.exec(value);
        if (!match) throw new UsageError(`--rule ${value}: write CODE=SEVERITY, e.g. --rule analysis/unplaced=off`);
        const [, code, severity] = match;
        if (!ruleInfo(code)) throw new UsageError(`--rule ${value}: unknown rule code '${code}'`);
        if (!isRuleSeverity(severity)) throw new UsageError(`--rule ${value}: severity must be error, warning, info, hint or off`);
        rules[code] = severity;
    }
    return rules;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings ${value}: give a whole number of 0 or more`);
    return Number(value);
}

/** Runs the CLI with the given arguments; resolves to the exit status. Never throws. */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
    try {
        const [command, ...rest] = argv;
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            io.stdout(HELP);
            return command === undefined ? 2 : 0;
        }
        if (command === '--version' || command === '-v') {
            io.stdout(VERSION + '\n');
            return 0;
        }
        const parsed = parseCommandArgs(command, rest);
        const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
        switch (command) {
            case 'validate':
                return await validateCommand(
                    parsed.positionals,
                    {
                        format: (v.format as string) ?? 'text',
                        rules: parseRules(v.rule as string[]),
                        maxWarnings: parseMaxWarnings(v['max-warnings'] as string),
                        explain: Boolean(v.explain),
                    },
                    io,
                );
            case 'generate':
                return await generateCommand(
                    parsed.positionals,
                    {
                        format: v.format as string,
                        view: v.view as string,
                        out: v.out as string,
                        force: Boolean(v.force),
                        rules: parseRules(v.rule as string[]),
                    },
                    io,
                );
            case 'import':
                return await importCommand(
                    parsed.positionals,
                    {
                        sheet: v.sheet as string,
                        map: v.map as string,
                        out: v.out as string,
                        force: Boolean(v.force),
                        dryRun: Boolean(v['dry-run']),
                    },
                    io,
                );
            case 'rules':
                return rulesCommand(parsed.positionals, v.format as string | undefined, io);
            case 'init':
                if (parsed.positionals.length > 1) throw new UsageError('init takes at most one folder');
                return await initCommand(parsed.positionals[0], { force: Boolean(v.force), city: v.city as string }, io);
            case 'playground': {
                const { playgroundCommand } = await import('./playground.js');
                return await playgroundCommand(parsed.positionals, { port: v.port as string, host: v.host as string }, io);
            }
            default:
                throw new UsageError(`unknown command '${command}' (try ssc --help)`);
        }
    } catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`ssc: ${error.message}\n`);
        } else {
            io.stderr(`ssc: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        }
        return 2;
    }
}

const OPTIONS = {
    validate: {
        format: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        explain: { type: 'boolean' },
    },
    generate: {
        format: { type: 'string', short: 'f' },
        view: { type: 'string' },
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        rule: { type: 'string', multiple: true },
    },
    init: { force: { type: 'boolean' }, city: { type: 'string' } },
    rules: { format: { type: 'string', short: 'f' } },
    import: {
        sheet: { type: 'string' },
        map: { type: 'string' },
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
    },
    playground: { port: { type: 'string', short: 'p' }, host: { type: 'string' } },
} as const;

function parseCommandArgs(command: string, args: string[]): { values: Record<string, unknown>; positionals: string[] } {
    const options = OPTIONS[command as keyof typeof OPTIONS];
    if (!options) throw new UsageError(`unknown command '${command}' (try ssc --help)`);
    try {
        return parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
        throw new UsageError(`${command}: ${(error as Error).message.split('\n')[0]}`);
    }
}
