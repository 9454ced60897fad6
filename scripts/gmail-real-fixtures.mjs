// Rebuilds test/unit/gmail/fixtures/real/*.html from the public test data they come from (see
// SOURCES.md there). Each fixture is one real Gmail message, its body exactly as Gmail's servers
// sent it to the web client, placed in the thread-view structure of the project's skeletons.
// Personal data is replaced through the map given per source; links and images are neutralised.
//
//   node scripts/gmail-real-fixtures.mjs <InboxSDK git dir> <gmail.js git dir>
//
// Needs the two repositories at the commits named below (e.g. `git clone` then checkout).

import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const [inboxsdk, gmailjs] = process.argv.slice(2)
if (!inboxsdk || !gmailjs) throw new Error('usage: gmail-real-fixtures.mjs <InboxSDK git dir> <gmail.js git dir>')
const INBOXSDK_COMMIT = 'a8a6fe2c9e69b0e70dbdc5c03fea517644e9e3e9'
const GMAILJS_COMMIT = 'b7dfdabc19060721426e93dba85b3f6b6d60a211'
const OUT = join(import.meta.dirname, '..', 'test', 'unit', 'gmail', 'fixtures', 'real')

const show = (dir, commit, path) =>
  execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 26 })

/** Every `["ms", …]` record (one message) in a Gmail response of the pre-2019 and 2025 formats. */
function messageRecords(text) {
  const found = []
  const walk = (x) => {
    if (!Array.isArray(x)) return
    if (x[0] === 'ms') found.push(x)
    else x.forEach(walk)
  }
  for (const line of text.split('\n')) {
    const t = line.trim()
    if (t.startsWith('[')) {
      try {
        walk(JSON.parse(t))
      } catch {
        /* a length line or a partial chunk */
      }
    }
  }
  return found
}

function fromMs(record, threadHex) {
  const details = record[13]
  const split = (s) => {
    const m = /^(.*?)\s*<([^>]+)>$/.exec(s)
    return m ? { name: m[1].replace(/^"|"$/g, ''), email: m[2] } : { name: s, email: s }
  }
  return {
    threadHex,
    messageHex: record[1],
    from: { name: record[5], email: record[6] },
    time: record[7],
    subject: record[12],
    recipients: [...(details[1] ?? []), ...(details[2] ?? [])].map(split),
    body: details[6],
    // Pasted images (`ii_…`) show in the body, not as attachment cards.
    attachments: (details[7]?.[4] ?? []).filter((a) => !String(a[5]).startsWith('ii_')).map((a) => ({ name: a[1], bytes: a[3] })),
  }
}

// Replaces personal data everywhere (names, addresses, their base64 in tracking URLs), then
// points every remote image at nothing and every link at example.com.
function scrub(text, map) {
  let out = text
  for (const [from, to] of map) out = out.split(from).join(to)
  return out
}
function neutralise(html) {
  return (
    html
      .replace(/\+\d{1,3}[\d ().-]{8,}\d/g, '+00 0 00 00 00 00')
      // Document and record ids in the text (shared sheets, CRM keys) go too.
      .replace(
        />([^<]+)</g,
        (_, text) => `>${text.replace(/[A-Za-z0-9_-]{14,}/g, (t) => (/\d/.test(t) && /[A-Za-z]/.test(t) ? 'X'.repeat(t.length) : t))}<`,
      )
      .replace(/\bsrc=("|')[^"']*\1/g, 'src="data:,"')
      .replace(/\b(href|data-saferedirecturl)=("|')https?:[^"']*\2/g, '$1="https://link.example/"')
  )
}

const b64 = (s) => Buffer.from(s).toString('base64')
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
// Gmail's en-US label, written from the message time in UTC (the test reads it as local time).
function dateLabel(ms) {
  const d = new Date(ms)
  const h = d.getUTCHours()
  const hour = h % 12 === 0 ? 12 : h % 12
  return (
    `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ` +
    `${hour}:${String(d.getUTCMinutes()).padStart(2, '0')}\u202f${h < 12 ? 'AM' : 'PM'}`
  )
}
const sizeLabel = (bytes) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)

function page(m, source) {
  const threadPerm = m.threadLocal ?? `thread-f:${BigInt(`0x${m.threadHex}`)}`
  const msgPerm = m.messageLocal ?? `msg-f:${BigInt(`0x${m.messageHex}`)}`
  const legacyThread = m.threadHex ? ` data-legacy-thread-id="${m.threadHex}"` : ''
  const legacyMessage = m.messageHex ? ` data-legacy-message-id="${m.messageHex}"` : ''
  const jslog = m.messageHex
    ? ` jslog="20277; u014N:xr6bB; 1:${b64(JSON.stringify([`#${threadPerm}`]))}; 4:${b64(JSON.stringify([`#${msgPerm}`]))}"`
    : ''
  const person = (p, cls, shown) =>
    `<span email="${escapeHtml(p.email)}" name="${escapeHtml(p.name)}" data-hovercard-id="${escapeHtml(p.email)}" class="${cls}">${escapeHtml(shown ?? p.name)}</span>`
  const to = m.recipients.map((p) => person(p, 'g2')).join(', ')
  const cards = m.attachments
    .map(
      (a) =>
        `<span class="aZo N5jrZb" download_url="application/octet-stream:${escapeHtml(a.name)}:https://mail.google.com/mail/u/0/?ui=2&amp;view=att"><a class="aQy aZr e" href="#"><div class="aQA"><span class="aV3 a6U">${escapeHtml(a.name)}</span></div><div class="aYp"><span class="SaH2Ve">${sizeLabel(a.bytes)}</span></div></a></span>`,
    )
    .join('')
  return `<!doctype html>
<!--
  REAL GMAIL MESSAGE (body markup and field values), in the project's skeleton thread view.
  Source: ${source}
  Personal data replaced (names, addresses, links, images); see SOURCES.md beside this file.
  Generated by scripts/gmail-real-fixtures.mjs; do not edit by hand.
-->
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(m.subject)} - ${escapeHtml(m.account)} - Gmail</title></head>
<body>
<div class="aeF"><div class="nH">
  <div role="main" class="nH bkK"><div class="g id"><div class="nH a98 iY">
    <div class="nH V8djrc byY">
      <div class="nH"><div class="ha"><h2 jsname="r4nke" class="hP" tabindex="-1" data-thread-perm-id="${threadPerm}"${legacyThread}>${escapeHtml(m.subject)}</h2></div></div>
      <div class="bHJ"></div>
    </div>
    <div class="nH" role="list">
      <div class="h7 ie nH oy8Mbf" role="listitem" aria-expanded="true" tabindex="-1">
        <div class="adn ads" data-message-id="#${msgPerm}"${legacyMessage}>
          <div class="gs">
            <div class="gE iv gt"><table cellpadding="0" class="cf gJ" role="presentation"><tbody>
              <tr class="acZ">
                <td class="gF gK"><h3 class="iw"><span class="qu">${person(m.from, 'gD')}</span></h3></td>
                <td class="gH bAk"><div class="gK"><span class="g3" title="${dateLabel(m.time)}">${dateLabel(m.time)}</span></div></td>
                <td class="gH acX bAm" rowspan="2"><div class="T-I J-J5-Ji aaq L3" role="button" tabindex="0" aria-label="Reply"></div></td>
              </tr>
              <tr class="acZ xD"><td colspan="3"><div class="iw ajw"><span translate="no" class="hb">to ${to}</span></div></td></tr>
            </tbody></table></div>
            <div class=""><div class="aHl"></div>
              <div class="ii gt"${jslog}><div class="a3s aiL ">${m.body}</div></div>
            </div>
            ${cards ? `<div class="hq gt"><div class="aQH">${cards}</div></div>` : ''}
          </div>
        </div>
      </div>
    </div>
  </div></div></div>
</div></div>
</body>
</html>
`
}

function write(name, m, source, map) {
  const scrubbed = {
    ...m,
    subject: scrub(m.subject, map),
    from: { name: scrub(m.from.name, map), email: scrub(m.from.email, map) },
    recipients: m.recipients.map((p) => ({ name: scrub(p.name, map), email: scrub(p.email, map) })),
    body: neutralise(scrub(m.body, map)),
    attachments: m.attachments.map((a) => ({ ...a, name: scrub(a.name, map) })),
    account: m.account,
  }
  writeFileSync(join(OUT, name), page(scrubbed, source))
}

// People of the InboxSDK captures (Streak staff and customers) and what replaces them.
const STREAK = [
  ['Damien Brenelière', 'Dana Brunet'],
  ['damien@nimley.com', 'dana@customer.example'],
  ['Damien', 'Dana'],
  ['aZGFtaWVuQHNwYXJrdXAuZnI', 'aZGFuYUBjdXN0b21lci5leGFtcGxl'],
  ['sparkup.fr', 'customer.example'],
  ['nimley.com', 'customer.example'],
  ['Growth &amp; Head of Acquisition', 'Operations'],
  ['Aleem Mawani', 'Alan Marsh'],
  ['aleem@streak.com', 'alan@vendor.example'],
  ['Aleem', 'Alan'],
  ['Andrew Stewart', 'Andy Stone'],
  ['andrew@streak.com', 'andy@vendor.example'],
  ['Andrew', 'Andy'],
  ['Henry Walton', 'Hugo Ward'],
  ['henry@streak.com', 'hugo@vendor.example'],
  ['Henry', 'Hugo'],
  ['Omar Ismail', 'Olga Ivanova'],
  ['omar@streak.com', 'olga@vendor.example'],
  ['www.sparkup.co', 'www.customer.example'],
  ['@ben_reinhardt', '@ben_rivers'],
  ['Benjamin Reinhardt', 'Ben Rivers'],
  ['Benjamin', 'Ben'],
  ['Brian', 'Bruno'],
  ['Ben Reinhardt', 'Ben Rivers'],
  ['bzreinhardt@gmail.com', 'ben.rivers@mail.example'],
  ['benjaminreinhardt.com', 'ben.example'],
  ['Reinhardt', 'Rivers'],
  ['Adriana Soliz', 'Ada Salas'],
  ['adriana@streak.com', 'ada@vendor.example'],
  ['Adriana', 'Ada'],
  ['Annie Wu', 'Ann West'],
  ['annie@streak.com', 'ann@vendor.example'],
  ['Blake Kadatz', 'Blair Knox'],
  ['blake@streak.com', 'blair@vendor.example'],
  ['Blake', 'Blair'],
  ['Jasen Kim', 'Jay Kemp'],
  ['jasen@streak.com', 'jay@vendor.example'],
  ['Chris Cowan', 'Chris Cole'],
  ['cowan+1@streak.com', 'chris+1@vendor.example'],
  ['cowan@streak.com', 'chris@vendor.example'],
  ['Nikola Tesla', 'Nick Test'],
  ['tesla@streak.com', 'nick@vendor.example'],
  ['tesla@inboxsdk.com', 'nick@sdk.example'],
  ['Sara Eichelberger', 'Sam Eastwood'],
  ['sara@streak.com', 'sam@vendor.example'],
  ['Mike Nguyen', 'Max Nolan'],
  ['michael@streak.com', 'max@vendor.example'],
  ['sheets-importer-feedback@streak.com', 'importer-feedback@vendor.example'],
  ['eng@streak.com', 'eng@vendor.example'],
  ['test+to@gmail.com', 'test+to@mail.example'],
  ['test@test.com', 'test@mail.example'],
  ['streak.slack.com', 'chat.example'],
]

const RESPONSES = '__tests__/gmail-response-processor/'
const sdkSource = (path) => `InboxSDK/InboxSDK@${INBOXSDK_COMMIT} ${path} (MIT OR Apache-2.0)`

const picks = [
  [
    'inboxsdk-2018-01-signature-table.html',
    'extract-message-response.txt',
    '160ead0eedc0a679',
    '160ead0eedc0a679',
    'dana@customer.example',
  ],
  ['inboxsdk-2018-02-reply-trimmed.html', 'extract-message-response.txt', '161c535d6934d7c0', '160ead0eedc0a679', 'dana@customer.example'],
  [
    'inboxsdk-2018-02-new-thread-inline-images.html',
    'extract-message-response-2.txt',
    '161d386e20557008',
    '161d386e20557008',
    'eng@vendor.example',
  ],
  ['inboxsdk-2018-02-reply-short.html', 'extract-message-response-2.txt', '161d3b4113362e43', '161d386e20557008', 'eng@vendor.example'],
  ['inboxsdk-2018-02-deep-history.html', 'extract-message-response-2.txt', '161d49f1cce83d66', '1619be4d87a1bfe5', 'hugo@vendor.example'],
  ['inboxsdk-2025-11-inline-image.html', 'extract-message-response-4.txt', '19a9e15b7a82dc3c', '19a9e15b7a82dc3c', 'chris@vendor.example'],
  ['inboxsdk-2025-11-reply-elided.html', 'extract-message-response-4.txt', '19aa36463ba805f6', '19a9e15b7a82dc3c', 'chris@vendor.example'],
]
for (const [name, file, messageHex, threadHex, account] of picks) {
  const record = messageRecords(show(inboxsdk, INBOXSDK_COMMIT, RESPONSES + file)).find((r) => r[1] === messageHex)
  if (!record) throw new Error(`${file}: no message ${messageHex}`)
  write(name, { ...fromMs(record, threadHex), account }, sdkSource(RESPONSES + file), STREAK)
}

// A reply sent from the web client (Jan 2023), as its send request carries it: ids are the
// local `thread-a:r…` / `msg-a:r…` ones, not synced yet, so there is no hex id.
{
  const path = 'test/data/2022-09-09-cvOnReplySend_4_request.json'
  const data = JSON.parse(show(inboxsdk, INBOXSDK_COMMIT, path))
  const thread = data[1][0][0][1]
  const msg = thread[1][13][0]
  write(
    'inboxsdk-2023-01-just-sent-reply.html',
    {
      threadHex: null,
      messageHex: null,
      threadLocal: thread[0],
      messageLocal: msg[0],
      from: { name: msg[1][2], email: msg[1][1] },
      time: msg[6],
      subject: msg[7],
      recipients: msg[2].map((p) => ({ name: p[2] ?? p[1], email: p[1] })),
      body: msg[8][1].map((part) => part[1]).join(''),
      attachments: [],
      account: 'test@mail.example',
    },
    sdkSource(path),
    STREAK,
  )
}

// A Thunderbird mail in Norwegian received in Gmail (Sep 2022), from gmail.js's parser tests: its
// body is a signature alone.
{
  const path = 'test/testdata-parser-json/testdata-parser-fd-embedded.json'
  const data = JSON.parse(show(gmailjs, GMAILJS_COMMIT, path))
  const thread = data[1][0][1]
  const msg = thread[4][0]
  const hex = (perm) => BigInt(perm.split(':')[1]).toString(16)
  const NO = [
    ['Jostein Kjønigsen', 'Jon Kirkeby'],
    ['jostein@secure.kjonigsen.net', 'jon@secure.post.example'],
    ['jostein@kjonigsen.net', 'jon@post.example'],
    ['jostein@gmail.com', 'jon.kirkeby@mail.example'],
    ['jostein.kjønigsen.no', 'jon.post.example'],
    ['Jostein', 'Jon'],
    ['Kjønigsen', 'Kirkeby'],
  ]
  write(
    'gmailjs-2022-09-signature-only-no.html',
    {
      threadHex: hex(thread[3].split('|')[0]),
      messageHex: hex(msg[0]),
      from: { name: msg[1][2], email: msg[1][1] },
      time: msg[6],
      subject: msg[7],
      recipients: msg[2].map((p) => ({ name: p[2] ?? p[1], email: p[1] })),
      body: msg[8][1][0][2][1],
      attachments: [],
      account: 'jon.kirkeby@mail.example',
    },
    `KartikTalwar/gmail.js@${GMAILJS_COMMIT} ${path} (MIT)`,
    NO,
  )
}
console.log('written to', OUT)
