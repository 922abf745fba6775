import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureServerBundle } from '../helpers/server-bundle.js';

const hasNeovim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
// On CI, .ci/run installs Neovim and this test must run: a missing `nvim` fails it rather than skipping it.
const runIt = hasNeovim || process.env.CI === 'true';

/**
 * A headless Neovim session: starts the bundled server with Neovim's own LSP client, opens the file,
 * waits for its diagnostics and writes them as JSON. Uses only APIs present since Neovim 0.7.
 */
const INIT_LUA = `
local file, server, out, root = os.getenv('SSC_FILE'), os.getenv('SSC_SERVER'), os.getenv('SSC_OUT'), os.getenv('SSC_ROOT')
local result = { received = false, diagnostics = {}, attached = false }
local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
end
local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'ssc',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
        if params.uri:sub(-#'model.ssc') == 'model.ssc' and #params.diagnostics > 0 then
          result.received = true
          result.diagnostics = params.diagnostics
        end
        vim.lsp.diagnostic.on_publish_diagnostics(e, params, ctx, config)
      end,
    },
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = 'ssc'
  result.attached = vim.lsp.buf_attach_client(0, client_id)
  result.waited = vim.wait(40000, function() return result.received end, 100)
  result.shown = #vim.diagnostic.get(0)
  vim.lsp.stop_client(client_id)
end)
if not ok then result.error = tostring(err) end
finish()
vim.cmd('qa!')
`;

describe.runIf(runIt)('Neovim (headless) as an LSP client of the bundled server', () => {
    let folder: string;
    beforeAll(() => {
        ensureServerBundle();
        folder = mkdtempSync(join(tmpdir(), 'ssc-nvim-'));
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    /** Opens a model in headless Neovim and returns what its LSP client received. */
    function diagnosticsInNeovim(text: string) {
        expect(hasNeovim, 'nvim is not installed (apt-get install -y neovim)').toBe(true);
        const file = join(folder, 'model.ssc');
        writeFileSync(file, text);
        writeFileSync(join(folder, 'init.lua'), INIT_LUA);
        const out = join(folder, 'result.json');
        rmSync(out, { force: true });
        const run = spawnSync('nvim', ['--headless', '--clean', '-u', join(folder, 'init.lua')], {
            cwd: folder,
            encoding: 'utf8',
            timeout: 60_000,
            env: { ...process.env, SSC_FILE: file, SSC_SERVER: ensureServerBundle(), SSC_OUT: out, SSC_ROOT: folder },
        });
        expect(existsSync(out), `Neovim wrote no result (status ${run.status}, signal ${run.signal}): ${run.stderr}`).toBe(true);
        return JSON.parse(readFileSync(out, 'utf8'));
    }

    test('receives the diagnostics of a model with a known error', () => {
        const result = diagnosticsInNeovim('stakeholder Council : municipality\nrelation Ghost -> Council : informs\n');
        expect(result.error).toBeUndefined();
        expect(result.attached).toBe(true);
        expect(result.waited).toBe(true);
        expect(result.diagnostics).toContainEqual(
            expect.objectContaining({
                code: 'identification/unknown-reference',
                severity: 1,
                range: expect.objectContaining({ start: { line: 1, character: 9 } }),
            }),
        );
        expect(result.shown).toBeGreaterThan(0);
    }, 90_000);

    test('shows syntax errors in the same plain words as the CLI, each linked to its rule page', () => {
        const result = diagnosticsInNeovim('stakeholder Folks "Residents" : citizens {\n    intrest high\n    power hgh\n}\n');
        expect(result.waited).toBe(true);
        const syntax = result.diagnostics.filter((d: { code: string }) => d.code === 'syntax');
        expect(syntax.map((d: { message: string }) => d.message)).toEqual([
            expect.stringMatching(/^`intrest` is not a stakeholder property — did you mean `interest`\? /),
            '`hgh` is not a level: use low, medium, high or a number from 1 to 5 — did you mean `high`?',
        ]);
        for (const d of syntax) expect(d.codeDescription.href).toMatch(/^file:\/\/.*\/docs\/rules\.md#syntax$/);
    }, 90_000);
});
