/** Shown while a production profile is being edited: real money moves there. */
export function ProductionWarning() {
  return (
    <div class="banner warn" role="note" data-testid="profile-production-warning">
      <strong>Production.</strong> This profile signs in to BILL’s live service with real organizations, bills
      and payments. The extension asks for access to BILL’s production hosts when you save it.
    </div>
  )
}
