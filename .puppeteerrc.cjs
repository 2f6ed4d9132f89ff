// The test machines cannot download browsers; tests use Debian's firefox-esr and chromium.
module.exports = { skipDownload: true };
