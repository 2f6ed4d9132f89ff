import type { Source } from '../sources/source.js';

/**
 * Where every statement about a reporting route or a protected ground comes from: the domain
 * research (shared/domain.md §4 and §3, pages read November 2026, and the seed texts). Nothing in
 * the routing table may rest on anything else; what the research did not find stays "unknown".
 */
const SOURCES = {
  stagepactMeldpunt: {
    url: 'https://vtoi-nvtk.nl/actueel/stagepact-mbo-regelt-passende-stagevergoeding-en-uitbannen-stagediscriminatie',
    title: 'Stagepact mbo: elke mbo-school heeft een laagdrempelig meldpunt stagediscriminatie, met steun en nazorg',
    publisher: 'VTOI-NVTK',
    figureDate: '2023-02',
    checked: '2026-11',
    confidence: 'medium-high',
  },
  lsvbMeldpunt: {
    url: 'https://trajectum.hu.nl/lsvb-alle-instellingen-een-meldpunt-stagediscriminatie/',
    title: 'LSVb: alle hogescholen en universiteiten een meldpunt stagediscriminatie',
    publisher: 'Trajectum (Hogeschool Utrecht)',
    figureDate: null,
    checked: '2026-11',
    confidence: 'medium',
  },
  lsvbVisie: {
    title: 'LSVb, Visie op stages in het hoger onderwijs: stagemisbruik meld je bij de opleiding, die onderzoekt of de stagiair oneigenlijk wordt ingezet; onderbetaling meld je bij de Arbeidsinspectie',
    publisher: 'Landelijke Studentenvakbond (seed text, Stagekit research)',
    figureDate: null,
    checked: '2026-11',
    confidence: 'medium',
  },
  webReplacement: {
    url: 'https://wetten.overheid.nl/BWBR0007625',
    title: 'Wet educatie en beroepsonderwijs, art. 7.2.9: valt de stageplek weg of schiet de begeleiding tekort, dan zorgt de school voor een vervangende plek',
    publisher: 'wetten.overheid.nl (read in an older consolidated copy)',
    figureDate: null,
    checked: '2026-11',
    confidence: 'high',
  },
  sbbMeldpunt: {
    url: 'https://mbo-today.nl/sbb-maak-gebruik-van-meldpunt-stagediscriminatie/',
    title: 'SBB Meldpunt Stagediscriminatie (sinds juni 2017): SBB onderzoekt met hoor en wederhoor; zwaarste sanctie is het intrekken van de erkenning; SBB en school zoeken een vervangende stage',
    publisher: 'mbo-today.nl',
    figureDate: '2017-06',
    checked: '2026-11',
    confidence: 'medium-high',
  },
  sbbMeldpuntFigures: {
    url: 'https://www.nu.nl/binnenland/6146044/stagediscriminatie-nog-steeds-vaak-niet-gemeld-ondanks-campagne.html',
    title: 'Stagediscriminatie nog steeds vaak niet gemeld: 17 meldingen in het eerste jaar, daarna 30, in 2020/21 39',
    publisher: 'NU.nl',
    figureDate: '2021-07',
    checked: '2026-11',
    confidence: 'medium-high',
  },
  sbbComplaint: {
    url: 'https://www.s-bb.nl/contact/hoe-dien-ik-een-klacht-in-over-een-erkend-leerbedrijf/',
    title: 'SBB: klacht over een erkend leerbedrijf (onveilige situatie, grensoverschrijdend gedrag, onvoldoende begeleiding); de coördinator reageert binnen 3 werkdagen; bij ernstige zaken schorsing of intrekking van de erkenning',
    publisher: 'SBB',
    figureDate: null,
    checked: '2026-11',
    confidence: 'high',
  },
  jobMeldpunt: {
    url: 'https://www.mediastages.nl/blogs/2020/stagediscriminatie',
    title: 'JOB meldpunt: registreert meldingen van mbo-studenten, luistert en verwijst door',
    publisher: 'Mediastages (blog)',
    figureDate: '2020',
    checked: '2026-11',
    confidence: 'low-medium',
  },
  adv: {
    url: 'https://www.rijksoverheid.nl/actueel/nieuws/2025/01/17/een-nieuwe-centrale-organisatie-voor-de-aanpak-van-discriminatie',
    title: 'Antidiscriminatievoorzieningen: gratis, onafhankelijke hulp bij een klacht en registratie; 19 voorzieningen met 27 loketten voor meer dan 95% van de gemeenten, samen Discriminatie.nl; het kabinet plant één centrale organisatie met lokale loketten',
    publisher: 'Rijksoverheid',
    figureDate: '2025-01-17',
    checked: '2026-11',
    confidence: 'high',
  },
  advLaw: {
    url: 'https://gemeenten.movisie.nl/doel/inclusie-bevorderen/beleid/wet-gemeentelijke-antidiscriminatievoorzieningen',
    title: 'Wet gemeentelijke antidiscriminatievoorzieningen (sinds 2009; gemeenten verplicht sinds januari 2010): advies, bemiddeling en registratie',
    publisher: 'Movisie',
    figureDate: '2010-01',
    checked: '2026-11',
    confidence: 'high',
  },
  college: {
    url: 'https://mensenrechten.nl/nl/college-voor-jou',
    title: 'College voor de Rechten van de Mens: een melding (anoniem geregistreerd) of een verzoek om een oordeel na een telefonische intake; een procedure is niet meer anoniem; het oordeel is niet bindend',
    publisher: 'College voor de Rechten van de Mens',
    figureDate: null,
    checked: '2026-11',
    confidence: 'high',
  },
  equalTreatmentGrounds: {
    url: 'https://mensenrechten.nl/nl/de-nederlandse-wet-over-discriminatie',
    title: 'De Nederlandse wet over discriminatie: gronden van de AWGB en van de andere gelijkebehandelingswetten (handicap of chronische ziekte, leeftijd)',
    publisher: 'College voor de Rechten van de Mens',
    figureDate: null,
    checked: '2026-11',
    confidence: 'high',
  },
  arbeidsinspectie: {
    url: 'https://www.inspectieszw.nl/onderwerpen/stagevergoeding',
    title: 'Nederlandse Arbeidsinspectie: is een stagiair in feite een gewone werknemer, dan is het minimumloon verschuldigd; de inspectie controleert, kan een boete geven, en onderbetaling kun je melden',
    publisher: 'Nederlandse Arbeidsinspectie',
    figureDate: null,
    checked: '2026-11',
    confidence: 'high',
  },
  arbeidsinspectieKamervragen: {
    url: 'https://www.openkamer.org/kamervraag/2022Z11646/',
    title: 'Antwoorden Kamervragen 2022Z11646: oneigenlijke inzet van stagiairs, toezicht en boetes door de Arbeidsinspectie',
    publisher: 'Tweede Kamer',
    figureDate: '2022-07-08',
    checked: '2026-11',
    confidence: 'high',
  },
  arbeidsinspectieLimit: {
    url: 'https://www.rd.nl/artikel/1099233-onderwijsminister-bruins-ziet-niets-in-verplichte-stagevergoeding',
    title: 'De Arbeidsinspectie kan alleen beoordelen of een stage in feite werk is, niet of een stagevergoeding passend is',
    publisher: 'Reformatorisch Dagblad',
    figureDate: '2025-03',
    checked: '2026-11',
    confidence: 'medium',
  },
  asscher: {
    url: 'https://openkamer.org/kamervraag/2014Z20792',
    title: 'Criteria stage of arbeidsovereenkomst (minister Asscher): leren staat centraal, de stagiair is boventallig en vervangt geen personeel',
    publisher: 'Tweede Kamer; rendement.nl',
    figureDate: '2016-04-12',
    checked: '2026-11',
    confidence: 'medium-high',
  },
} satisfies Record<string, Source>;

export type ReportSourceId = keyof typeof SOURCES;
export const REPORT_SOURCES: Readonly<Record<ReportSourceId, Source>> = SOURCES;
