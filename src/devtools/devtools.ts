// The devtools page: loads whenever DevTools opens. chrome.devtools.* is used directly because the
// polyfill's browser.devtools can be undefined on recent Chrome (extension-engineering.md §B).
chrome.devtools.panels.create('BILL', '/icons/icon-32.png', '/src/devtools/panel.html')
