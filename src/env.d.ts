/** True in the "local" builds, which may also talk to the local BILL sandbox on 127.0.0.1/localhost. */
declare const __LOCAL_FLAVOUR__: boolean
