import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ANONYMITY_CHOICES,
  GROUND_CHOICES,
  LEVEL_CHOICES,
  MISUSE_CHOICES,
  REPORT_LIMITS,
  REPORT_TYPE_CHOICES,
  REPORTER_CHOICES,
  SITUATION_CHOICES,
  WISH_CHOICES,
  formatNumber,
  type Choice,
  type DraftField,
  type DraftTextField,
  type ReportMessageKey,
} from '@stagekit/core';
import { controlId, errorId, hintId, type ReportView } from './report-view.js';

type TextOptions = { hint?: ReportMessageKey; optional?: boolean; multiline?: boolean; maximum: number; autocomplete?: string; type?: string; inputmode?: string };

const describedBy = (v: ReportView, field: DraftField, hint: boolean) =>
  [hint ? hintId(field) : '', v.errors.has(field) ? errorId(field) : ''].filter(Boolean).join(' ') || nothing;

function fieldError(v: ReportView, field: DraftField): TemplateResult | typeof nothing {
  const error = v.errors.get(field);
  return error ? html`<p class="field-error" id=${errorId(field)}>${error}</p>` : nothing;
}

/** A labelled text control. Its value is never reflected to an attribute (it may be sensitive). */
export function textField(v: ReportView, field: DraftTextField, label: ReportMessageKey, options: TextOptions): TemplateResult {
  const value = v.draft[field];
  const invalid = v.errors.has(field);
  const input = (event: Event) => v.text(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const count = Array.from(value).length;
  return html`<div class="field ${invalid ? 'invalid' : ''}">
    <label for=${controlId(field)}>${v.t(label)}${options.optional ? html` <span class="optional">${v.t('form.optional')}</span>` : nothing}</label>
    ${options.hint ? html`<p class="hint" id=${hintId(field)}>${v.t(options.hint)}</p>` : nothing} ${fieldError(v, field)}
    ${options.multiline
      ? html`<textarea
            id=${controlId(field)}
            name=${field}
            rows="6"
            maxlength=${options.maximum}
            .value=${live(value)}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy(v, field, Boolean(options.hint))}
            @input=${input}
          ></textarea>
          <p class="count">${v.t('form.characters', { count: formatNumber(count, v.locale), maximum: formatNumber(options.maximum, v.locale) })}</p>`
      : html`<input
          id=${controlId(field)}
          name=${field}
          type=${options.type ?? 'text'}
          maxlength=${options.maximum}
          autocomplete=${options.autocomplete ?? 'off'}
          inputmode=${options.inputmode ?? nothing}
          spellcheck=${options.type === 'email' || options.type === 'tel' ? 'false' : nothing}
          .value=${live(value)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy(v, field, Boolean(options.hint))}
          @input=${input}
        />`}
  </div>`;
}

function examples<T extends string>(v: ReportView, choice: Choice<T>): TemplateResult | typeof nothing {
  if (!choice.examples.length) return nothing;
  return html`<details class="examples">
    <summary>${v.t('form.examples')}<span class="vh">: ${v.t(choice.label)}</span></summary>
    <ul>
      ${choice.examples.map((example) => html`<li>${v.t(example)}</li>`)}
    </ul>
  </details>`;
}

/** A group of radio buttons or checkboxes in a fieldset; the group's error is tied to the fieldset. */
function group<T extends string>(
  v: ReportView,
  field: DraftField,
  legend: ReportMessageKey,
  choices: readonly Choice<T>[],
  options: {
    multiple: boolean;
    isChecked(id: T): boolean;
    change(id: T, checked: boolean): void;
    value?(id: T): string;
    hint?: ReportMessageKey;
    optional?: boolean;
    after?(id: T): TemplateResult | typeof nothing;
  },
): TemplateResult {
  const invalid = v.errors.has(field);
  return html`<fieldset class="group ${invalid ? 'invalid' : ''}" aria-describedby=${describedBy(v, field, Boolean(options.hint))}>
    <legend>${v.t(legend)}${options.optional ? html` <span class="optional">${v.t('form.optional')}</span>` : nothing}</legend>
    ${options.hint ? html`<p class="hint" id=${hintId(field)}>${v.t(options.hint)}</p>` : nothing} ${fieldError(v, field)}
    ${choices.map((choice, index) => {
      const id = index === 0 ? controlId(field) : `${controlId(field)}-${choice.id}`;
      const choiceHint = choice.hint ? `${id}-hint` : undefined;
      return html`<div class="choice">
        <input
          type=${options.multiple ? 'checkbox' : 'radio'}
          id=${id}
          name=${field}
          .value=${options.value ? options.value(choice.id) : choice.id}
          .checked=${live(options.isChecked(choice.id))}
          aria-describedby=${choiceHint ?? nothing}
          @change=${(event: Event) => options.change(choice.id, (event.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${v.t(choice.label)}</label>
        ${choice.hint ? html`<p class="hint" id=${choiceHint}>${v.t(choice.hint)}</p>` : nothing} ${examples(v, choice)}
        ${options.after?.(choice.id) ?? nothing}
      </div>`;
    })}
  </fieldset>`;
}

const radios = <T extends string>(v: ReportView, field: 'type' | 'situation' | 'level' | 'reporter', legend: ReportMessageKey, choices: readonly Choice<T>[], extra: { hint?: ReportMessageKey; optional?: boolean } = {}) =>
  group(v, field, legend, choices, {
    multiple: false,
    isChecked: (id) => v.draft[field] === id,
    change: (id, checked) => checked && v.choose(field, id),
    ...extra,
  });

/** Step 1: what happened — the kind of report, the grounds or kinds (with examples), when, who. */
export function renderWhatStep(v: ReportView): TemplateResult {
  const d = v.draft;
  const listField = d.type === 'discrimination' ? 'grounds' : 'kinds';
  const otherChecked = d.type === 'discrimination' ? d.grounds.includes('other') : d.kinds.includes('other');
  const other = (id: string) =>
    id === 'other' && otherChecked ? textField(v, 'otherDetail', 'field.otherDetail', { maximum: REPORT_LIMITS.otherDetail, optional: true }) : nothing;
  return html`
    ${d.prefill ? html`<p class="notice">${v.t('form.prefilled', { verdicts: d.prefill.verdicts.map((verdict) => v.t(`prefill.${verdict}`)).join(', ') })}</p>` : nothing}
    ${radios(v, 'type', 'field.type', REPORT_TYPE_CHOICES)}
    ${d.type
      ? group(v, listField, d.type === 'discrimination' ? 'field.grounds' : 'field.kinds', d.type === 'discrimination' ? GROUND_CHOICES : MISUSE_CHOICES, {
          multiple: true,
          hint: 'field.pickAll',
          isChecked: (id) => (d.type === 'discrimination' ? (d.grounds as string[]) : (d.kinds as string[])).includes(id),
          change: (id, checked) => v.toggle(listField, id, checked),
          after: other,
        })
      : nothing}
    ${radios(v, 'situation', 'field.situation', SITUATION_CHOICES)} ${radios(v, 'reporter', 'field.reporter', REPORTER_CHOICES)}
    ${radios(v, 'level', 'field.level', LEVEL_CHOICES, { hint: 'field.level.hint', optional: true })}
  `;
}

function renderFiles(v: ReportView): TemplateResult {
  const d = v.draft;
  return html`<div class="field files ${v.errors.has('files') ? 'invalid' : ''}">
    <label for=${controlId('files')}>${v.t('field.files')} <span class="optional">${v.t('form.optional')}</span></label>
    <p class="hint" id=${hintId('files')}>
      ${v.t('files.hint')}
      ${v.t('files.limits', { count: REPORT_LIMITS.attachments, size: `${REPORT_LIMITS.attachmentBytes / 1024 / 1024} MB` })}
    </p>
    ${fieldError(v, 'files')}
    <input
      id=${controlId('files')}
      name="files"
      type="file"
      multiple
      aria-describedby=${describedBy(v, 'files', true)}
      aria-disabled=${v.filesBusy ? 'true' : 'false'}
      @click=${(event: Event) => {
        // Not \`disabled\`: that would throw the focus out of the input while a file is prepared.
        if (v.filesBusy) event.preventDefault();
      }}
      @change=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        const files = [...(input.files ?? [])];
        input.value = '';
        if (files.length) v.addFiles(files);
      }}
    />
    ${v.filesBusy ? html`<p class="hint">${v.t('files.busy')}</p>` : nothing}
    ${d.attachments.length
      ? html`<ul class="file-list" part="files">
          ${d.attachments.map(
            (file) => html`<li>
              <span class="file-name">${file.name}</span>
              <span class="hint">${v.t(`metadata.${file.metadata}`)}</span>
              <button type="button" class="secondary" @click=${() => v.removeFile(file.id)}>${v.t('files.remove', { name: file.name })}</button>
            </li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}

/** Step 2: when, where, the company (optional), what happened, witnesses, evidence files. */
export function renderDetailsStep(v: ReportView): TemplateResult {
  return html`
    ${textField(v, 'whatHappened', 'field.whatHappened', { hint: 'field.whatHappened.hint', multiline: true, maximum: REPORT_LIMITS.whatHappened })}
    ${textField(v, 'whenDate', 'field.whenDate', { hint: 'field.whenDate.hint', optional: true, maximum: 10, inputmode: 'numeric' })}
    ${textField(v, 'whenDescription', 'field.whenDescription', { hint: 'field.whenDescription.hint', optional: true, maximum: REPORT_LIMITS.whenDescription })}
    ${textField(v, 'where', 'field.where', { hint: 'field.where.hint', optional: true, maximum: REPORT_LIMITS.place })}
    ${textField(v, 'companyName', 'field.companyName', { hint: 'field.companyName.hint', optional: true, maximum: REPORT_LIMITS.shortText, autocomplete: 'organization' })}
    ${textField(v, 'companyLocation', 'field.companyLocation', { optional: true, maximum: REPORT_LIMITS.shortText })}
    ${textField(v, 'witnesses', 'field.witnesses', { hint: 'field.witnesses.hint', optional: true, multiline: true, maximum: REPORT_LIMITS.witnesses })}
    ${renderFiles(v)}
  `;
}

/** Step 3: what the reporter wants, and anonymous or with contact details (told plainly what each means). */
export function renderContactStep(v: ReportView): TemplateResult {
  const d = v.draft;
  return html`
    ${group(v, 'wishes', 'field.wishes', WISH_CHOICES, {
      multiple: true,
      hint: 'field.pickAll',
      isChecked: (id) => d.wishes.includes(id),
      change: (id, checked) => v.toggle('wishes', id, checked),
    })}
    ${group(v, 'anonymous', 'field.anonymous', ANONYMITY_CHOICES, {
      multiple: false,
      value: (id) => (id === 'anonymous' ? 'yes' : 'no'),
      isChecked: (id) => (id === 'anonymous' ? d.anonymous === true : d.anonymous === false),
      change: (id, checked) => checked && v.choose('anonymous', id === 'anonymous' ? 'yes' : 'no'),
    })}
    ${d.anonymous === false
      ? html`<div class="contact" role="group" aria-labelledby="contact-hint">
          <p class="hint" id="contact-hint">${v.t('field.contact.hint')}</p>
          ${textField(v, 'name', 'field.name', { optional: true, maximum: REPORT_LIMITS.shortText, autocomplete: 'name' })}
          ${textField(v, 'email', 'field.email', { maximum: REPORT_LIMITS.email, autocomplete: 'email', type: 'email' })}
          ${textField(v, 'phone', 'field.phone', { maximum: REPORT_LIMITS.phone, autocomplete: 'tel', type: 'tel' })}
        </div>`
      : nothing}
  `;
}
