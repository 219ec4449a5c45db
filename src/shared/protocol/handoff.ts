/** Handing the live session to other tools (the popup's "Copy for Postman" and "Copy as curl"). */
export interface HandOffProtocol {
  /**
   * Text for the clipboard with the active session's secrets: a Postman environment (JSON) for BILL's
   * collection, or a curl command for the session-info call. Fails with `not-signed-in` without a session.
   */
  sessionHandOff: { params: { format: 'postman' | 'curl' }; result: { text: string } }
}
