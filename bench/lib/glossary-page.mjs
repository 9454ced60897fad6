// The glossary benchmark's page: about 2 MB of French and English business text in about
// 20,000 text nodes (1,000 threaded messages with lists, tables and quotes), with the terms
// written as people do (capitals, no accents, non-breaking spaces, ’), and regions no
// highlighter may touch (script, style, textarea, noscript, contenteditable, code) holding
// terms too. Deterministic: the same seed gives the same page.

const FR = [
  'Merci de confirmer la date de la prochaine réunion avec l’équipe',
  'Je reviens vers vous au sujet du dossier que nous avons évoqué mardi',
  'Le point sur les chiffres du trimestre est prévu en fin de semaine',
  'Pouvez-vous préparer une synthèse pour le directeur avant jeudi',
  'Les pièces justificatives sont à déposer dans le dossier partagé',
  'Nous attendons encore le retour du cabinet sur les derniers points',
  'La présentation doit être envoyée aux participants la veille',
  'Il faudra prévoir une salle pour une vingtaine de personnes',
  'Le fournisseur propose un nouveau calendrier de livraison',
  'Merci de relancer le service concerné si rien n’arrive d’ici lundi',
  'Je vous transmets le compte rendu de la réunion d’hier',
  'Les échéances de paiement ont été décalées à la demande du client',
]
const EN = [
  'Could you confirm the date of the next meeting with the team',
  'Following up on the file we discussed on Tuesday afternoon',
  'The quarterly figures review is planned for the end of the week',
  'Please prepare a short summary for the director before Thursday',
  'Supporting documents should be filed in the shared folder',
  'We are still waiting for the firm to answer the remaining points',
  'The deck has to be sent to every participant the day before',
  'We will need a room for about twenty people on that day',
  'The supplier has proposed a new delivery schedule for spring',
  'Please chase the relevant department if nothing arrives by Monday',
  'Attached are the minutes of yesterday’s meeting for your review',
  'Payment dates were moved at the customer’s request last month',
]
const NAMES = ['Claire Martin', 'Hugo Bernard', 'Sarah Cohen', 'James Walker', 'Inès Moreau', 'Tom Becker', 'Léa Dubois', 'Olivia Grant']

export function generatePage({ terms50, terms500, seed = 42, messages = 820 }) {
  const rnd = mulberry32(seed)
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  const small = terms50.map((t) => t.term)
  const large = terms500.map((t) => t.term)
  const term = () => variant(rnd() < 0.5 ? pick(small) : pick(large), rnd)
  // One sentence is one text node of about 100 characters; some carry a term.
  const sentence = (lang) => {
    const base = pick(lang === 'fr' ? FR : EN)
    if (rnd() < 0.16) {
      const words = base.split(' ')
      const at = 2 + Math.floor(rnd() * (words.length - 3))
      return `${words.slice(0, at).join(' ')} (${term()}) ${words.slice(at).join(' ')}. `
    }
    return `${base}, ${pick(lang === 'fr' ? FR : EN).toLowerCase()}. `
  }
  const text = (lang, n) => Array.from({ length: n }, () => escapeHtml(sentence(lang))).join('')
  const parts = []
  for (let m = 0; m < messages; m++) {
    const lang = m % 2 === 0 ? 'fr' : 'en'
    let html = `<article class="msg" lang="${lang}"><header class="msg-header"><span class="from">${pick(NAMES)}</span><time>2026-03-${String(1 + (m % 28)).padStart(2, '0')}</time><h3>${text(lang, 1)}</h3></header>`
    for (let p = 0; p < 3; p++) {
      html += `<p>${text(lang, 1)}<b>${text(lang, 1)}</b>${text(lang, 1)}<a href="#m${m}">${text(lang, 1)}</a>${text(lang, 1)}</p>`
    }
    if (m % 2 === 0) html += `<ul>${Array.from({ length: 3 }, () => `<li>${text(lang, 1)}</li>`).join('')}</ul>`
    if (m % 3 === 0)
      html += `<table><tr><td>${text(lang, 1)}</td><td>${text(lang, 1)}</td></tr><tr><td>${text(lang, 1)}</td><td>${text(lang, 1)}</td></tr></table>`
    else html += `<blockquote>${text(lang, 2)}</blockquote>`
    if (m % 20 === 0) html += excluded(term)
    parts.push(`${html}</article>`)
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fil de messages</title><style>${PAGE_CSS}</style></head><body><div id="status">Statut : à jour</div><main id="thread">${parts.join('')}</main><section id="more"></section></body></html>`
}

/** Batches of 200 paragraphs of about 490 characters, for the incremental rescan. */
export function appendBatches({ terms50, terms500, seed = 7, batches = 6 }) {
  const rnd = mulberry32(seed)
  const all = [...terms50, ...terms500].map((t) => t.term)
  return Array.from({ length: batches }, () =>
    Array.from({ length: 200 }, (_, i) => {
      const lang = i % 2 === 0 ? FR : EN
      const s = Array.from(
        { length: 5 },
        () => `${lang[Math.floor(rnd() * lang.length)]}${rnd() < 0.3 ? ` (${variant(all[Math.floor(rnd() * all.length)], rnd)})` : ''}. `,
      ).join('')
      return `<p class="late">${escapeHtml(s)}</p>`
    }).join(''),
  )
}

// The page's own small change in the frame-tax test: a class on <body> restyles one status
// line, as pages do all the time. Any restyle makes Chromium rebuild every registered
// highlight, so a light change shows that tax best.
const PAGE_CSS =
  'body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem}.msg{border-bottom:1px solid #ddd;padding:.5rem 0}.msg-header{color:#555}body.alt #status{color:#a00}table{border-collapse:collapse}td{border:1px solid #eee;padding:2px}'

function excluded(term) {
  return (
    `<script>var draft = ${JSON.stringify(term())};</script><style>/* ${term()} */</style>` +
    `<textarea>${escapeHtml(term())}</textarea><noscript>${escapeHtml(term())}</noscript>` +
    `<div contenteditable="true"><p>${escapeHtml(`Brouillon : ${term()} et ${term()}.`)}</p></div>` +
    `<pre><code>${escapeHtml(`note = "${term()}"`)}</code></pre>`
  )
}

/** How people type a term: capitalised, in capitals, without accents, with NBSP or ’. */
function variant(term, rnd) {
  let t = term
  const r = rnd()
  if (r < 0.15) t = t[0].toUpperCase() + t.slice(1)
  else if (r < 0.2) t = t.toUpperCase()
  if (rnd() < 0.1) t = t.normalize('NFD').replace(/\p{M}/gu, '')
  if (rnd() < 0.1) t = t.replace(/ /g, '\u00a0')
  // Both apostrophes, whichever the glossary used: typed text has either.
  if (rnd() < 0.3) t = t.includes('’') ? t.replace(/’/g, "'") : t.replace(/'/g, '’')
  return t
}

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
