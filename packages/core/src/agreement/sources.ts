import type { Source } from '../sources/source.js';

/**
 * Where each clause comes from (domain research, read November 2026). The law texts were read in an
 * older consolidated copy; the confidence says so.
 */
const SOURCES = {
  web728: {
    url: 'https://wetten.overheid.nl/BWBR0007625',
    title: 'Wet educatie en beroepsonderwijs, art. 7.2.8: inhoud van de praktijkovereenkomst',
    publisher: 'wetten.overheid.nl (read in an older consolidated copy)',
    figureDate: null,
    checked: '2026-11',
    confidence: 'high',
  },
  web729: {
    url: 'https://wetten.overheid.nl/BWBR0007625',
    title: 'Wet educatie en beroepsonderwijs, art. 7.2.9: school, student en bedrijf tekenen; school zoekt vervangende plek',
    publisher: 'wetten.overheid.nl (read in an older consolidated copy)',
    figureDate: null,
    checked: '2026-11',
    confidence: 'high',
  },
  web7210: {
    url: 'https://wetten.overheid.nl/BWBR0007625',
    title: 'Wet educatie en beroepsonderwijs, art. 7.2.10: alleen erkende leerbedrijven',
    publisher: 'wetten.overheid.nl (read in an older consolidated copy)',
    figureDate: null,
    checked: '2026-11',
    confidence: 'high',
  },
  sbbPok: {
    url: 'https://www.s-bb.nl/bedrijven/beroepspraktijkvorming/matching-en-voorbereiding/praktijkovereenkomst-afsluiten',
    title: 'SBB: praktijkovereenkomst afsluiten (inhoud van de POK)',
    publisher: 'SBB',
    figureDate: null,
    checked: '2026-11',
    confidence: 'high',
  },
  pokMinor: {
    url: 'https://www.horizoncollege.nl/studenten/alles-van-a-tm-z/praktijkovereenkomst/',
    title: 'Praktijkovereenkomst: bij een minderjarige student tekent ook een ouder of voogd',
    publisher: 'Horizon College; SBB',
    figureDate: null,
    checked: '2026-11',
    confidence: 'medium',
  },
  kamerbrief2026: {
    title: 'Kamerbrief recht op stagevergoeding (contouren wetsvoorstel): verplichte drieledige stageovereenkomst in hbo en wo met stagedoel, begeleiding en recht op stagevergoeding — voorstel, nog geen wet',
    publisher: 'Minister van OCW',
    figureDate: '2026',
    checked: '2026-11',
    confidence: 'medium-high',
  },
  stagecodeHbo: {
    title: 'Stagecode hbo (2006): stagedoelen, weekrooster en onkostenvergoeding in de stageovereenkomst',
    publisher: 'HBO-raad, VNO-NCW, MKB-Nederland',
    figureDate: '2006',
    checked: '2026-11',
    confidence: 'medium',
  },
  rijkModel: {
    url: 'https://wetten.overheid.nl/BWBR0031274',
    title: 'Circulaire modelstageovereenkomsten Rijk (BZK 2012-0000005335), art. 1–15',
    publisher: 'Ministerie van BZK',
    figureDate: '2012-02',
    checked: '2026-11',
    confidence: 'high',
  },
  stagepact: {
    title: 'Stagepact mbo 2023–2027: goede begeleiding, minstens drie contactmomenten, meldpunt stagediscriminatie op elke school, minstens een onkostenvergoeding',
    publisher: 'Rijksoverheid; nieuws.nl; JOB mbo',
    figureDate: '2023-02-14',
    checked: '2026-11',
    confidence: 'medium-high',
  },
  asscher: {
    url: 'https://openkamer.org/kamervraag/2014Z20792',
    title: 'Criteria stage of arbeidsovereenkomst (minister Asscher): leren staat centraal, stagiair is boventallig, er is een stageovereenkomst',
    publisher: 'Tweede Kamer; rendement.nl',
    figureDate: '2016-04-12',
    checked: '2026-11',
    confidence: 'medium-high',
  },
  liability: {
    url: 'https://wetten.overheid.nl/BWBR0031274',
    title: 'Aansprakelijkheid: het bedrijf is aansprakelijk als werkgever (BW 7:658 lid 4 en 6:170), de school verzekert de student',
    publisher: 'Ministerie van BZK (modelstageovereenkomst art. 10); checklists vbw.nu, stage.nl',
    figureDate: '2012-02',
    checked: '2026-11',
    confidence: 'medium-high',
  },
  failingInternships: {
    title: 'Waarom stages mislukken (en wat in de praktijk wél werkt): verwachtingen expliciet maken, onboarding, wie helpt als je vastloopt, wat "af" betekent',
    publisher: 'Blog (seed text, Stagekit research)',
    figureDate: null,
    checked: '2026-11',
    confidence: 'low',
  },
  cnvSurvey: {
    title: 'CNV / Maurice de Hond-enquête onder >3.000 (oud-)stagiairs: 81% wil een verplicht contract met leerdoelen, begeleiding, onkosten, werktijden en vergoeding',
    publisher: 'ANP via welingelichtekringen.nl',
    figureDate: '2024-11',
    checked: '2026-11',
    confidence: 'medium',
  },
  reportingRoutes: {
    title: 'Meldroutes: meldpunt van de school, SBB Meldpunt Stagediscriminatie, Discriminatie.nl, College voor de Rechten van de Mens, Nederlandse Arbeidsinspectie',
    publisher: 'mbo-today.nl; rijksoverheid.nl; mensenrechten.nl; inspectieszw.nl',
    figureDate: '2025-01-17',
    checked: '2026-11',
    confidence: 'medium-high',
  },
  checklists: {
    title: 'Checklists stageovereenkomst (stagecultuurinclusief.nl, vbw.nu, stage.nl, Inholland, VU): vrije dagen, ziekte, geheimhouding, werkplek',
    publisher: 'various',
    figureDate: null,
    checked: '2026-11',
    confidence: 'medium',
  },
} satisfies Record<string, Source>;

export type AgreementSourceId = keyof typeof SOURCES;
export const AGREEMENT_SOURCES: Readonly<Record<AgreementSourceId, Source>> = SOURCES;
