import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILTIN_GLOSSARY, compileMatcher, matchableTerms } from '../../../shared/glossary'

// The seed article (shared/seeds/000_0af02e1dead7c009.txt), copied so the test stays inside the repo.
const seed = readFileSync(new URL('./fixtures/seed.txt', import.meta.url), 'utf8')

// Every term the seed defines or uses, as written there, and the entry it must resolve to.
const SEED_TERMS: readonly (readonly [string, string])[] = [
  ['accompagnement administratif', 'accompagnement-administratif-fr'],
  ['back-office', 'back-office-fr'],
  ['externalisation', 'externalisation-fr'],
  ['Externaliser', 'externalisation-fr'],
  ['fonctions support', 'fonctions-support-fr'],
  ['gestion administrative', 'gestion-administrative-fr'],
  ['RH', 'rh-fr'],
  ['achats', 'achats-fr'],
  ['cession', 'cession-fr'],
  ['assistance externalisée', 'assistance-externalisee-fr'],
  ['Assistance externalisée', 'assistance-externalisee-fr'],
  ['direction externalisée', 'direction-externalisee-fr'],
  ['Direction externalisée', 'direction-externalisee-fr'],
  ['secrétariat', 'secretariat-fr'],
  ['factures', 'facture-fr'],
  ['relances clients', 'relance-fr'],
  ['dirigeant', 'dirigeant-fr'],
  ['dirigeants', 'dirigeant-fr'],
  ['coûts fixes', 'couts-fixes-fr'],
  ['confidentialité', 'confidentialite-fr'],
  ['DRH', 'drh-fr'],
  ['DAF', 'daf-fr'],
  ['DSI', 'dsi-fr'],
  ['temps partagé', 'temps-partage-fr'],
  ['restructuration', 'restructuration-fr'],
  ['CDI', 'cdi-fr'],
  ['piloter', 'pilotage-fr'],
  ['pilotage', 'pilotage-fr'],
  ['reportings', 'reporting-fr'],
  ['feuille de route', 'feuille-de-route-fr'],
  ['Gouvernance administrative', 'gouvernance-administrative-fr'],
  ['gouvernance administrative', 'gouvernance-administrative-fr'],
  ['conformité réglementaire', 'conformite-reglementaire-fr'],
  ['délégations', 'delegation-fr'],
  ['déléguer', 'delegation-fr'],
  ['levée de fonds', 'levee-de-fonds-fr'],
  ['due diligence', 'due-diligence-fr'],
  ['Due diligence', 'due-diligence-fr'],
  ['Organisation support', 'centre-de-services-partages-fr'],
  ['Centre de services partagés', 'centre-de-services-partages-fr'],
  ['centre de services', 'centre-de-services-partages-fr'],
  ['paie', 'paie-fr'],
  ['PME', 'pme-fr'],
  ['ETI', 'eti-fr'],
  ['filiales', 'filiale-fr'],
  ['qualité de service', 'qualite-de-service-fr'],
  ['amélioration continue', 'amelioration-continue-fr'],
  ['améliorations continues', 'amelioration-continue-fr'],
  ['charge mentale', 'charge-mentale-fr'],
  ['création de valeur', 'creation-de-valeur-fr'],
  ['cahier des charges', 'cahier-des-charges-fr'],
  ['Cahier des charges', 'cahier-des-charges-fr'],
  ['prestataire', 'prestataire-fr'],
  ['Signaux faibles', 'signaux-faibles-fr'],
  ['signaux faibles', 'signaux-faibles-fr'],
  ['Turn-over', 'turn-over-fr'],
  ['M&A', 'm-and-a-fr'],
  ['indicateurs de performance', 'kpi-fr'],
  ['KPI', 'kpi-fr'],
  ['SLA', 'sla-fr'],
  ['Service Level Agreement', 'sla-fr'],
  ['niveau de service', 'sla-fr'],
  ['tableau de bord', 'tableau-de-bord-fr'],
  ['Back-office', 'back-office-fr'],
  ['audit opérationnel', 'audit-fr'],
  ['valorisation de l’entreprise', 'valorisation-fr'],
  ['assistanat', 'assistanat-fr'],
  ['livres blancs', 'livre-blanc-fr'],
]

describe('the seed article', () => {
  const matcher = compileMatcher(matchableTerms(BUILTIN_GLOSSARY, 'fr'))
  const found = matcher.find(seed).map((m) => [seed.slice(m.start, m.end), m.termId] as const)
  const seen = new Set(found.map(([text, id]) => `${text}\u0000${id}`))

  it('is the real article', () => {
    expect(seed).toContain('Définitions express des principaux termes')
    expect(seed.length).toBeGreaterThan(7000)
  })

  it.each(SEED_TERMS)('has "%s" found as %s', (text, id) => {
    expect(seed).toContain(text)
    expect(seen.has(`${text}\u0000${id}`), JSON.stringify(found.filter(([, i]) => i === id))).toBe(true)
  })

  it('resolves every listed term to a built-in entry with an English counterpart', () => {
    const ids = new Set(BUILTIN_GLOSSARY.map((t) => t.id))
    for (const [, id] of SEED_TERMS) {
      expect(ids.has(id)).toBe(true)
      expect(ids.has(id.replace(/-fr$/, '-en'))).toBe(true)
    }
  })

  it('finds nothing the list does not account for', () => {
    const listed = new Set(SEED_TERMS.map(([, id]) => id))
    expect(found.filter(([, id]) => !listed.has(id))).toEqual([])
  })

  it('finds the same terms whether scanned whole or line by line', () => {
    const lines = seed.split('\n')
    expect(matcher.findInChunks(lines).map((m) => m.termId)).toEqual(found.map(([, id]) => id))
  })
})
