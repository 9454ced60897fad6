// What the numbers were measured on: they mean little without it.
import { spawnSync } from 'node:child_process'
import { cpus, loadavg, totalmem, release, platform } from 'node:os'
import { CHROMIUM } from './chromium.mjs'

const line = (cmd, args) => {
  const out = spawnSync(cmd, args, { encoding: 'utf8', timeout: 10_000 })
  return out.status === 0 ? out.stdout.trim() : null
}

export function machine() {
  const cpu = cpus()
  return {
    platform: `${platform()} ${release()}`,
    cpu: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: line(CHROMIUM, ['--version']),
    commit: line('git', ['rev-parse', '--short', 'HEAD']),
    // Shared machines: the load says how much to trust absolute times (ratios hold up better).
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  }
}
