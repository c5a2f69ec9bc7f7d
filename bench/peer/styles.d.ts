// Side-effect CSS imports of the peer page (vite bundles them).
declare module '*.css'
