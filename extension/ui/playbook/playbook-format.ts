/**
 * The light formatting of a playbook, parsed into plain data so that rendering builds elements
 * and never parses HTML: blank lines separate paragraphs, lines starting with "- " make a
 * bulleted list, and **text** is bold. Everything else is text exactly as typed.
 */
export type Inline = { bold: boolean; text: string }
export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] }

const BULLET = /^\s*- (.*)$/

export function parsePlaybook(text: string): Block[] {
  const blocks: Block[] = []
  let paragraph: Inline[][] | null = null
  let list: Inline[][] | null = null
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      paragraph = null
      list = null
      continue
    }
    const bullet = BULLET.exec(raw)
    if (bullet) {
      paragraph = null
      if (!list) {
        list = []
        blocks.push({ kind: 'list', items: list })
      }
      list.push(parseInline(bullet[1]!.trim()))
      continue
    }
    list = null
    if (!paragraph) {
      paragraph = []
      blocks.push({ kind: 'paragraph', lines: paragraph })
    }
    paragraph.push(parseInline(raw.trim()))
  }
  return blocks
}

/** **bold** runs; a "**" left without its pair stays as typed. */
export function parseInline(text: string): Inline[] {
  const parts = text.split('**')
  const out: Inline[] = []
  parts.forEach((part, i) => {
    // Odd parts sit between two "**", except a last one that nothing closes.
    const odd = i % 2 === 1
    if (odd && i < parts.length - 1) push(out, { bold: true, text: part })
    else push(out, { bold: false, text: odd ? `**${part}` : part })
  })
  return out
}

function push(out: Inline[], run: Inline): void {
  if (run.text === '') return
  const last = out[out.length - 1]
  if (last && last.bold === run.bold) last.text += run.text
  else out.push(run)
}
