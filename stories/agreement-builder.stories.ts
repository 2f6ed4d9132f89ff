import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { amend, createAgreement, withFields, type Agreement, type AgreementFields } from '@stagekit/core';
import 'stagekit/agreement-builder/define.js';
import type { StagekitAgreementBuilder } from 'stagekit';

/**
 * The public contract of `<stagekit-agreement-builder>`: one arg per attribute, the `agreement`
 * property and the three events. Args are named as the Custom Elements Manifest names them (the
 * attribute, and `onStagekit…` for an event), so the Docs table shows one row per attribute with the
 * manifest's description next to the control. An empty arg leaves the attribute off, so the
 * element's own default applies. Every story uses `storage="memory"` unless you switch it: stories then do not share
 * saved agreements, and a reload shows the story as written (with `local`, the newest saved
 * agreement from the same attributes comes back).
 */
interface BuilderArgs {
  /** `nl` or `en` for the form; empty = follow the page (the "Taal / Language" toolbar). */
  lang?: '' | 'nl' | 'en';
  regime?: '' | 'mbo' | 'hbo' | 'wo' | string;
  storage: 'local' | 'memory';
  'agreement-id'?: string;
  /** Set as the `agreement` property (not an attribute) when given. */
  agreement?: Agreement;
  onStagekitAgreementChange: (event: CustomEvent) => void;
  onStagekitAgreementExport: (event: CustomEvent) => void;
  onStagekitError: (event: CustomEvent) => void;
}

const or = (value: string | undefined) => (value ? value : undefined);

/** The element inside the story's canvas, once it has rendered its texts. */
async function builderIn(canvasElement: HTMLElement): Promise<StagekitAgreementBuilder> {
  const element = canvasElement.querySelector('stagekit-agreement-builder');
  if (!element) throw new Error('stagekit-agreement-builder is not in the canvas');
  await waitFor(() => expect(element.shadowRoot?.querySelector('#step-title')).toBeTruthy());
  await element.updateComplete;
  return element;
}

const shadow = (element: HTMLElement) => element.shadowRoot!;

/** Clicks the last step in the stepper ("check and sign"): completeness, document preview, versions, sharing. */
async function goToLastStep(element: StagekitAgreementBuilder): Promise<void> {
  const steps = shadow(element).querySelectorAll<HTMLButtonElement>('nav.stepper button.step');
  await userEvent.click(steps[steps.length - 1]!);
  await waitFor(() => expect(shadow(element).querySelector('article.document')).toBeTruthy());
}

const builder = (args: BuilderArgs) => html`<stagekit-agreement-builder
  lang=${ifDefined(or(args.lang))}
  regime=${ifDefined(or(args.regime))}
  agreement-id=${ifDefined(or(args['agreement-id']))}
  storage=${args.storage}
  ${ref((element) => {
    // Only a given agreement is set: setting `agreement` to undefined would be refused as invalid.
    if (element && args.agreement) (element as StagekitAgreementBuilder).agreement = args.agreement;
  })}
  @stagekit-agreement-change=${args.onStagekitAgreementChange}
  @stagekit-agreement-export=${args.onStagekitAgreementExport}
  @stagekit-error=${args.onStagekitError}
></stagekit-agreement-builder>`;

const meta = {
  title: 'Elements/Agreement builder',
  component: 'stagekit-agreement-builder',
  args: { lang: '', regime: '', storage: 'memory', onStagekitAgreementChange: fn(), onStagekitAgreementExport: fn(), onStagekitError: fn() },
  // Descriptions and types come from the manifest; here only the controls (an empty value = attribute left off).
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'nl', 'en'] },
    regime: { control: 'select', options: ['', 'mbo', 'hbo', 'wo'] },
    storage: { control: 'inline-radio', options: ['local', 'memory'] },
    'agreement-id': { control: 'text' },
    agreement: { control: 'object' },
  },
  render: builder,
} satisfies Meta<BuilderArgs>;

export default meta;
type Story = StoryObj<BuilderArgs>;

// Agreements for the stories ------------------------------------------------------------------------

/** The parties of an mbo placement: an adult student at a bakery (no guardian needed). */
const PARTIES: AgreementFields = {
  'student.name': 'Ayla de Vries',
  'student.birthDate': '2006-05-14',
  'student.number': '2087431',
  'student.email': 'ayla.devries@student.example.nl',
  'student.phone': '06 12345678',
  'student.address': 'Kerkstraat 1\n3511 LX Utrecht',
  'school.name': 'ROC Domstad',
  'school.representative': 'Joost Bakker, teamleider',
  'school.supervisorName': 'Sanne Visser',
  'school.supervisorEmail': 'sanne.visser@rocdomstad.example.nl',
  'school.supervisorPhone': '030 1234567',
  'company.name': 'Bakkerij Jansen',
  'company.kvk': '12345678',
  'company.address': 'Dorpsweg 2\n3512 AB Utrecht',
  'company.representative': 'Piet Jansen, eigenaar',
  'company.sbbNumber': '100234567',
  'trainer.name': 'Kees Jansen',
  'trainer.email': 'kees@bakkerijjansen.example.nl',
  'trainer.phone': '06 11122233',
};

/** Every step of the mbo agreement filled in: law, coming law and recommended all complete. */
const FULL_MBO: AgreementFields = {
  ...PARTIES,
  'programme.name': 'Bakker',
  'programme.level': '3',
  'programme.code': '25180',
  'programme.studyYear': '2',
  'programme.pathway': 'bol',
  'placement.kind': 'stage',
  'goals.qualification': 'Kerntaak B1-K1: brood en banket maken, werkprocessen 1 tot en met 4.',
  'goals.learning': 'Zelfstandig deeg maken en afbakken; een bestelling van begin tot eind verzorgen.',
  'goals.plan': 'Leerplan BPV leerjaar 2',
  'period.start': '2027-02-01',
  'period.end': '2027-06-25',
  'period.totalHours': '640',
  'period.hoursPerYear': 'Leerjaar 2: 640 uur',
  'period.hoursPerWeek': '32',
  'period.daysPerWeek': '4',
  'period.workingTimes': '6.00 tot 14.30 uur',
  'period.officeDays': 'mon,tue,thu,fri',
  'period.schoolDays': 'wed',
  'place.address': 'Dorpsweg 2, Utrecht (bakkerij)',
  'place.remoteRules': 'Geen thuiswerk: het werk gebeurt in de bakkerij.',
  'period.daysOff': 'Schoolvakanties en feestdagen.',
  'supervision.company': 'Kees Jansen werkt de eerste weken in dezelfde dienst en houdt elke vrijdag een kort gesprek.',
  'supervision.school': 'Sanne Visser bezoekt de bakkerij drie keer.',
  'supervision.contactStart': '2027-02-03',
  'supervision.contactMiddle': '2027-04-14',
  'supervision.contactEnd': '2027-06-23',
  'supervision.reachSchool': 'Mail of bel Sanne Visser op werkdagen.',
  'onboarding.firstWeek': 'Meelopen met Kees, rondleiding, hygiëne- en veiligheidsinstructie.',
  'expectations.stuck': 'Vraag het eerst aan Kees; lukt het samen niet, dan belt Kees of de student de school.',
  'expectations.done': 'Als het product volgens recept klaar is en Kees het heeft gezien.',
  'expectations.feedback': 'Elke vrijdag in het weekgesprek.',
  'assessment.method': 'Praktijkbeoordeling met het formulier van school.',
  'assessment.assessor': 'Sanne Visser (school), met advies van Kees Jansen',
  'assessment.moments': 'Halverwege (april) en in de laatste week.',
  'assessment.companyRole': 'Kees vult het formulier in en geeft een advies; de school beslist.',
  'compensation.amount': '400',
  'compensation.hoursBasis': '32',
  'compensation.cao': 'Cao Bakkersbedrijf',
  'compensation.caoClause': 'Stagevergoeding volgens de cao, naar rato bij minder uren.',
  'compensation.expenses': 'Werkkleding wordt verstrekt en gewassen.',
  'compensation.travel': 'Geen reiskosten: de student heeft een studentenreisproduct.',
  'legal.notEmployment': 'yes',
  'legal.supernumerary': 'yes',
  'confidentiality.terms': 'Recepten en klantgegevens blijven geheim.',
  'insurance.terms': 'De school verzekert de student (aansprakelijkheid en ongevallen).',
  'liability.terms': 'Het bedrijf is aansprakelijk voor schade die de student bij het werk doet of oploopt.',
  'absence.reporting': 'Bij ziekte voor 6.00 uur Kees bellen en de school mailen.',
  'absence.makeUp': 'Gemiste uren in overleg inhalen.',
  'termination.terms': 'Eerder stoppen na overleg met alle drie de partijen; de school zoekt dan een ander leerbedrijf.',
  'complaints.meldpunt': 'Bij de BPV-docent of de klachtencommissie van de school.',
  'complaints.confidant': 'Fatima El Amrani, vertrouwenspersoon',
  'signing.place': 'Utrecht',
  'signing.date': '2027-01-20',
};

const partlyFilled = withFields(createAgreement({ regime: 'mbo', id: 'story-partly' }), {
  ...PARTIES,
  'programme.name': 'Bakker',
  'programme.level': '3',
  'period.start': '2027-02-01',
  'period.end': '2027-06-25',
});

const full = createAgreement({ regime: 'mbo', id: 'story-full', fields: FULL_MBO });

/** Version 1 was signed; version 2 moves the end date, adds hours and raises the allowance. */
const amended = withFields(amend(createAgreement({ regime: 'mbo', id: 'story-amended', fields: FULL_MBO })), {
  'period.end': '2027-07-09',
  'period.totalHours': '704',
  'compensation.amount': '425',
  'signing.date': '2027-04-20',
});

// Stories -------------------------------------------------------------------------------------------

/** No attributes: a new, empty praktijkovereenkomst (mbo) at step 1 of 8. */
export const EmptyMbo: Story = {
  name: 'Empty (mbo, praktijkovereenkomst)',
  args: { regime: 'mbo' },
};

/** A new stageovereenkomst for hbo: the clauses that the law requires for mbo are marked as "required in the coming law". */
export const EmptyHbo: Story = {
  name: 'Empty (hbo, stageovereenkomst)',
  args: { regime: 'hbo' },
};

/** A new stageovereenkomst for wo (research university). */
export const EmptyWo: Story = {
  name: 'Empty (wo, stageovereenkomst)',
  args: { regime: 'wo' },
};

/** The parties, the programme and the dates filled in (as the `agreement` property); the completeness panel lists what is still missing, with links. */
export const PartlyFilled: Story = {
  name: 'Partly filled',
  args: { agreement: partlyFilled },
  play: async ({ canvasElement }) => {
    const element = await builderIn(canvasElement);
    await waitFor(() => expect(element.agreement.id).toBe('story-partly'));
    await expect(element.completeness.lawComplete).toBe(false);
  },
};

/** Every clause filled in: law, coming law and recommended all complete, so the document is no longer a draft. */
export const FullAndComplete: Story = {
  name: 'Full and complete',
  args: { agreement: full },
  play: async ({ canvasElement }) => {
    const element = await builderIn(canvasElement);
    await waitFor(() => expect(element.agreement.id).toBe('story-full'));
    const { law, proposal, recommended, lawComplete } = element.completeness;
    await expect(lawComplete).toBe(true);
    await expect([law.missing.length, proposal.missing.length, recommended.missing.length]).toEqual([0, 0, 0]);
  },
};

/**
 * A mistyped e-mail address, and "next step": the step is not left. The error summary lists each
 * problem as a link to its field (the e-mail address, and what the law requires that is still
 * empty) and gets the focus; each field shows its own message.
 */
export const ValidationErrors: Story = {
  name: 'Validation errors (error summary)',
  args: { agreement: withFields(createAgreement({ regime: 'mbo', id: 'story-errors' }), { 'student.name': 'Ayla de Vries', 'student.email': 'ayla@student' }) },
  play: async ({ canvasElement }) => {
    const element = await builderIn(canvasElement);
    await waitFor(() => expect(element.agreement.id).toBe('story-errors'));
    await userEvent.click(shadow(element).querySelector<HTMLButtonElement>('form.step-form button[type="submit"]')!);
    await waitFor(() => expect(shadow(element).activeElement?.classList.contains('error-summary')).toBe(true));
    const links = [...shadow(element).querySelectorAll<HTMLAnchorElement>('.error-summary a')].map((link) => link.getAttribute('href'));
    await expect(links).toContain('#f-student-email');
    await expect(shadow(element).querySelector('#f-student-email')?.getAttribute('aria-invalid')).toBe('true');
  },
};

/** The last step of a full agreement whose document language is English: completeness, the document preview (also what is printed), print and PDF, versions, sharing. */
export const DocumentPreviewEnglish: Story = {
  name: 'Last step: document preview in English',
  args: { agreement: { ...full, id: 'story-english-document', documentLanguage: 'en' } },
  play: async ({ canvasElement }) => {
    const element = await builderIn(canvasElement);
    await waitFor(() => expect(element.agreement.id).toBe('story-english-document'));
    await goToLastStep(element);
    await waitFor(() => expect(shadow(element).querySelector('article.document')?.getAttribute('lang')).toBe('en'));
  },
};

/** Version 2 of a signed agreement: version 1 is kept with its fingerprint, and the last step lists what changed. */
export const Amended: Story = {
  name: 'Amended (version 2 with changes)',
  args: { agreement: amended },
  play: async ({ canvasElement }) => {
    const element = await builderIn(canvasElement);
    await waitFor(() => expect(element.agreement.version).toBe(2));
    await goToLastStep(element);
    await waitFor(() => expect(shadow(element).querySelectorAll('.versions .changes li').length).toBe(4));
  },
};

/** `storage="memory"`: nothing is kept in this browser, and the saved-agreements panel says so (download the file to keep your work). */
export const MemoryStorage: Story = {
  name: 'Memory storage (nothing kept)',
  args: { storage: 'memory' },
  play: async ({ canvasElement }) => {
    const element = await builderIn(canvasElement);
    const saved = shadow(element).querySelector<HTMLDetailsElement>('details.saved')!;
    await userEvent.click(saved.querySelector('summary')!);
    await waitFor(() => expect(saved.open).toBe(true));
  },
};

/** `lang="en"`: the form in English (the parties filled in), whatever the page language. */
export const English: Story = {
  args: { lang: 'en', agreement: { ...partlyFilled, id: 'story-english' } },
};

/** `regime="bachelor"` does not exist: a notice names it, the builder uses mbo, and a `stagekit-error` with code `invalid-attribute` is fired (see the Actions panel). */
export const InvalidRegime: Story = {
  name: 'Invalid regime attribute',
  args: { regime: 'bachelor' },
  play: async ({ canvasElement, args }) => {
    const element = await builderIn(canvasElement);
    await waitFor(() => expect(shadow(element).querySelector('.notice')).toBeTruthy());
    await expect(element.agreement.regime).toBe('mbo');
    await waitFor(() => expect(args.onStagekitError).toHaveBeenCalled());
  },
};

/**
 * An `agreement` property that is not an agreement (an unknown regime, a start date that is no
 * date): the builder keeps its own agreement, names the problems in a notice, and fires
 * `stagekit-error` with code `invalid-agreement` (see the Actions panel).
 */
export const InvalidAgreement: Story = {
  name: 'Invalid agreement property',
  args: {
    agreement: { ...createAgreement({ regime: 'mbo', id: 'story-invalid' }), regime: 'bachelor', fields: { 'period.start': 'morgen' } } as unknown as Agreement,
  },
  play: async ({ canvasElement, args }) => {
    const element = await builderIn(canvasElement);
    const codes = () => (args.onStagekitError as unknown as { mock: { calls: [CustomEvent][] } }).mock.calls.map(([event]) => event.detail.code);
    await waitFor(() => expect(codes()).toContain('invalid-agreement'), { timeout: 5000 });
    await expect(element.agreement.id).not.toBe('story-invalid');
  },
};

/** `agreement-id="Mijn Overeenkomst!"`: not a valid id (lower-case letters, digits, dashes); a notice names it and `stagekit-error` has code `invalid-attribute`. */
export const InvalidAgreementId: Story = {
  name: 'Invalid agreement-id attribute',
  args: { 'agreement-id': 'Mijn Overeenkomst!' },
  play: async ({ canvasElement, args }) => {
    await builderIn(canvasElement);
    const codes = () => (args.onStagekitError as unknown as { mock: { calls: [CustomEvent][] } }).mock.calls.map(([event]) => event.detail.code);
    await waitFor(() => expect(codes()).toContain('invalid-attribute'), { timeout: 5000 });
  },
};
