// whatsapp-web.js pulls in puppeteer, whose postinstall downloads Chrome. Downloads are
// impossible on our machines and unwanted in production (we use Debian's Chromium,
// see CHROMIUM_PATH), so skip them. cosmiconfig finds this file from node_modules/puppeteer.
module.exports = { skipDownload: true };
