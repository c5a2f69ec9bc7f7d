// Excalidraw fetches its fonts from EXCALIDRAW_ASSET_PATH (a CDN by default): here from this
// page's own server (vite.config.mts copies them next to the page). Imported before Excalidraw.
Object.assign(window, { EXCALIDRAW_ASSET_PATH: new URL('./', window.location.href).href })
