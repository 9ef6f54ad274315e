/** The app's two forms: the compact toolbar popup, and the library in a full browser tab. */
export type Mode = 'popup' | 'library';
