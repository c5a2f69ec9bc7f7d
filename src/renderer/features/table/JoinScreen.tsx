import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react'
import type { ErrorRef } from '../../../shared/errors/errorCodes'
import { errorText } from '../../i18n/userText'
import { useLang, useT } from '../../i18n/useT'
import { requestTableJoin, type TableJoin } from '../../lan/tableJoin'

interface JoinScreenProps {
  /** From `#/join/<token>` (QR code, URL): joins without typing. */
  token: string | null
  /** The join kept so far (a table entering a new code after 「すべて切断」), if any. */
  current: TableJoin | null
  /** The hub's origin: the page's own. */
  origin: string
  fetch?: typeof fetch
  /** A join the hub accepted: keep it and show the group. */
  onJoined: (join: TableJoin) => void
  /** Back to the group (only with a kept join). */
  onBack?: () => void
}

/**
 * 「グループワークに参加」: a table types its group's code (ABCD-EFGH) or opens the URL with its
 * token. A wrong code changes nothing and says 「参加コードが違います。…」.
 */
export function JoinScreen({ token, current, origin, fetch, onJoined, onBack }: JoinScreenProps) {
  const t = useT()
  const lang = useLang()
  const fieldId = useId()
  const errorId = useId()
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ErrorRef | null>(null)
  const triedToken = useRef<string | null>(null)

  const join = async (value: string): Promise<void> => {
    setBusy(true)
    setError(null)
    const result = await requestTableJoin(value, { origin, fetch })
    setBusy(false)
    if (result.ok) onJoined(result.join)
    else setError(result.error)
  }

  useEffect(() => {
    if (!token || triedToken.current === token) return
    triedToken.current = token
    void join(token)
    // join is recreated every render; the token alone decides
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token])

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault()
    // typed with the IME on: ＡＢＣＤ－ＥＦＧＨ is ABCD-EFGH
    const typed = code.normalize('NFKC').trim()
    if (typed === '' || busy) return
    void join(typed)
  }

  return (
    <main className="screen screen--center table-join">
      <section className="message-card table-join__card" aria-labelledby={`${fieldId}-h`}>
        <h1 id={`${fieldId}-h`} className="table-join__heading">
          {t.joinHeading}
        </h1>
        <p className="table-join__lead">{t.joinLead}</p>
        <form className="table-join__form" onSubmit={submit} noValidate>
          <label htmlFor={fieldId} className="table-join__label">
            {t.joinCodeLabel}
          </label>
          <div className="table-join__row">
            <input
              id={fieldId}
              className="field table-join__input"
              type="text"
              value={code}
              onChange={(event) => {
                setCode(event.target.value)
              }}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={40}
              placeholder="ABCD-EFGH"
              aria-invalid={error !== null}
              aria-describedby={error ? errorId : undefined}
              // the page is for this alone
              autoFocus
            />
            <button type="submit" className="button button--primary" disabled={busy}>
              {t.joinSubmit}
            </button>
          </div>
        </form>
        {busy ? (
          <p className="table-join__busy" aria-live="polite">
            {t.joinChecking}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="table-join__error" role="alert">
            {errorText(error, lang)}
          </p>
        ) : null}
        {current && onBack ? (
          <button type="button" className="button button--ghost" onClick={onBack}>
            {t.tableBackToGroup}
          </button>
        ) : null}
        <p className="table-join__note">{t.tableSecondCopy}</p>
      </section>
    </main>
  )
}
