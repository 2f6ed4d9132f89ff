// The report form page. The element comes from the CDN autoloader, as on an integrator's page. The
// public portal is not a school: the form gets no endpoint, so it offers copy, download and print,
// and shows the general advice on where to report. A link from the compensation checker
// (`report-url`) opens the page with `?prefill-type=…`: the form starts from that verdict (the form
// itself checks the value and says so when it does not know it).
const prefill = new URLSearchParams(location.search).get('prefill-type');
if (prefill) document.querySelector('stagekit-report-form')?.setAttribute('prefill-type', prefill.slice(0, 200));
