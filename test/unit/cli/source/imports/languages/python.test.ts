import { describe, expect, it } from 'vitest'
import { pythonFacts } from '../../../../../../src/cli/source/imports/languages/python.ts'
import { CHALLENGE, treeFindings } from '../tree-scan.ts'

// Python modules: keyed by every tail of their dotted path; `from` imports relative to the package.

describe('pythonFacts', () => {
  it('a module is every tail of its dotted path; a package is its folder', () => {
    expect(pythonFacts('pkg/acme/config.py', '').keys).toEqual([
      'py:config',
      'py:acme.config',
      'py:pkg.acme.config',
    ])
    expect(pythonFacts('acme/stubs.pyi', '').keys).toEqual(['py:stubs', 'py:acme.stubs'])
    expect(pythonFacts('pkg/acme/__init__.py', '').keys).toEqual(['py:acme', 'py:pkg.acme'])
  })

  it('`from .x import a` is relative to the package: each name may be a submodule, and the module itself', () => {
    const facts = pythonFacts('pkg/acme/a.py', 'from .config import MFA, BASE as B  # urls')
    expect(facts.imports).toEqual([
      ['py:pkg.acme.config.MFA'],
      ['py:pkg.acme.config.BASE'],
      ['py:pkg.acme.config'],
    ])
    expect(facts.aliases).toEqual([['B', 'BASE']])
    expect(facts.reexports).toEqual([])
  })

  it('`from x import a` without a dot is absolute, whatever package the importing file is in', () => {
    expect(pythonFacts('billing/client.py', 'from config import GATEWAY').imports).toEqual([
      ['py:config.GATEWAY'],
      ['py:config'],
    ])
  })

  it('each extra dot climbs one package; `from . import x` names a sibling', () => {
    expect(pythonFacts('p/q/r/a.py', 'from ..util import X').imports).toEqual([
      ['py:p.q.util.X'],
      ['py:p.q.util'],
    ])
    expect(pythonFacts('p/q/r/a.py', 'from . import config').imports).toEqual([
      ['py:p.q.r.config'],
      ['py:p.q.r'],
    ])
  })

  it('a star import reads the module itself', () => {
    expect(pythonFacts('a.py', 'from billing import *').imports).toEqual([['py:billing']])
    expect(pythonFacts('pkg/acme/a.py', 'from .config import *').imports).toEqual([['py:pkg.acme.config']])
  })

  it('a parenthesised list is read over all its lines, comments left out', () => {
    expect(
      pythonFacts('a.py', 'from billing.urls import (\n    MFA,  # the challenge\n    BASE,\n)').imports,
    ).toEqual([['py:billing.urls.MFA'], ['py:billing.urls.BASE'], ['py:billing.urls']])
  })

  it('only the extension at the end of the path is dropped; `from . import x` at the top names x', () => {
    expect(pythonFacts('lib.py/config.py', '').keys).toEqual(['py:config', 'py:lib.py.config'])
    expect(pythonFacts('a.py', 'from . import config').imports).toEqual([['py:config']])
  })

  it('`import a.b` lines, indented or not', () => {
    expect(pythonFacts('a.py', 'import acme.config as cfg\n    import os').imports).toEqual([
      ['py:acme.config'],
      ['py:os'],
    ])
  })

  it('a package passes on what it imports', () => {
    const facts = pythonFacts('billing/__init__.py', 'from .urls import GATEWAY')
    expect(facts.imports).toEqual([['py:billing.urls.GATEWAY'], ['py:billing.urls']])
    expect(facts.reexports).toEqual(facts.imports)
  })
})

describe('a Python star import in a tree', () => {
  it('brings the constants of the module it names, as a named import does', () => {
    const files = {
      'pkg/acme/config.py': 'MFA_CHALLENGE = "https://gateway.stage.bill.com/connect/v3/mfa/challenge"\n',
      'pkg/acme/send.py': 'from .config import *\nrequests.post(MFA_CHALLENGE, json={"useBackup": True})\n',
    }
    expect(treeFindings(files)).toEqual([`pkg/acme/send.py:2 ${CHALLENGE}`])
    // Without the config module nothing ties the call to BILL.
    expect(treeFindings({ 'pkg/acme/send.py': files['pkg/acme/send.py'] })).toEqual([])
  })
})

describe('a Python import list over several lines in a tree', () => {
  const config =
    'MFA_CHALLENGE = "https://gateway.stage.bill.com/connect/v3/mfa/challenge"\n' +
    'VENDORS = "https://gateway.stage.bill.com/connect/v3/vendors"\n'
  const send = (alias: string) =>
    `from .config import (\n    MFA_CHALLENGE,\n    ${alias} as URL,  # where it goes\n)\nrequests.post(URL, json={"useBackup": True})\n`

  it('an alias on a later line of the list names the constant: the call goes where it says', () => {
    // To /vendors: not the challenge, so its useBackup is not the backup-phone flag.
    expect(treeFindings({ 'pkg/acme/config.py': config, 'pkg/acme/send.py': send('VENDORS') })).toEqual([])
    expect(treeFindings({ 'pkg/acme/config.py': config, 'pkg/acme/send.py': send('MFA_CHALLENGE') })).toEqual(
      [`pkg/acme/send.py:5 ${CHALLENGE}`],
    )
  })
})
