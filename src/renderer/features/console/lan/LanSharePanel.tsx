import '../../../styles/lanShare.css'
import { useEffect, useId, useRef, useState } from 'react'
import { errorText } from '../../../i18n/userText'
import { LAN_DEFAULT_PORT } from '../../../../shared/host/lanHostApi'
import type { WorkshopDoc } from '../../../../shared/model/workshopDoc'
import { workshopGroups } from '../../../../shared/ops/groupOps'
import { linkLabel } from '../../../lan/lanStatus'
import { useLanStatus } from '../../../lan/lanConnection'
import { useLang, useT } from '../../../i18n/useT'
import { useAppServices } from '../../../session/appServices'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { QrCode } from '../../../ui/QrCode'
import { routeHref } from '../../../navigation/useRoute'
import { useNow } from '../useNow'
import { groupLinkText } from './lanShareText'
import { lanShareActions, refreshInterfaces, sharesWorkshop, useLanShare } from './lanShare'

interface LanSharePanelProps {
  doc: WorkshopDoc
}

/** The route of the set-up guide (features/lanGuide). */
const GUIDE_HREF = routeHref({ name: 'lanGuide' })

/**
 * 「LAN共有」: turns the hub on and off (Electron: on the chosen network and port), and while this
 * workshop is shared shows what the tables need, large enough to read from the back of the room:
 * the URL, its QR code, each group's join code with its connection line, the facilitator's own
 * code; 「すべて切断」 replaces every code.
 */
export function LanSharePanel({ doc }: LanSharePanelProps) {
  const t = useT()
  const lang = useLang()
  const { host } = useAppServices()
  const state = useLanShare((s) => s.state)
  const interfaces = useLanShare((s) => s.interfaces)
  const busy = useLanShare((s) => s.busy)
  const error = useLanShare((s) => s.error)
  const replaced = useLanShare((s) => s.replaced)
  const myLink = useLanStatus()
  const now = useNow(1000)
  const [address, setAddress] = useState<string | null>(null)
  const [portText, setPortText] = useState(String(state?.port ?? LAN_DEFAULT_PORT))
  const [confirming, setConfirming] = useState(false)
  const networkId = useId()
  const portId = useId()
  const portHintId = useId()

  const workshopId = doc.workshop.id
  const groups = workshopGroups(doc)
  const shared = sharesWorkshop(state, workshopId)
  const desktop = state?.mode === 'desktop'
  const chosen = address ?? state?.address ?? interfaces[0]?.address ?? ''
  const port = Number(portText)
  const portValid = Number.isInteger(port) && port >= 1024 && port <= 65535
  const join = shared ? state?.join : null

  // After starting or stopping, the keyboard's place is the panel's heading (the button it was on
  // is gone): the next Tab reaches what is shown now.
  const heading = useRef<HTMLHeadingElement>(null)
  const wasShared = useRef(shared)
  useEffect(() => {
    if (wasShared.current !== shared) heading.current?.focus()
    wasShared.current = shared
  }, [shared])

  const start = () => {
    if (desktop && (!chosen || !portValid)) return
    void lanShareActions.start(host, {
      workshopId,
      groupIds: groups.map((g) => g.id),
      address: desktop ? chosen : '127.0.0.1',
      port: desktop ? port : LAN_DEFAULT_PORT,
    })
  }

  const statusOf = (groupId: string) => state?.status?.groups.find((g) => g.groupId === groupId)

  return (
    <section className="lan-share" aria-labelledby="lan-share-heading">
      <div className="lan-share__bar">
        <h2 id="lan-share-heading" className="lan-share__heading" ref={heading} tabIndex={-1}>
          {t.lanShareHeading}
          {shared ? <span className="lan-share__on">● {t.lanShareOn}</span> : null}
        </h2>
        <a className="button lan-share__guide" href={GUIDE_HREF}>
          {t.lanShareGuide}
        </a>
        <a
          className="button"
          href={routeHref({ name: 'tableFiles', workshopId })}
          title={t.tableFilesOpenHint}
        >
          {t.tableFilesNoNetwork}
        </a>
      </div>

      {error ? (
        <p className="lan-share__error" role="alert">
          {errorText(error, lang)}
        </p>
      ) : null}
      {replaced && shared ? (
        <p className="lan-share__notice" role="status">
          {t.lanShareDisconnected}
        </p>
      ) : null}

      {state?.mode === 'none' ? (
        <p className="lan-share__needs">{t.lanShareNeedsHub}</p>
      ) : !shared ? (
        <div className="lan-share__off">
          <p className="lan-share__lead">{t.lanShareLead}</p>
          {state?.sharing ? <p className="lan-share__warn">{t.lanShareOtherWorkshop}</p> : null}
          {desktop ? (
            <div className="lan-share__fields">
              <div className="lan-share__field">
                <label htmlFor={networkId}>{t.lanShareNetwork}</label>
                <div className="lan-share__row">
                  <select
                    id={networkId}
                    className="lan-share__select"
                    value={chosen}
                    disabled={interfaces.length === 0}
                    onChange={(event) => {
                      setAddress(event.target.value)
                    }}
                  >
                    {interfaces.map((i) => (
                      <option key={`${i.name}-${i.address}`} value={i.address}>
                        {`${i.name}（${i.address}）`}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      void refreshInterfaces(host)
                    }}
                  >
                    {t.lanShareRefreshNetworks}
                  </button>
                </div>
                {interfaces.length === 0 ? (
                  <p className="lan-share__warn">{t.lanShareNoNetwork}</p>
                ) : null}
              </div>
              <div className="lan-share__field">
                <label htmlFor={portId}>{t.lanSharePort}</label>
                <input
                  id={portId}
                  className="lan-share__port"
                  inputMode="numeric"
                  value={portText}
                  aria-invalid={!portValid}
                  aria-describedby={portHintId}
                  onChange={(event) => {
                    setPortText(
                      event.target.value.replace(/[０-９]/g, (d) =>
                        String.fromCharCode(d.charCodeAt(0) - 0xfee0),
                      ),
                    )
                  }}
                />
                <p id={portHintId} className={portValid ? 'lan-share__hint' : 'lan-share__warn'}>
                  {portValid ? t.lanSharePortHint : t.lanSharePortInvalid}
                </p>
              </div>
            </div>
          ) : state?.mode === 'server' && state.address ? (
            <p className="lan-share__lead">{t.lanShareServer(`${state.address}:${state.port}`)}</p>
          ) : null}
          <div className="lan-share__actions">
            <button
              type="button"
              className="button button--primary lan-share__start"
              disabled={busy || !state || (desktop && (!chosen || !portValid))}
              onClick={start}
            >
              {busy ? t.lanShareStarting : t.lanShareStart}
            </button>
          </div>
          {desktop ? <p className="lan-share__hint">{t.lanShareOff}</p> : null}
        </div>
      ) : join ? (
        <div className="lan-share__live">
          <div className="lan-share__join">
            <QrCode className="lan-share__qr" value={join.url} label={t.lanShareQr} />
            <p className="lan-share__url-label">{t.lanShareUrlLabel}</p>
            {/* without the trailing slash: shorter to read out and to type, the same page */}
            <p className="lan-share__url">{join.url.replace(/\/$/, '')}</p>
            {myLink ? (
              <p className="lan-share__mine">{t.lanShareMyLink(linkLabel(myLink, t))}</p>
            ) : null}
            {desktop ? <p className="lan-share__hint">{t.lanShareKeepAwake}</p> : null}
          </div>
          {/* scrolls on its own when there are many groups: a named region the keyboard can scroll */}
          <div
            className="lan-share__codes"
            role="region"
            aria-label={t.lanShareCodesHeading}
            tabIndex={0}
          >
            <table className="lan-share__table">
              <caption className="lan-share__caption">{t.lanShareCodesHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.lanShareGroupCol}</th>
                  <th scope="col">{t.lanShareCodeCol}</th>
                  <th scope="col">{t.lanShareStateCol}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((group) => {
                  const entry = join.groups.find((g) => g.groupId === group.id)
                  const status = statusOf(group.id)
                  return (
                    <tr key={group.id} className={status?.devices ? 'is-connected' : undefined}>
                      <th scope="row" className="lan-share__group">
                        {group.name}
                      </th>
                      <td className="lan-share__code">{entry?.code ?? '…'}</td>
                      <td className="lan-share__state">
                        {groupLinkText(t, group.name, status, now)}
                      </td>
                    </tr>
                  )
                })}
                <tr className="lan-share__facilitator">
                  <th scope="row" className="lan-share__group">
                    {t.lanShareFacilitator}
                  </th>
                  <td className="lan-share__code">{join.facilitator.code}</td>
                  <td className="lan-share__state">{t.lanShareFacilitatorHint}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <div className="lan-share__actions lan-share__actions--live">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => {
                setConfirming(true)
              }}
            >
              {t.lanShareDisconnectAll}
            </button>
            {state?.mode === 'server' || desktop ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => {
                  void lanShareActions.stop(host)
                }}
              >
                {t.lanShareStop}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}

      <ConfirmDialog
        open={confirming}
        title={t.lanShareDisconnectTitle}
        body={t.lanShareDisconnectBody}
        confirmLabel={t.lanShareDisconnectConfirm}
        onCancel={() => {
          setConfirming(false)
        }}
        onConfirm={() => {
          setConfirming(false)
          void lanShareActions.disconnectAll(host)
        }}
      />
    </section>
  )
}
