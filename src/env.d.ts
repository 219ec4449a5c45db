/** True in the "local" builds, which may also talk to the local BILL sandbox on 127.0.0.1/localhost. */
declare const __LOCAL_FLAVOUR__: boolean
/**
 * The browser a build is for ('chrome' or 'firefox'): code for the other browser's APIs is left out of the
 * bundle (web-ext lint flags Chrome-only calls). Undefined outside a build (unit tests).
 */
declare const __BROWSER__: 'chrome' | 'firefox'
