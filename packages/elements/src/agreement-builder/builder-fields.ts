import { html, nothing, type TemplateResult } from 'lit';
// live(): the value is compared with what the control holds now, so typing (and IME composition) is
// never interrupted by writing back the same text.
import { live } from 'lit/directives/live.js';
import {
  AGREEMENT_SOURCES,
  AGREEMENT_WEEKDAYS,
  clauseFields,
  fieldDefinition,
  fieldOptions,
  formatPartialDate,
  isMinorAtStart,
  readWeekdays,
  requiredFields,
  shiftsLiabilityToStudent,
  type AgreementMessageKey,
  type ClauseDefinition,
  type FieldDefinition,
} from '@stagekit/core';
import { controlId, type BuilderView } from './builder-view.js';

const key = (text: string) => text as AgreementMessageKey;


function describedBy(id: string, hint: boolean, error: boolean): string {
  return [hint ? `${controlId(id)}-hint` : '', error ? `${controlId(id)}-error` : ''].filter(Boolean).join(' ');
}

function renderControl(v: BuilderView, field: FieldDefinition, value: string, describe: string, invalid: boolean): TemplateResult {
  const id = controlId(field.id);
  const input = (event: Event) => v.field(field.id, (event.target as HTMLInputElement).value);
  const blur = () => v.blurField(field.id);
  const aria = { describe: describe || undefined, invalid: invalid ? 'true' : undefined };
  switch (field.kind) {
    case 'long-text':
      return html`<textarea id=${id} rows="3" .value=${live(value)} aria-describedby=${aria.describe ?? nothing} aria-invalid=${aria.invalid ?? nothing} @input=${input} @change=${blur}></textarea>`;
    case 'choice':
      return html`<select id=${id} aria-describedby=${aria.describe ?? nothing} aria-invalid=${aria.invalid ?? nothing} @change=${(event: Event) => (input(event), blur())}>
        <option value="" ?selected=${!value}>${v.t('choose')}</option>
        ${fieldOptions(field, v.agreement.regime).map(
          (option) => html`<option value=${option} ?selected=${option === value}>${v.t(key(`option.${field.id}.${option}`))}</option>`,
        )}
      </select>`;
    case 'confirm':
      return html`<input
        type="checkbox"
        id=${id}
        .checked=${value === 'yes'}
        aria-describedby=${aria.describe ?? nothing}
        aria-invalid=${aria.invalid ?? nothing}
        @change=${(event: Event) => {
          v.field(field.id, (event.target as HTMLInputElement).checked ? 'yes' : '');
          blur();
        }}
      />`;
    default: {
      const type = field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : field.kind === 'date' ? 'date' : 'text';
      const mode = field.kind === 'number' || field.kind === 'money' ? 'decimal' : field.kind === 'code' ? 'numeric' : undefined;
      return html`<input
        type=${type}
        id=${id}
        .value=${live(value)}
        autocomplete=${field.autocomplete ?? 'off'}
        inputmode=${mode ?? nothing}
        spellcheck=${field.kind === 'text' ? 'true' : 'false'}
        aria-describedby=${aria.describe ?? nothing}
        aria-invalid=${aria.invalid ?? nothing}
        @input=${input}
        @change=${blur}
      />`;
    }
  }
}

function renderWeekdays(v: BuilderView, field: FieldDefinition, value: string, label: string, required: boolean, error?: string): TemplateResult {
  const chosen = new Set(readWeekdays(value));
  const id = controlId(field.id);
  const toggle = (day: string, on: boolean) => {
    const next = AGREEMENT_WEEKDAYS.filter((candidate) => (candidate === day ? on : chosen.has(candidate)));
    v.field(field.id, next.join(','));
    v.blurField(field.id);
  };
  return html`<fieldset class="field weekdays" aria-describedby=${error ? `${id}-error` : nothing}>
    <legend id=${id}>${label}${required ? nothing : html` <span class="optional">${v.t('optional')}</span>`}</legend>
    ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    <div class="days">
      ${AGREEMENT_WEEKDAYS.map(
        (day) => html`<span class="check">
          <input type="checkbox" id="${id}-${day}" .checked=${chosen.has(day)} @change=${(event: Event) => toggle(day, (event.target as HTMLInputElement).checked)} />
          <label for="${id}-${day}">${v.t(key(`weekday.${day}`))}</label>
        </span>`,
      )}
    </div>
  </fieldset>`;
}

function renderField(v: BuilderView, id: string, required: boolean): TemplateResult | typeof nothing {
  const field = fieldDefinition(id);
  if (!field) return nothing;
  const value = v.agreement.fields[id] ?? '';
  const label = v.t(key(`field.${id}`));
  const error = v.errors.get(id);
  if (field.kind === 'weekdays') return renderWeekdays(v, field, value, label, required, error);
  const hint = field.hint ? v.t(key(`hint.${id}`)) : undefined;
  const control = renderControl(v, field, value, describedBy(id, Boolean(hint), Boolean(error)), Boolean(error));
  const optional = required ? nothing : html` <span class="optional">${v.t('optional')}</span>`;
  if (field.kind === 'confirm') {
    return html`<div class="field confirm">
      ${error ? html`<p class="field-error" id="${controlId(id)}-error">${error}</p>` : nothing}
      <span class="check">${control}<label for=${controlId(id)}>${label}</label></span>
    </div>`;
  }
  return html`<div class="field">
    <label for=${controlId(id)}>${label}${optional}</label>
    ${hint ? html`<p class="hint" id="${controlId(id)}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id="${controlId(id)}-error">${error}</p>` : nothing}
    ${control}
  </div>`;
}

/** One clause: its title and status, what it means for the student, its fields and its sources. */
export function renderClause(v: BuilderView, clause: ClauseDefinition): TemplateResult {
  const { regime, fields } = v.agreement;
  const status = clause.status[regime]!;
  const required = new Set(requiredFields(clause, regime));
  const minor = isMinorAtStart(fields);
  const heading = `clause-${clause.id}`;
  return html`<section class="clause" aria-labelledby=${heading} data-clause=${clause.id}>
    <h4 id=${heading}>${v.t(key(`clause.${clause.id}`))} <span class="status status-${status}">${v.t(key(`status.${status}`))}</span></h4>
    <p class="explain"><strong>${v.t('explain')}</strong> ${v.t(key(`explain.${clause.id}`))}</p>
    ${clause.onlyForMinors ? html`<p class=${minor ? 'notice' : 'hint'}>${v.t(minor ? 'guardian.needed' : 'guardian.hint')}</p>` : nothing}
    ${clauseFields(clause, regime).map((id) => renderField(v, id, required.has(id) && !(clause.onlyForMinors && !minor)))}
    ${clause.id === 'insurance-liability' && shiftsLiabilityToStudent(fields['liability.terms'] ?? '') ? html`<p class="notice" role="note">${v.t('liability.flag')}</p>` : nothing}
    <details class="sources">
      <summary>${v.t('sources')}<span class="vh"> · ${v.t(key(`clause.${clause.id}`))}</span></summary>
      <ul>
        ${clause.sources.map((sourceId) => {
          const source = AGREEMENT_SOURCES[sourceId];
          const dated = source.figureDate ? formatPartialDate(source.figureDate, v.locale) : v.t('source.noDate');
          const title = source.url ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.title}</a>` : source.title;
          return html`<li>${title}. ${source.publisher}. ${dated}; ${v.t('source.checked', { date: formatPartialDate(source.checked, v.locale) })}.</li>`;
        })}
      </ul>
    </details>
  </section>`;
}

/** The signing step's own fields (place and date). */
export function renderSigningFields(v: BuilderView, ids: readonly string[]): TemplateResult {
  return html`<div class="signing-fields">${ids.map((id) => renderField(v, id, false))}</div>`;
}
