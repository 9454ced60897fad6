// The tooltip's content, built node by node with textContent: term text comes
// from workspaces (anyone in one can type it), so nothing here is ever parsed
// as HTML.
import type { Lang } from '../../shared/schema/glossary'
import { categoryLabel, uiText } from './labels'
import type { TermView } from './term-view'

/**
 * `onKnown`: the "I know this term" button's action, called for trusted clicks only (a page
 * script's synthetic click must not change what the reader sees marked).
 */
export function tooltipContent(doc: Document, view: TermView, readerLang: Lang, onKnown?: (termId: string) => void): DocumentFragment {
  const text = uiText(readerLang)
  const fragment = doc.createDocumentFragment()
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag)
    node.className = className
    if (content !== undefined) node.textContent = content
    return node
  }

  const head = el('div', 'head')
  head.append(el('span', 'term', view.term))
  const tags = el('span', 'tags')
  tags.append(el('span', 'tag lang', view.lang.toUpperCase()))
  tags.lastElementChild!.setAttribute('title', text.language[view.lang])
  tags.append(el('span', 'tag', view.source === 'workspace' ? text.workspace : categoryLabel(view.category, readerLang)))
  if (view.source === 'workspace') tags.lastElementChild!.setAttribute('title', view.category)
  head.append(tags)
  fragment.append(head)
  if (view.source === 'workspace') fragment.append(el('div', 'category', view.category))
  fragment.append(el('p', 'definition', view.definition))

  if (view.translation !== null) {
    const translation = el('p', 'translation')
    translation.append(
      el('span', 'tag lang', view.translation.lang.toUpperCase()),
      el('strong', '', view.translation.term),
      doc.createTextNode(` — ${view.translation.definition}`),
    )
    fragment.append(translation)
  }
  const actions = el('div', 'actions')
  if (view.link !== null) {
    const link = el('a', 'link', text.open)
    link.href = view.link
    link.target = '_blank'
    link.rel = 'noopener noreferrer'
    actions.append(link)
  }
  if (onKnown !== undefined) {
    const known = el('button', 'known', text.known)
    known.type = 'button'
    known.addEventListener('click', (e) => {
      if (e.isTrusted) onKnown(view.id)
    })
    actions.append(known)
  }
  if (actions.childElementCount > 0) fragment.append(actions)
  return fragment
}
