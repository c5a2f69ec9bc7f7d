const fromEnv: unknown = import.meta.env.VITE_APP_VERSION

/** The app version written into snapshot files and shown in the about box. */
export const APP_VERSION: string = typeof fromEnv === 'string' && fromEnv !== '' ? fromEnv : '0.1.0'
