import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fn } from 'storybook/test';
import 'stagekit/compensation-checker/define.js';

/**
 * The public contract of `<stagekit-compensation-checker>`: one arg per attribute plus the events.
 * An empty arg leaves the attribute off. The reference date is fixed per story so that the
 * verdicts do not change with the day the story is opened.
 */
interface CheckerArgs {
  lang?: '' | 'nl' | 'en';
  mode: 'full' | 'badge';
  date?: string;
  cao?: string;
  level?: string;
  stageType?: string;
  weeks?: string;
  hours?: string;
  days?: string;
  age?: string;
  location?: string;
  offered?: string;
  employmentContract?: string;
  learningPlan?: string;
  supervisor?: string;
  replacesStaff?: string;
  mainlyProductive?: string;
  graduated?: string;
  onCheck: (event: CustomEvent) => void;
  onError: (event: CustomEvent) => void;
}

const or = (value: string | undefined) => (value ? value : undefined);

const meta = {
  title: 'Elements/Compensation checker',
  component: 'stagekit-compensation-checker',
  args: { lang: '', mode: 'full', date: '2026-03-01', onCheck: fn(), onError: fn() },
  render: (args) => html`<stagekit-compensation-checker
    lang=${ifDefined(or(args.lang))}
    mode=${args.mode}
    date=${ifDefined(or(args.date))}
    cao=${ifDefined(or(args.cao))}
    level=${ifDefined(or(args.level))}
    stage-type=${ifDefined(or(args.stageType))}
    weeks=${ifDefined(or(args.weeks))}
    hours=${ifDefined(or(args.hours))}
    days=${ifDefined(or(args.days))}
    age=${ifDefined(or(args.age))}
    location=${ifDefined(or(args.location))}
    offered=${ifDefined(or(args.offered))}
    employment-contract=${ifDefined(or(args.employmentContract))}
    learning-plan=${ifDefined(or(args.learningPlan))}
    supervisor=${ifDefined(or(args.supervisor))}
    replaces-staff=${ifDefined(or(args.replacesStaff))}
    mainly-productive=${ifDefined(or(args.mainlyProductive))}
    graduated=${ifDefined(or(args.graduated))}
    @stagekit-check=${args.onCheck}
    @stagekit-error=${args.onError}
  ></stagekit-compensation-checker>`,
} satisfies Meta<CheckerArgs>;

export default meta;
type Story = StoryObj<CheckerArgs>;

const vacancy = { cao: 'cao-jeugdzorg', level: 'hbo', stageType: 'practice', hours: '32', age: '20', location: 'nl' } as const;

/** Badge on a vacancy page: the offer meets the CAO (€ 400 at 32 hours a week). */
export const BadgeMeets: Story = { args: { mode: 'badge', ...vacancy, offered: '400' } };

/** Badge: the offer is below the CAO, with the shortfall in the details. */
export const BadgeBelow: Story = { args: { mode: 'badge', ...vacancy, offered: '300' } };

/** Badge: Horeca at 3 days a week, where the CAO parties only advise the day scale. */
export const BadgeAdvisoryScale: Story = {
  args: { mode: 'badge', cao: 'cao-horeca', level: 'mbo-bol', stageType: 'practice', hours: '24', days: '3', age: '18', location: 'nl', offered: '240' },
};

/** Badge: a CAO whose sources show no clause. */
export const BadgeNoClause: Story = { args: { mode: 'badge', ...vacancy, cao: 'cao-metalektro', offered: '300' } };

/** Badge with missing attributes: it names them instead of guessing. */
export const BadgeIncomplete: Story = { args: { mode: 'badge', cao: 'cao-horeca', level: 'hbo' } };

/** The empty form. */
export const EmptyForm: Story = { args: {} };

/** A filled form with a verdict below the CAO. */
export const FilledBelow: Story = { args: { ...vacancy, weeks: '20', offered: '250' } };

/** The answers point to a job, not an internship: the minimum wage that would be owed is shown. */
export const LooksLikeAJob: Story = { args: { ...vacancy, weeks: '20', offered: '250', replacesStaff: 'yes', learningPlan: 'no' } };

/** bbl student with an employment contract: the planned right would not apply; the bbl scale is used. */
export const BblWithContract: Story = {
  args: { level: 'mbo-bbl', stageType: 'practice', hours: '32', age: '19', location: 'nl', offered: '900', employmentContract: 'yes', mainlyProductive: 'yes' },
};

/** An orientation stage on Bonaire: whether the planned right applies is uncertain (the limit is not set). */
export const OrientationOnBonaire: Story = { args: { level: 'hbo', stageType: 'orientation', weeks: '3', hours: '20', age: '19', location: 'bes', offered: '0' } };

/** Invalid input from attributes: messages at the fields (press "Check de vergoeding" to see them all). */
export const InvalidInput: Story = { args: { level: 'hbo', stageType: 'practice', location: 'nl', hours: '90', age: '9', offered: 'abc' } };

/** A CAO id that is in no dataset. */
export const UnknownCao: Story = { args: { ...vacancy, cao: 'cao-does-not-exist', offered: '300' } };

/** English. */
export const English: Story = { args: { lang: 'en', ...vacancy, weeks: '20', offered: '250' } };

/** A reference date long after the newest minimum-wage figure: the figure is marked as possibly outdated. */
export const OutdatedFigures: Story = { args: { ...vacancy, date: '2028-01-01', offered: '300', replacesStaff: 'yes' } };
