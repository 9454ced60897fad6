import { describe, expect, it } from 'vitest'
import { SEED, SEED_BASE, SEEDS, SOAK, STEPS } from '../settings'
import { checkInvariants } from './checks'
import { World } from './world'

/**
 * Short mode: fixed seeds, so CI is repeatable. Soak (scripts/soak.mjs): SEEDS seeds from
 * SEED_BASE, or from a random base, printed in each test's name. SEED=n replays one seed (with
 * the STEPS it failed with).
 */
function plan(): { seeds: number[]; steps: number } {
  if (SEED) return { seeds: [Number(SEED)], steps: STEPS || (SOAK ? 1000 : 250) }
  if (SOAK) {
    const base = SEED_BASE ? Number(SEED_BASE) : Math.floor(Math.random() * 1_000_000) * 1000
    return { seeds: Array.from({ length: SEEDS || 200 }, (_, i) => base + i), steps: STEPS || 1000 }
  }
  return { seeds: [1, 2, 3, 4, 5, 6, 7, 8], steps: STEPS || 250 }
}

const { seeds, steps } = plan()

describe(`sync under faults (${seeds.length} seeds × ${steps} steps)`, () => {
  it.each(seeds)('seed %i: nothing lost or doubled, every replica equals the server', async (seed) => {
    const world = new World({ seed, steps })
    const replay = `SEED=${seed} STEPS=${steps} npx vitest run -c test/vitest.reliability.config.ts test/reliability/sync/sync-faults`
    try {
      await world.setUp()
      await world.run()
      await world.settle()
      const problems = await checkInvariants(world)
      if (problems.length) {
        console.error(
          `seed ${seed} broke ${problems.length} invariant(s); replay: ${replay}\n${problems.join('\n')}\n--- last steps ---\n${world.trace.slice(-80).join('\n')}`,
        )
      }
      expect(problems, `seed ${seed}; replay with: ${replay}`).toEqual([])
    } catch (err) {
      if (!(err instanceof Error && err.message.includes('seed'))) {
        console.error(`seed ${seed} failed: ${String(err)}; replay: ${replay}\n--- last steps ---\n${world.trace.slice(-80).join('\n')}`)
      }
      throw err
    } finally {
      await world.tearDown()
    }
    console.log(`seed ${seed}: ${JSON.stringify(world.counts)}`)
  })
})
