// Plausible item content and metadata: an executive's clips, in French and English, about the
// size real ones are (a title, a short note, a page source with an excerpt).
import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const SUBJECTS = [
  'Relancer le cabinet pour la due diligence',
  'Prepare the board pack for Thursday',
  'Renouveler le bail du siège',
  'Book travel to Lyon for the steering committee',
  'Valider la note de frais de mars',
  'Chase the signed NDA from Acme',
  'Organiser le comité de direction',
  'Review the Q3 forecast with finance',
  'Répondre à l’URSSAF avant le 15',
  'Send the term sheet to counsel',
  'Planifier l’entretien annuel de Claire',
  'Renew the insurance policy',
]
const NOTES = [
  'Voir le fil avec le DAF : il attend notre retour avant vendredi, pièces jointes à rassembler.',
  'They asked for the latest figures and the signed minutes; keep legal in copy.',
  'Merci de vérifier les dates avec l’agenda partagé et de prévenir l’équipe.',
  'Low urgency but do not let it slip past month end, the auditors will ask.',
]
const PRIORITIES = ['low', 'normal', 'normal', 'normal', 'high', 'urgent']
const CATEGORIES = ['finance', 'legal', 'hr', 'travel', 'board', null]

const pick = (list, i) => list[i % list.length]

/** A sortable id like extension/lib/ids.ts makes: 10 characters of time, 16 of randomness. */
export function itemId(now = Date.now()) {
  let time = ''
  let t = now
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time
    t = Math.floor(t / 32)
  }
  let tail = ''
  for (const b of randomBytes(16)) tail += ALPHABET[b % 32]
  return time + tail
}

export function content(i, title = `${pick(SUBJECTS, i)} #${i}`) {
  return {
    title,
    note: pick(NOTES, i),
    source: {
      kind: 'page',
      url: `https://intranet.example.com/dossiers/${i}`,
      title: pick(SUBJECTS, i + 3),
      excerpt: `${pick(NOTES, i + 1)} ${pick(NOTES, i + 2)}`,
    },
  }
}

export function meta(i, now = Date.now()) {
  return {
    priority: pick(PRIORITIES, i),
    dueAt: i % 3 === 0 ? null : now + ((i * 7919) % (30 * 24 * 60)) * 60_000,
    assigneeId: null,
    category: pick(CATEGORIES, i),
    // Confidential items are hidden from assistants they are not assigned to: none here.
    confidential: false,
  }
}
