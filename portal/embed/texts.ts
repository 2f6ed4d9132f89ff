/**
 * The configurator's own words, in Dutch (B1) and English. Pure data and small functions for the
 * sentences that carry a value.
 */
import { OUTBOX_TIMING } from '@stagekit/core';
import type { EndpointTestResult } from './endpoint-test.js';
import type { Lang } from './widget-options.js';

export interface ConfiguratorText {
  readonly stepWidget: string;
  readonly widgetLegend: string;
  readonly stepOptions: string;
  readonly optionsLegend: (widget: string) => string;
  readonly stepTheme: string;
  readonly presetLegend: string;
  readonly customPreset: string;
  readonly customPresetDescription: string;
  readonly tokensSummary: string;
  readonly tokensLegend: string;
  readonly fontPlaceholder: string;
  readonly fontHint: string;
  readonly tokenInvalid: string;
  readonly contrastOk: string;
  readonly contrastProblems: string;
  readonly contrastProblem: (label: string, ratio: string, minimum: string) => string;
  readonly stepPreview: string;
  readonly previewHint: string;
  readonly stepCode: string;
  readonly codeIntro: string;
  readonly codeLabel: string;
  readonly copy: string;
  readonly copyCss: string;
  readonly copied: string;
  readonly selected: string;
  readonly cspTitle: string;
  readonly cspNote: string;
  readonly cssLabel: string;
  readonly noTokens: string;
  readonly defaultSuffix: string;
  readonly numberInvalid: (range: string) => string;
  readonly moreSettings: (set: number) => string;
  readonly caoNone: string;
  readonly caoLoading: string;
  readonly caoUnavailable: string;
  readonly caoIdLabel: string;
  readonly endpointInvalid: string;
  readonly keyPrivate: string;
  /** `unsupported`: a valid key of a kind the form cannot use (not EC P-256 or RSA ≥ 2048 bits). */
  readonly keyInvalid: (unsupported: boolean) => string;
  readonly keyOk: string;
  readonly toolsTitle: string;
  readonly keysTitle: string;
  readonly keysIntro: string;
  readonly keysWarning: string;
  readonly keysGenerate: string;
  readonly keysGenerating: string;
  readonly keysReady: string;
  readonly keysDownload: string;
  readonly keysDiscard: string;
  readonly keysDiscarded: string;
  readonly keysDone: (file: string) => string;
  readonly keysFailed: string;
  readonly keysInsecure: string;
  readonly testTitle: string;
  readonly testIntro: string;
  readonly testButton: string;
  readonly testBusy: string;
  readonly testNeedsEndpoint: string;
  readonly testResult: (result: EndpointTestResult) => string;
  readonly testResultHint: (result: EndpointTestResult) => string | undefined;
}

const nl: ConfiguratorText = {
  stepWidget: '1. Kies een onderdeel',
  widgetLegend: 'Welk onderdeel wil je op je website zetten?',
  stepOptions: '2. Stel het in',
  optionsLegend: (widget) => `Instellingen van "${widget}"`,
  stepTheme: '3. Kies een stijl',
  presetLegend: 'Welke stijl past bij je website?',
  customPreset: 'Eigen keuze',
  customPresetDescription: 'De kleuren en letters die je hieronder hebt aangepast.',
  tokensSummary: 'Kleuren, lettertype en hoeken zelf kiezen',
  tokensLegend: 'Kleuren, lettertype en hoeken',
  fontPlaceholder: 'Het lettertype van je pagina',
  fontHint: 'Namen van lettertypen, met komma’s ertussen. Leeg: het lettertype van je pagina.',
  tokenInvalid: 'Deze waarde kan niet. Hij staat niet in de code.',
  contrastOk: 'Alle kleuren hebben genoeg contrast (WCAG 2.2 AA).',
  contrastProblems: 'Te weinig contrast. Niet iedereen kan dit goed lezen:',
  contrastProblem: (label, ratio, minimum) => `${label}: ${ratio}, minimaal ${minimum} nodig.`,
  stepPreview: '4. Bekijk het voorbeeld',
  previewHint: 'Zo ziet het onderdeel eruit met deze instellingen. Je kunt het hier ook uitproberen.',
  stepCode: '5. Kopieer de code',
  codeIntro:
    'Plak deze code in je pagina, op de plek waar het onderdeel moet komen. De eerste regel (het script) is maar één keer nodig per pagina, ook als je meer onderdelen gebruikt.',
  codeLabel: 'Code voor je pagina',
  copy: 'Kopieer de code',
  copyCss: 'Kopieer de CSS',
  copied: 'Gekopieerd',
  selected: 'De code is geselecteerd. Kopieer hem met Ctrl+C (op een Mac: Cmd+C).',
  cspTitle: 'Zonder style-attribuut (strenge Content-Security-Policy)',
  cspNote: 'Blokkeert je website het style-attribuut (een strenge Content-Security-Policy)? Laat dan style="…" weg uit de code en zet deze regel in je eigen CSS-bestand.',
  cssLabel: 'CSS-regel voor je eigen CSS-bestand',
  noTokens: 'Je gebruikt de eigen stijl van het onderdeel. Er komt geen stijl in de code.',
  defaultSuffix: ' (standaard)',
  moreSettings: (set) => (set ? `Meer instellingen (${set} ingesteld)` : 'Meer instellingen'),
  numberInvalid: (range) => `Dit getal kan niet. Kies ${range}. Het staat niet in de code.`,
  caoNone: 'Geen: de bezoeker kiest zelf',
  caoLoading: 'De lijst met cao’s wordt geladen…',
  caoUnavailable: 'De lijst met cao’s kon niet laden. Typ de code van de cao, bijvoorbeeld cao-horeca.',
  caoIdLabel: 'Code van de cao',
  endpointInvalid: 'Dit adres werkt niet. Gebruik een https-adres (http mag alleen met localhost, om te testen).',
  keyPrivate: 'Dit is een privésleutel. Plak hier alleen de openbare sleutel. De privésleutel hoort alleen op de server van je meldpunt. Hij staat niet in de code.',
  keyInvalid: (unsupported) =>
    `${unsupported ? 'Dit soort sleutel kan niet gebruikt worden. Gebruik EC P-256, of RSA van minstens 2048 bits.' : 'Dit is geen bruikbare openbare sleutel.'} Het formulier kan zo niet versturen.`,
  keyOk: 'De sleutel is goed. Meldingen worden versleuteld.',
  toolsTitle: 'Voor het meldpunt van je school',
  keysTitle: 'Een sleutelpaar maken',
  keysIntro:
    'Met een sleutelpaar versleutelt het formulier elke melding al in de browser van de student. Alleen wie de privésleutel heeft, kan de melding lezen. De openbare sleutel komt in de code.',
  keysWarning:
    'Let op: je krijgt de privésleutel maar één keer, als bestand. Wij bewaren hem niet, ook niet in je browser. Zet het bestand alleen op de server van je meldpunt. Ben je het kwijt? Dan kan niemand de meldingen nog lezen.',
  keysGenerate: 'Maak een sleutelpaar',
  keysGenerating: 'Het sleutelpaar wordt gemaakt…',
  keysReady: 'Het sleutelpaar is klaar. Download nu de privésleutel. Daarna komt de openbare sleutel in het veld.',
  keysDownload: 'Download de privésleutel (één keer)',
  keysDiscard: 'Niet gebruiken',
  keysDiscarded: 'Het sleutelpaar is weggegooid. Er is niets bewaard.',
  keysDone: (file) =>
    `De privésleutel is gedownload als ${file}. Bewaar dat bestand alleen op de server van je meldpunt. De openbare sleutel staat nu in het veld en in de code.`,
  keysFailed: 'Het sleutelpaar kon niet worden gemaakt. Probeer het opnieuw, of in een andere browser.',
  keysInsecure: 'Je browser kan hier geen sleutels maken: de pagina moet via https open zijn.',
  testTitle: 'Je endpoint testen',
  testIntro:
    'Stuurt één testmelding naar het adres hierboven, precies zoals het formulier een echte melding stuurt (versleuteld als je een sleutel hebt). In de melding staat "test": true, het nummer begint met test- en de tekst zegt dat het een test is.',
  testButton: 'Test mijn endpoint',
  testBusy: 'De testmelding wordt verstuurd…',
  testNeedsEndpoint: 'Vul eerst het adres in dat meldingen ontvangt (endpoint).',
  testResult: (result) => {
    const status = result.status === undefined ? '' : ` (HTTP ${result.status})`;
    switch (result.kind) {
      case 'sent':
        return `Gelukt${status}: het endpoint heeft de testmelding aangenomen.${result.reference ? ` Kenmerk: ${result.reference}.` : ' Het gaf geen kenmerk terug; het formulier toont dan het nummer van de melding.'}`;
      case 'rejected':
        return `Niet aangenomen${status}. ${result.message ? `Het endpoint zegt: "${result.message}"` : 'Het endpoint gaf geen reden.'}`;
      case 'server-error':
        return `Fout op de server${status}. Het formulier probeert een echte melding later opnieuw, maar kijk wat er misgaat.`;
      case 'throttled':
        return `Het endpoint is te druk${status}. Het formulier probeert een echte melding later opnieuw.`;
      case 'timeout':
        return `Geen antwoord binnen ${OUTBOX_TIMING.timeoutMs / 1000} seconden.`;
      case 'cors':
        return 'De server antwoordt, maar de browser mag het antwoord niet lezen. Waarschijnlijk staat CORS niet goed, of stuurt het adres door naar een ander adres.';
      case 'unreachable':
        return 'Geen verbinding met dit adres. Klopt het adres? Staat de server aan? Is het https-certificaat geldig?';
      case 'invalid-endpoint':
        return 'Dit adres werkt niet. Gebruik een https-adres (http mag alleen met localhost, om te testen).';
      case 'invalid-key':
        return 'De openbare sleutel is niet bruikbaar. Er is niets verstuurd.';
      case 'insecure-context':
        return 'Je browser kan hier niet versleutelen: de pagina moet via https open zijn. Er is niets verstuurd.';
    }
  },
  testResultHint: (result) =>
    result.kind === 'cors'
      ? 'Laat de server op OPTIONS antwoorden met Access-Control-Allow-Origin (jouw website), Access-Control-Allow-Methods: POST en Access-Control-Allow-Headers: Content-Type, Idempotency-Key. Zet dezelfde Access-Control-Allow-Origin op het antwoord op de POST. Geen doorverwijzing.'
      : result.kind === 'rejected' && result.status === 422
        ? 'Gebruikt je server een oudere versie van @stagekit/core? Die kent "test": true nog niet en weigert daarom de test. Een echte melding kan dan wel aankomen.'
        : undefined,
};

const en: ConfiguratorText = {
  stepWidget: '1. Choose a widget',
  widgetLegend: 'Which widget do you want on your website?',
  stepOptions: '2. Set it up',
  optionsLegend: (widget) => `Settings of "${widget}"`,
  stepTheme: '3. Choose a style',
  presetLegend: 'Which style fits your website?',
  customPreset: 'Your own choice',
  customPresetDescription: 'The colours and font you changed below.',
  tokensSummary: 'Choose colours, font and corners yourself',
  tokensLegend: 'Colours, font and corners',
  fontPlaceholder: 'The font of your page',
  fontHint: 'Font names, separated by commas. Empty: the font of your page.',
  tokenInvalid: 'This value cannot be used. It is not in the code.',
  contrastOk: 'All colours have enough contrast (WCAG 2.2 AA).',
  contrastProblems: 'Not enough contrast. Not everyone can read this well:',
  contrastProblem: (label, ratio, minimum) => `${label}: ${ratio}, at least ${minimum} needed.`,
  stepPreview: '4. See the preview',
  previewHint: 'This is how the widget looks with these settings. You can also try it out here.',
  stepCode: '5. Copy the code',
  codeIntro:
    'Paste this code into your page, where the widget should appear. The first line (the script) is needed only once per page, also when you use more widgets.',
  codeLabel: 'Code for your page',
  copy: 'Copy the code',
  copyCss: 'Copy the CSS',
  copied: 'Copied',
  selected: 'The code is selected. Copy it with Ctrl+C (on a Mac: Cmd+C).',
  cspTitle: 'Without the style attribute (strict Content-Security-Policy)',
  cspNote: 'Does your website block the style attribute (a strict Content-Security-Policy)? Then leave style="…" out of the code and put this rule in your own CSS file.',
  cssLabel: 'CSS rule for your own CSS file',
  noTokens: 'You use the widget’s own style. No style is added to the code.',
  defaultSuffix: ' (default)',
  moreSettings: (set) => (set ? `More settings (${set} set)` : 'More settings'),
  numberInvalid: (range) => `This number cannot be used. Choose ${range}. It is not in the code.`,
  caoNone: 'None: the visitor chooses',
  caoLoading: 'Loading the list of CAOs…',
  caoUnavailable: 'The list of CAOs could not load. Type the CAO’s code, for example cao-horeca.',
  caoIdLabel: 'Code of the CAO',
  endpointInvalid: 'This address does not work. Use an https address (http only with localhost, for testing).',
  keyPrivate: 'This is a private key. Paste only the public key here. The private key belongs on your reporting point’s server only. It is not in the code.',
  keyInvalid: (unsupported) =>
    `${unsupported ? 'This kind of key cannot be used. Use EC P-256, or RSA of at least 2048 bits.' : 'This is not a usable public key.'} The form cannot send like this.`,
  keyOk: 'The key is fine. Reports are encrypted.',
  toolsTitle: 'For your school’s reporting point',
  keysTitle: 'Make a key pair',
  keysIntro:
    'With a key pair the form encrypts every report in the student’s browser already. Only who has the private key can read the report. The public key goes into the code.',
  keysWarning:
    'Note: you get the private key only once, as a file. We do not keep it, not in your browser either. Put the file only on your reporting point’s server. Lose it, and no one can read the reports any more.',
  keysGenerate: 'Make a key pair',
  keysGenerating: 'Making the key pair…',
  keysReady: 'The key pair is ready. Download the private key now. Then the public key goes into the field.',
  keysDownload: 'Download the private key (once)',
  keysDiscard: 'Do not use',
  keysDiscarded: 'The key pair was thrown away. Nothing was kept.',
  keysDone: (file) =>
    `The private key was downloaded as ${file}. Keep that file only on your reporting point’s server. The public key is now in the field and in the code.`,
  keysFailed: 'The key pair could not be made. Try again, or in another browser.',
  keysInsecure: 'Your browser cannot make keys here: the page must be open over https.',
  testTitle: 'Test your endpoint',
  testIntro:
    'Sends one test report to the address above, exactly as the form sends a real report (encrypted when you have a key). The report says "test": true, its number starts with test- and its text says it is a test.',
  testButton: 'Test my endpoint',
  testBusy: 'Sending the test report…',
  testNeedsEndpoint: 'First fill in the address that receives reports (endpoint).',
  testResult: (result) => {
    const status = result.status === undefined ? '' : ` (HTTP ${result.status})`;
    switch (result.kind) {
      case 'sent':
        return `It worked${status}: the endpoint accepted the test report.${result.reference ? ` Reference: ${result.reference}.` : ' It gave no reference; the form then shows the report’s number.'}`;
      case 'rejected':
        return `Not accepted${status}. ${result.message ? `The endpoint says: "${result.message}"` : 'The endpoint gave no reason.'}`;
      case 'server-error':
        return `Server error${status}. The form would try a real report again later, but see what goes wrong.`;
      case 'throttled':
        return `The endpoint is too busy${status}. The form would try a real report again later.`;
      case 'timeout':
        return `No answer within ${OUTBOX_TIMING.timeoutMs / 1000} seconds.`;
      case 'cors':
        return 'The server answers, but the browser may not read the answer. Most likely CORS is not set up, or the address redirects to another address.';
      case 'unreachable':
        return 'No connection to this address. Is the address right? Is the server on? Is its https certificate valid?';
      case 'invalid-endpoint':
        return 'This address does not work. Use an https address (http only with localhost, for testing).';
      case 'invalid-key':
        return 'The public key cannot be used. Nothing was sent.';
      case 'insecure-context':
        return 'Your browser cannot encrypt here: the page must be open over https. Nothing was sent.';
    }
  },
  testResultHint: (result) =>
    result.kind === 'cors'
      ? 'Let the server answer OPTIONS with Access-Control-Allow-Origin (your website), Access-Control-Allow-Methods: POST and Access-Control-Allow-Headers: Content-Type, Idempotency-Key. Put the same Access-Control-Allow-Origin on the answer to the POST. No redirect.'
      : result.kind === 'rejected' && result.status === 422
        ? 'Does your server use an older version of @stagekit/core? It does not know "test": true yet, so it refuses the test. A real report may still arrive.'
        : undefined,
};

export const TEXTS: Readonly<Record<Lang, ConfiguratorText>> = { nl, en };
