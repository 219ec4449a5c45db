import type { PanelProtocol, ReplayAnswer } from '../../shared/protocol/panel.ts'
import type { Handlers } from '../router.ts'

/** The DevTools panel's requests: replay is the session owner's (src/background/session/replay.ts). */
export function panelHandlers(session: {
  replay(params: PanelProtocol['replayRequest']['params']): Promise<ReplayAnswer>
}): Pick<Handlers, keyof PanelProtocol> {
  return { replayRequest: (params) => session.replay(params) }
}
