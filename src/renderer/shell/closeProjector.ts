/**
 * 閉じる on a projector view. The view normally runs in a window the app opened (Electron's
 * projector window, which has no `opener`, or a browser pop-up): that window closes. A view the
 * user opened in a tab of their own cannot be closed by a script, so it goes back to `fallback`
 * (the screen it belongs to) instead.
 */
export function closeProjector(fallback: string, win: Window = window): void {
  win.close()
  win.setTimeout(() => {
    if (!win.closed) win.location.hash = fallback
  }, 150)
}
