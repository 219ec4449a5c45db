import { describe, expect, it } from 'vitest'
import { missingParser } from '../../../../../src/cli/source/structural/registry.ts'
import { CHALLENGE, SETUP, treeFindings } from './tree-scan.ts'

// Each language's ways of reading a constant from another module of the tree. The calling file names no
// BILL endpoint, host or key itself: without its config module nothing ties it to BILL (checked for each).
const HOST = 'https://gateway.stage.bill.com/connect'

const cases: { name: string; files: Record<string, string>; expected: string[] }[] = [
  {
    name: 'JS named import with an alias, through a barrel that re-exports',
    files: {
      'app/config.js': `export const MFA_CHALLENGE = '${HOST}/v3/mfa/challenge'\n`,
      'app/index.js': "export * from './config.js'\n",
      'app/send.js':
        "import { MFA_CHALLENGE as URL } from './index.js'\nfetch(URL, { body: JSON.stringify({ useBackup: true }) })\n",
    },
    expected: [`app/send.js:2 ${CHALLENGE}`],
  },
  {
    name: 'TS default import of a config object, and `* as`',
    files: {
      'src/config.ts': `export default { base: '${HOST}', setup: '/v3/mfa/setup' }\n`,
      'src/paths.ts': "export const CHALLENGE = '/v3/mfa/challenge'\n",
      'src/lib/mfa.ts': [
        "import cfg from '../config'",
        "import * as P from '../paths'",
        'export const add = () => post(cfg.base + cfg.setup, { phone: "1", primary: false })',
        'export const send = () => post(cfg.base + P.CHALLENGE, { useBackup: true })',
      ].join('\n'),
    },
    expected: [`src/lib/mfa.ts:3 ${SETUP}`, `src/lib/mfa.ts:4 ${CHALLENGE}`],
  },
  {
    name: 'CommonJS require',
    files: {
      'lib/urls.js': `exports.MFA_SETUP = '${HOST}/v3/mfa/setup'\n`,
      'lib/add.js': "const urls = require('./urls')\npost(urls.MFA_SETUP, { phone: p, primary: false })\n",
    },
    expected: [`lib/add.js:2 ${SETUP}`],
  },
  {
    name: 'Python relative, absolute (with an alias) and module imports',
    files: {
      'pkg/acme/config.py': `BASE = "${HOST}"\nMFA_SETUP = BASE + "/v3/mfa/setup"\nMFA_CHALLENGE = f"{BASE}/v3/mfa/challenge"\n`,
      'pkg/acme/a.py':
        'from .config import MFA_CHALLENGE\nrequests.post(MFA_CHALLENGE, json={"useBackup": True})\n',
      'pkg/acme/b.py':
        'from acme.config import MFA_SETUP as ADD\nrequests.post(ADD, json={"phone": p, "primary": False})\n',
      'pkg/tools/c.py':
        'from acme import config\nrequests.post(config.MFA_CHALLENGE, json={"useBackup": "true"})\n',
      'pkg/tools/d.py': 'import acme.config as cfg\nrequests.post(cfg.MFA_SETUP, json={"primary": False})\n',
    },
    expected: [
      `pkg/acme/a.py:2 ${CHALLENGE}`,
      `pkg/acme/b.py:2 ${SETUP}`,
      `pkg/tools/c.py:2 ${CHALLENGE}`,
      `pkg/tools/d.py:2 ${SETUP}`,
    ],
  },
  {
    name: 'Java import, static import and same package',
    files: {
      'src/com/acme/Paths.java': `package com.acme;\npublic final class Paths {\n  public static final String MFA_SETUP = "${HOST}" + "/v3/mfa/setup";\n}\n`,
      'src/com/acme/mfa/A.java':
        'package com.acme.mfa;\nimport com.acme.Paths;\nclass A { void a() { body.put("primary", false); post(Paths.MFA_SETUP, body); } }\n',
      'src/com/acme/mfa/B.java':
        'package com.acme.mfa;\nimport static com.acme.Paths.MFA_SETUP;\nclass B { void b() { body.put("primary", false); post(MFA_SETUP, body); } }\n',
      'src/com/acme/C.java':
        'package com.acme;\nclass C { void c() { body.put("primary", false); post(Paths.MFA_SETUP, body); } }\n',
    },
    expected: [
      `src/com/acme/mfa/A.java:3 ${SETUP}`,
      `src/com/acme/mfa/B.java:3 ${SETUP}`,
      `src/com/acme/C.java:2 ${SETUP}`,
    ],
  },
  {
    name: 'Kotlin import of an object and of a top-level const',
    files: {
      'kt/com/acme/bill/Paths.kt': `package com.acme.bill\n\nobject Paths {\n    const val MFA_SETUP = "${HOST}/v3/mfa/setup"\n}\n\nconst val MFA_CHALLENGE = "${HOST}/v3/mfa/challenge"\n`,
      'kt/com/acme/mfa/A.kt':
        'package com.acme.mfa\n\nimport com.acme.bill.Paths\n\nfun a() {\n    val body = JSONObject()\n    body.put("primary", false)\n    post(Paths.MFA_SETUP, body)\n}\n',
      'kt/com/acme/mfa/B.kt':
        'package com.acme.mfa\n\nimport com.acme.bill.MFA_CHALLENGE\n\nfun b() {\n    val body = JSONObject()\n    body.put("useBackup", true)\n    post(MFA_CHALLENGE, body)\n}\n',
    },
    expected: [`kt/com/acme/mfa/A.kt:7 ${SETUP}`, `kt/com/acme/mfa/B.kt:7 ${CHALLENGE}`],
  },
  {
    name: 'Go package import and same package',
    files: {
      'svc/bill/paths.go': `package bill\n\nconst MFAChallenge = "${HOST}" + "/v3/mfa/challenge"\n`,
      'svc/mfa/a.go':
        'package mfa\n\nimport "example.com/svc/bill"\n\nfunc A() { post(bill.MFAChallenge, map[string]any{"useBackup": true}) }\n',
      'svc/bill/b.go': 'package bill\n\nfunc B() { post(MFAChallenge, map[string]any{"useBackup": true}) }\n',
    },
    expected: [`svc/mfa/a.go:5 ${CHALLENGE}`, `svc/bill/b.go:3 ${CHALLENGE}`],
  },
  {
    name: 'C# using, using static and the enclosing namespace',
    files: {
      'Config/Routes.cs': `namespace Acme.Bill.Config {\n  public static class Routes { public const string Mfa = "${HOST}/v3/mfa"; }\n}\n`,
      'Svc/A.cs':
        'using Acme.Bill.Config;\nnamespace Acme.Bill.Svc {\n  class A { Task a() => http.PostAsJsonAsync(Routes.Mfa + "/challenge", new { useBackup = true }); }\n}\n',
      'Svc/B.cs':
        'using static Acme.Bill.Config.Routes;\nnamespace Other {\n  class B { Task b() => http.PostAsJsonAsync($"{Mfa}/setup", new { primary = false }); }\n}\n',
      'Config/C.cs':
        'namespace Acme.Bill.Config {\n  class C { Task c() => http.PostAsJsonAsync(Routes.Mfa + "/challenge", new { useBackup = true }); }\n}\n',
    },
    expected: [`Svc/A.cs:3 ${CHALLENGE}`, `Svc/B.cs:3 ${SETUP}`, `Config/C.cs:2 ${CHALLENGE}`],
  },
  {
    name: 'PHP use (with an alias) and class constants',
    files: {
      'src/Config/Paths.php': `<?php\nnamespace Acme\\Config;\nfinal class Paths {\n  const MFA = '${HOST}/v3/mfa';\n}\n`,
      'src/Mfa/A.php':
        "<?php\nnamespace Acme\\Mfa;\nuse Acme\\Config\\Paths as P;\nfunction a($http) {\n  $http->post(P::MFA . '/challenge', ['json' => ['useBackup' => true]]);\n}\n",
    },
    expected: [`src/Mfa/A.php:5 ${CHALLENGE}`],
  },
  {
    name: 'Ruby require_relative and module constants',
    files: {
      'lib/bill/paths.rb': `module Paths\n  MFA = '${HOST}/v3/mfa'\nend\n`,
      'lib/bill/mfa.rb':
        'require_relative \'paths\'\ndef add(phone)\n  post("#{Paths::MFA}/setup", { phone: phone, primary: false })\nend\n',
    },
    expected: [`lib/bill/mfa.rb:3 ${SETUP}`],
  },
]

describe('constants imported from another module of the tree', () => {
  for (const { name, files, expected } of cases) {
    // Parsers are optional packages: without Kotlin's, .kt files go to the line matcher, which follows no import.
    const parsed = !Object.keys(files).some((f) => f.endsWith('.kt')) || !missingParser('kotlin')
    it.runIf(parsed)(name, () => {
      expect(treeFindings(files).sort()).toEqual([...expected].sort())
    })
    it(`${name}: nothing without the module that holds the constants`, () => {
      const callers = Object.fromEntries(
        Object.entries(files).filter(([, text]) => !/bill\.com|\/v3\//.test(text)),
      )
      expect(treeFindings(callers)).toEqual([])
    })
  }
})
