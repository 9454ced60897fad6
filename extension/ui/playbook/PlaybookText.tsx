import { Fragment } from 'preact'
import { useMemo } from 'preact/hooks'
import { parsePlaybook, type Inline } from './playbook-format'

/**
 * A playbook rendered as Preact elements from parsed blocks: text always goes in as text, so
 * markup typed into a playbook (or planted by anyone who could seal one) shows as characters.
 */
export function PlaybookText({ text }: { text: string }) {
  const blocks = useMemo(() => parsePlaybook(text), [text])
  return (
    <div class="playbook-text">
      {blocks.map((b, i) =>
        b.kind === 'list' ? (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Runs runs={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            {b.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                <Runs runs={line} />
              </Fragment>
            ))}
          </p>
        ),
      )}
    </div>
  )
}

function Runs({ runs }: { runs: Inline[] }) {
  return <>{runs.map((r, i) => (r.bold ? <strong key={i}>{r.text}</strong> : <Fragment key={i}>{r.text}</Fragment>))}</>
}
