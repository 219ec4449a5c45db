// The pages' words in English, one file per area: words shared by several pages, the popup and side view,
// the options page, the DevTools panel and HAR inspector. Keys are unique across the files (i18n.test.ts).
import common from './common.json' with { type: 'json' }
import options from './options.json' with { type: 'json' }
import panel from './panel.json' with { type: 'json' }
import popup from './popup.json' with { type: 'json' }

export const en = { ...common, ...popup, ...options, ...panel }
