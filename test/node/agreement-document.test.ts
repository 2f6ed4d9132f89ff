import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  AGREEMENT_SOURCES,
  agreementCatalog,
  amend,
  buildDocument,
  createAgreement,
  displayValue,
  fieldDefinition,
  fingerprint,
  loadAgreementPdf,
  loadMessages,
  shiftsLiabilityToStudent,
  translator,
  withDocumentLanguage,
  withFields,
  withSource,
  type Agreement,
  type AgreementDocument,
  type AgreementFields,
  type DocumentClause,
  type Regime,
  type Source,
} from '@stagekit/core';

/*
 * The agreement as a document (print view and PDF) in Dutch and English, and the PDF read back with
 * pdfjs. Expected words are written out here (dates, euros, weekdays), not taken from the formatter.
 */

const messages = { nl: await loadMessages(agreementCatalog, 'nl'), en: await loadMessages(agreementCatalog, 'en') };
const t = { nl: translator(messages.nl, 'nl'), en: translator(messages.en, 'en') };
const { renderAgreementPdf, pdfSafeText } = await loadAgreementPdf();

const fixture = JSON.parse(readFileSync(new URL('../fixtures/agreement/full-fields.json', import.meta.url), 'utf8')) as {
  common: AgreementFields;
  regimes: Record<Regime, AgreementFields>;
};
const fullFields = (regime: Regime): AgreementFields => ({ ...fixture.common, ...fixture.regimes[regime] });
const agreementOf = (regime: Regime, fields: AgreementFields, language: 'nl' | 'en' = 'nl'): Agreement => createAgreement({ regime, fields, documentLanguage: language });
const documentOf = (agreement: Agreement): AgreementDocument => buildDocument(agreement, t[agreement.documentLanguage]);
const clauses = (document: AgreementDocument): DocumentClause[] => document.sections.flatMap((section) => section.clauses);
const clause = (document: AgreementDocument, id: string) => clauses(document).find((candidate) => candidate.id === id);
/** Intl puts no-break spaces in amounts; compare words, not kinds of space. */
const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The words each value of the full fixture should be printed as, by hand. Fields not listed print as typed. */
const DISPLAY: Record<'nl' | 'en', AgreementFields> = {
  nl: {
    'student.birthDate': '14 mei 2006',
    'period.start': '1 februari 2027',
    'period.end': '25 juni 2027',
    'supervision.contactStart': '3 februari 2027',
    'supervision.contactMiddle': '14 april 2027',
    'supervision.contactEnd': '23 juni 2027',
    'signing.date': '20 januari 2027',
    'compensation.amount': '€ 400,00',
    'period.hoursPerWeek': '32,5',
    'period.officeDays': 'maandag, dinsdag en donderdag',
    'period.remoteDays': 'woensdag',
    'period.schoolDays': 'vrijdag',
    'programme.level': 'Niveau 3',
    'programme.pathway': 'bol (beroepsopleidende leerweg)',
    'placement.kind': 'Stage',
    'legal.notEmployment': 'Afgesproken',
    'legal.supernumerary': 'Afgesproken',
  },
  en: {
    'student.birthDate': '14 May 2006',
    'period.start': '1 February 2027',
    'period.end': '25 June 2027',
    'supervision.contactStart': '3 February 2027',
    'supervision.contactMiddle': '14 April 2027',
    'supervision.contactEnd': '23 June 2027',
    'signing.date': '20 January 2027',
    'compensation.amount': '€400.00',
    'period.hoursPerWeek': '32.5',
    'period.officeDays': 'Monday, Tuesday and Thursday',
    'period.remoteDays': 'Wednesday',
    'period.schoolDays': 'Friday',
    'programme.level': 'Associate degree',
    'programme.pathway': 'dual',
    'placement.kind': 'Professional training internship',
    'legal.notEmployment': 'Agreed',
    'legal.supernumerary': 'Agreed',
  },
};

/** The words of the full fixture as printed: the hand-written words above, or the value as typed. */
const expectedLines = (regime: Regime, language: 'nl' | 'en') =>
  Object.entries(fullFields(regime)).map(([id, value]) => ({ id, label: messages[language][`field.${id}` as keyof typeof messages.nl] as string, value: DISPLAY[language][id] ?? value }));

const CAO_SOURCE: Source = {
  url: 'https://www.example.nl/cao-bakkers',
  title: 'Cao Bakkersbedrijf 2026: stagevergoeding',
  publisher: 'Sociaal Fonds Bakkersbedrijf',
  figureDate: '2026-01-01',
  checked: '2026-11',
  confidence: 'high',
};

// ── The document ───────────────────────────────────────────────────────────────────────────────

for (const [regime, language] of [
  ['mbo', 'nl'],
  ['hbo', 'en'],
] as const) {
  test(`${regime} in ${language}: every filled field appears once, with its label and its value in words`, () => {
    const document = documentOf(agreementOf(regime, fullFields(regime), language));
    const lines = clauses(document).flatMap((entry) => entry.lines);
    const signing = ['signing.place', 'signing.date'];
    for (const { id, label, value } of expectedLines(regime, language)) {
      if (signing.includes(id)) continue;
      const found = lines.filter((line) => line.label === label);
      assert.equal(found.length, 1, `${id}: label "${label}" appears ${found.length} times`);
      assert.equal(spaces(found[0]!.value), spaces(value), id);
    }
    assert.equal(lines.length, Object.keys(fullFields(regime)).length - signing.length, 'no other lines');
    assert.ok(clauses(document).every((entry) => !entry.empty));
    assert.equal(document.draftNotice, undefined);
    const place = fixture.common['signing.place']!;
    assert.equal(spaces(document.signingLine), spaces(language === 'nl' ? `Getekend in ${place} op 20 januari 2027.` : `Signed in ${place} on 20 January 2027.`));
    assert.equal(document.language, language);
    assert.equal(document.title, language === 'nl' ? 'Praktijkovereenkomst' : 'Internship agreement');
    assert.equal(document.fingerprint, fingerprint(agreementOf(regime, fullFields(regime))));
    assert.ok(document.fingerprintLine.includes(document.fingerprint));
    assert.equal(document.pageFooter(2, 5), `${language === 'nl' ? 'Pagina 2 van 5' : 'Page 2 of 5'} · ${document.fingerprintLine}`);
    // Clauses are numbered 1, 2, 3 … across the sections, each section under its step's title.
    assert.deepEqual(
      clauses(document).map((entry) => entry.number),
      clauses(document).map((_, index) => index + 1),
    );
    assert.equal(document.sections[0]!.title, language === 'nl' ? 'Partijen' : 'Parties');
  });
}

test('each clause cites its sources by number, and each source is listed once', () => {
  const document = documentOf(agreementOf('mbo', fullFields('mbo')));
  const texts = document.sources.map((source) => source.text);
  assert.equal(new Set(texts).size, texts.length, 'no source twice');
  assert.deepEqual(
    document.sources.map((source) => source.number),
    document.sources.map((_, index) => index + 1),
  );
  const termination = clause(document, 'termination')!;
  assert.match(termination.statusLabel, /^Verplicht volgens de wet \[\d+, \d+, \d+\]$/);
  const cited = termination.statusLabel.match(/\d+/g)!.map(Number);
  const titles = cited.map((number) => document.sources.find((source) => source.number === number)!.text);
  for (const id of ['web728', 'web729', 'rijkModel'] as const) assert.ok(titles.some((text) => text.startsWith(AGREEMENT_SOURCES[id].title)), id);
  const rijk = document.sources.find((source) => source.text.startsWith(AGREEMENT_SOURCES.rijkModel.title))!;
  assert.equal(rijk.url, AGREEMENT_SOURCES.rijkModel.url);
  assert.ok(rijk.text.includes('februari 2012') && rijk.text.includes('gecontroleerd november 2026'), rijk.text);
  const undated = document.sources.find((source) => source.text.startsWith(AGREEMENT_SOURCES.web728.title))!;
  assert.ok(undated.text.includes('zonder datum'), undated.text);
  assert.match(clause(documentOf(agreementOf('hbo', {})), 'compensation')!.statusLabel, /^Verplicht in de nieuwe wet \(voorstel\) \[/);
});

test('imported sources (from the compensation check) are listed after the catalogue sources', () => {
  const agreement = withSource(withSource(agreementOf('hbo', fullFields('hbo')), CAO_SOURCE), AGREEMENT_SOURCES.stagepact);
  const document = documentOf(agreement);
  const imported = document.sources.filter((source) => source.text.startsWith(CAO_SOURCE.title));
  assert.equal(imported.length, 1);
  assert.equal(imported[0]!.url, CAO_SOURCE.url);
  assert.equal(imported[0]!.number, document.sources.length, 'numbered after every catalogue source');
  assert.equal(spaces(imported[0]!.text), spaces(`${CAO_SOURCE.title}. ${CAO_SOURCE.publisher}. 1 januari 2026; gecontroleerd november 2026.`));
  // A catalogue source that was also imported is not listed twice.
  assert.equal(document.sources.filter((source) => source.text.startsWith(AGREEMENT_SOURCES.stagepact.title)).length, 1);
  assert.equal(documentOf(agreementOf('hbo', fullFields('hbo'))).sources.length, document.sources.length - 1);
});

test('an empty agreement: every clause is marked empty, and the draft notice is there while a law clause is missing', () => {
  for (const regime of ['mbo', 'hbo', 'wo'] as const) {
    const document = documentOf(agreementOf(regime, {}));
    assert.ok(clauses(document).length > 20);
    for (const entry of clauses(document)) {
      assert.equal(entry.empty, true, entry.id);
      assert.deepEqual(entry.lines, []);
    }
    assert.equal(document.emptyClause, 'Nog niet ingevuld.');
    assert.equal(clause(document, 'parties-guardian'), undefined, 'the guardian clause only for a minor or a named guardian');
    // hbo and wo have no law clause yet: their documents are never a draft for that reason.
    assert.equal(document.draftNotice, regime === 'mbo' ? 'CONCEPT: nog niet alles wat de wet vraagt is ingevuld.' : undefined, regime);
    assert.ok(document.signingLine.includes('…………'));
  }
  const full = fullFields('mbo');
  const without = (id: string) => Object.fromEntries(Object.entries(full).filter(([key]) => key !== id));
  assert.ok(documentOf(agreementOf('mbo', without('termination.terms'))).draftNotice, 'a law field is missing');
  assert.ok(documentOf(agreementOf('mbo', without('period.hoursPerYear'))).draftNotice, 'a law field is missing');
  assert.equal(documentOf(agreementOf('mbo', without('goals.learning'))).draftNotice, undefined, 'a recommended field is missing');
  assert.equal(documentOf(agreementOf('mbo', without('student.phone'))).draftNotice, undefined, 'an optional field is missing');
  assert.equal(documentOf(agreementOf('mbo', without('termination.terms'), 'en')).draftNotice, 'DRAFT: not everything the law asks for is filled in yet.');
  // A minor without a guardian: a draft again.
  assert.ok(documentOf(agreementOf('mbo', { ...without('guardian.name'), 'student.birthDate': '2010-01-01' })).draftNotice);
  // A partly filled clause is not empty; only its filled fields are printed.
  const partial = documentOf(agreementOf('hbo', { 'student.name': 'Ayla de Vries' }));
  assert.equal(clause(partial, 'parties-student')!.empty, false);
  assert.deepEqual(clause(partial, 'parties-student')!.lines, [{ label: 'Naam van de student', value: 'Ayla de Vries' }]);
});

test('the guardian signs only for a minor, or when a guardian is named', () => {
  const roles = (fields: AgreementFields) => documentOf(agreementOf('mbo', fields)).signatures.map((signature) => signature.role);
  const adult = { 'student.name': 'Ayla', 'student.birthDate': '2006-05-14', 'period.start': '2027-02-01' };
  assert.deepEqual(roles(adult), ['Student', 'Namens de school', 'Namens het bedrijf']);
  assert.deepEqual(roles({}), ['Student', 'Namens de school', 'Namens het bedrijf'], 'unknown age');
  assert.deepEqual(roles({ ...adult, 'student.birthDate': '2009-02-02' }), ['Student', 'Ouder of voogd', 'Namens de school', 'Namens het bedrijf'], '17 on the first day');
  assert.deepEqual(roles({ ...adult, 'guardian.name': 'Mirjam' }), ['Student', 'Ouder of voogd', 'Namens de school', 'Namens het bedrijf'], 'named');
  const minorDocument = documentOf(agreementOf('mbo', { ...adult, 'student.birthDate': '2009-02-02' }));
  assert.equal(minorDocument.signatures[1]!.name, '');
  assert.ok(clause(minorDocument, 'parties-guardian')?.empty, 'the guardian clause is shown, empty');
  // Names: the representative, else the organisation.
  const document = documentOf(agreementOf('hbo', { 'school.name': 'Hogeschool Domstad', 'company.name': 'Bakkerij Jansen', 'company.representative': 'Piet Jansen' }));
  assert.deepEqual(
    document.signatures.map((signature) => signature.name),
    ['', 'Hogeschool Domstad', 'Piet Jansen'],
  );
});

test('a liability clause that blames the student gets a note; one that blames the company does not', () => {
  const note = (text: string, language: 'nl' | 'en' = 'nl') => clause(documentOf(agreementOf('hbo', { 'liability.terms': text }, language)), 'insurance-liability')!.notes;
  assert.deepEqual(note('De stagiair is aansprakelijk voor alle schade'), [t.nl('doc.liabilityFlag')]);
  assert.deepEqual(note('The intern is fully liable for any damage.', 'en'), [t.en('doc.liabilityFlag')]);
  assert.deepEqual(note('Het bedrijf is aansprakelijk'), []);
  assert.deepEqual(clause(documentOf(agreementOf('hbo', { 'insurance.terms': 'De stagiair is aansprakelijk' })), 'insurance-liability')!.notes, [], 'only the liability text is read');
  // Fixed notes: the legal position, the reporting routes, and the replacement place in mbo.
  const mbo = documentOf(agreementOf('mbo', {}));
  const hbo = documentOf(agreementOf('hbo', {}));
  assert.deepEqual(clause(mbo, 'legal-position')!.notes, [t.nl('doc.legalPosition')]);
  assert.deepEqual(clause(mbo, 'complaints')!.notes, [t.nl('doc.routesMbo')]);
  assert.deepEqual(clause(hbo, 'complaints')!.notes, [t.nl('doc.routesHigher')]);
  assert.deepEqual(clause(mbo, 'termination')!.notes, [t.nl('doc.replacementMbo')]);
  assert.deepEqual(clause(hbo, 'termination')!.notes, []);
});

const LIABILITY: [text: string, flagged: boolean][] = [
  // Dutch, shifting the risk to the student
  ['De stagiair is aansprakelijk voor alle schade', true],
  ['De student is zelf volledig aansprakelijk voor schade aan apparatuur.', true],
  ['De stagiaire blijft persoonlijk aansprakelijk.', true],
  ['DE STAGIAIR IS AANSPRAKELIJK', true],
  ['De stagiair\nis\taansprakelijk', true],
  ['De aansprakelijkheid ligt geheel bij de student.', true],
  ['Schade komt voor rekening en risico van de stagiair.', true],
  ['Gebruik van de bedrijfsauto is voor risico van de student.', true],
  ['De student vrijwaart het bedrijf van alle aanspraken.', true],
  ['De stagiair vergoedt alle schade die hij veroorzaakt.', true],
  ['De leerling draagt zelf de schade.', true],
  // English, shifting the risk to the student
  ['The intern is fully liable for any damage.', true],
  ['The student shall be liable for all damage caused.', true],
  ["Use of equipment is at the student's own risk.", true],
  ['Use of equipment is at the student’s own risk.', true],
  ['The trainee shall indemnify the company against all claims.', true],
  ['Liability rests solely with the student.', true],
  ['The student will be responsible for any damage.', true],
  // Dutch, where it belongs
  ['Het bedrijf is aansprakelijk', false],
  ['Het bedrijf is aansprakelijk voor schade die de stagiair aan anderen doet (BW 6:170).', false],
  ['De student is niet aansprakelijk.', false],
  ['De stagiair is niet zelf aansprakelijk voor schade.', false],
  ['Het bedrijf vrijwaart de student van aansprakelijkheid.', false],
  ['Het bedrijf vergoedt de schade van de student.', false],
  ['De school verzekert de student tegen ongevallen.', false],
  ['De student is aansprakelijkheidsverzekerd via de school.', false],
  ['Het risico van de student op letsel is verzekerd door de school.', false],
  // English, where it belongs
  ['The company is liable for damage caused by the intern.', false],
  ['The intern is not liable.', false],
  ["Damage is at the company's risk.", false],
  ['The school insures the student.', false],
  ['', false],
];

test('shiftsLiabilityToStudent: a table of Dutch and English sentences', () => {
  const wrong = LIABILITY.filter(([text, flagged]) => shiftsLiabilityToStudent(text) !== flagged);
  assert.deepEqual(wrong, [], 'these sentences are read wrongly');
});

test('values that are not what their kind expects are printed as typed, never dropped or thrown on', () => {
  // A file may hold a value the form would not allow (e.g. a choice from another regime or an old version).
  const odd: AgreementFields = {
    'programme.level': '7',
    'placement.kind': 'Snuffelstage',
    'period.start': 'begin februari',
    'compensation.amount': 'in overleg',
    'period.hoursPerWeek': 'ongeveer 32',
    'period.officeDays': 'ma, di',
    'legal.notEmployment': 'ja hoor',
  };
  const document = documentOf(agreementOf('mbo', odd));
  const lines = clauses(document).flatMap((entry) => entry.lines);
  for (const [id, value] of Object.entries(odd)) {
    const label = messages.nl[`field.${id}` as keyof typeof messages.nl];
    assert.deepEqual(lines.find((line) => line.label === label)?.value, value, id);
  }
  // A choice of another regime still has words.
  assert.equal(displayValue(fieldDefinition('programme.level'), 'master', t.nl, 'nl'), 'Master');
  // Weekdays print in week order, however they were typed: the same fingerprint, the same words.
  assert.equal(displayValue(fieldDefinition('period.officeDays'), 'fri, Mon,tue', t.nl, 'nl'), 'maandag, dinsdag en vrijdag');
  assert.equal(displayValue(fieldDefinition('period.totalHours'), '1280', t.nl, 'nl'), '1.280');
  assert.equal(displayValue(fieldDefinition('period.totalHours'), '1280', t.en, 'en'), '1,280');
  assert.equal(spaces(displayValue(fieldDefinition('compensation.amount'), '1,10', t.nl, 'nl')), '€ 1,10');
  assert.equal(displayValue(undefined, '<b>x</b>', t.nl, 'nl'), '<b>x</b>');
});

test('the version line follows amendments, and the fingerprint is that of the version shown', () => {
  const agreement = withFields(amend(amend(agreementOf('wo', fullFields('wo')))), { 'compensation.amount': '500' });
  const document = documentOf(agreement);
  assert.equal(document.versionLine, 'Versie 3');
  assert.equal(document.fingerprint, fingerprint(agreement));
  assert.equal(documentOf(withDocumentLanguage(agreement, 'en')).versionLine, 'Version 3');
  assert.equal(documentOf(withDocumentLanguage(agreement, 'en')).fingerprint, document.fingerprint, 'the language is not content');
});

// ── PDF ────────────────────────────────────────────────────────────────────────────────────────

async function readPdf(data: Uint8Array): Promise<string[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: data.slice(), standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/', verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')));
  }
  await pdf.destroy();
  return pages;
}

test('PDF: every page carries the fingerprint, and the text holds every filled value and the sources', async () => {
  for (const [regime, language] of [
    ['mbo', 'nl'],
    ['hbo', 'en'],
  ] as const) {
    const agreement = withSource(agreementOf(regime, fullFields(regime), language), CAO_SOURCE);
    const document = documentOf(agreement);
    const data = renderAgreementPdf(document);
    assert.equal(new TextDecoder().decode(data.slice(0, 5)), '%PDF-');
    const pages = await readPdf(data);
    assert.ok(pages.length >= 2, `${pages.length} pages`);
    const print = fingerprint(agreement);
    assert.match(print, /^[0-9a-f]{64}$/);
    pages.forEach((items, index) => {
      const joined = items.join('');
      assert.ok(joined.includes(print), `page ${index + 1} lacks the fingerprint`);
      assert.ok(spaces(items.join(' ')).includes(spaces(document.pageFooter(index + 1, pages.length))), `page ${index + 1}: footer`);
    });
    const text = spaces(pages.flat().join(' '));
    for (const { id, label, value } of expectedLines(regime, language)) {
      assert.ok(text.includes(spaces(value)), `${regime}/${language}: ${id} = "${value}" is not in the PDF`);
      if (id !== 'signing.place' && id !== 'signing.date') assert.ok(text.includes(spaces(`${label}:`)), `${id}: label "${label}"`);
    }
    assert.ok(text.includes(document.sourcesTitle), 'the sources title');
    assert.ok(pages.at(-1)!.join(' ').includes(document.sourcesTitle), 'the sources on the last page');
    assert.ok(text.includes(CAO_SOURCE.title) && text.includes(CAO_SOURCE.url!), 'the imported source');
    assert.ok(text.includes(document.title));
    for (const signature of document.signatures) assert.ok(text.includes(signature.role), signature.role);
    assert.equal(text.includes(t[language]('doc.draft')), false, 'not a draft');
  }
});

test('PDF: a draft says so, and letters the fonts lack are written as their nearest Latin letter', async () => {
  assert.equal(pdfSafeText('Ayşe Yılmaz'), 'Ayse Yilmaz');
  assert.equal(pdfSafeText('Łukasz Wałęsa'), 'Lukasz Walesa');
  assert.equal(pdfSafeText('Zoë Müller, Ærø, €400, “quoted” – café'), 'Zoë Müller, Ærø, €400, “quoted” – café', 'Windows-1252 letters stay');
  assert.equal(pdfSafeText('李'), '?');
  assert.equal(pdfSafeText('Ana 李 Li'), 'Ana ? Li');
  assert.equal(pdfSafeText('a\tb\nc'), 'a b\nc');
  assert.equal(pdfSafeText('Cafe\u0301'), 'Café', 'combining accents are composed first');
  assert.equal(pdfSafeText('\u202eevil\u200b'), '?evil?', 'invisible controls become visible');

  const agreement = agreementOf('mbo', { 'student.name': 'Ayşe Yılmaz', 'company.name': 'Bakkerij 李', 'liability.terms': 'De stagiair is aansprakelijk voor alle schade' });
  const document = documentOf(agreement);
  const pages = await readPdf(renderAgreementPdf(document));
  const text = spaces(pages.flat().join(' '));
  assert.ok(text.includes('Ayse Yilmaz'));
  assert.ok(text.includes('Bakkerij ?'));
  assert.ok(text.includes(t.nl('doc.draft')), 'the draft notice');
  assert.ok(text.includes(spaces(t.nl('doc.liabilityFlag'))), 'the liability note');
  assert.ok(text.includes('Nog niet ingevuld.'));
  for (const items of pages) assert.ok(items.join('').includes(fingerprint(agreement)));
});
