import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Corpus } from './corpus.js';
import { stats, type Stats } from './stats.js';

/** Wall time and peak memory of whole `ssc validate` processes. */
export interface CliResult {
    wallMs: Stats;
    peakMb: Stats;
    exitCode: number | null;
}

const RSS_HOOK = `process.on('exit', () => require('fs').writeFileSync(process.env.SSC_BENCH_RSS, String(process.resourceUsage().maxRSS)));`;

/** Runs `ssc validate <corpus>` `runs` times as a separate process. */
export function benchCli(root: string, corpus: Corpus, runs: number): CliResult {
    const hook = path.join(tmpdir(), 'ssc-bench-rss-hook.cjs');
    const rssFile = path.join(tmpdir(), `ssc-bench-rss-${process.pid}.txt`);
    writeFileSync(hook, RSS_HOOK);
    const walls: number[] = [],
        peaks: number[] = [];
    let exitCode: number | null = null;
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const result = spawnSync(
            process.execPath,
            ['--require', hook, path.join(root, 'bin', 'ssc.cjs'), 'validate', corpus.dir, '--format', 'json'],
            { env: { ...process.env, SSC_BENCH_RSS: rssFile }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
        );
        walls.push(performance.now() - start);
        peaks.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
        exitCode = result.status;
        if (result.status === 2) throw new Error(`ssc validate failed on ${corpus.name}: ${result.stderr}`);
    }
    rmSync(rssFile, { force: true });
    return { wallMs: stats(walls), peakMb: stats(peaks), exitCode };
}
