import { html, nothing, type TemplateResult } from 'lit';
import { formatList, formatPartialDate, isValidPartialDate, type ReportMessageKey, type ReportStep } from '@stagekit/core';
import type { ReportView } from './report-view.js';

type Row = [ReportMessageKey, string | undefined];

const clean = (text: string) => text.trim() || undefined;

function section(v: ReportView, step: ReportStep, rows: Row[]): TemplateResult {
  return html`<div class="summary-section">
    <dl>
      ${rows.map(([label, value]) => html`<div><dt>${v.t(label)}</dt><dd>${value ?? v.t('text.notGiven')}</dd></div>`)}
    </dl>
    <button type="button" class="link" @click=${() => v.goTo(step)}>${v.t('send.change', { step: v.t(`step.${step}`) })}</button>
  </div>`;
}

/** What the reporter filled in, per step, with a way back to each step. Text is shown as text. */
function renderSummary(v: ReportView): TemplateResult {
  const d = v.draft;
  const list = (items: string[]) => (items.length ? formatList(items, v.locale) : undefined);
  const date = clean(d.whenDate);
  const when = [date && isValidPartialDate(date) ? formatPartialDate(date, v.locale) : date, clean(d.whenDescription)].filter(Boolean).join(', ');
  const chosen = d.type === 'discrimination' ? d.grounds.map((ground) => v.t(`ground.${ground}`)) : d.kinds.map((kind) => v.t(`kind.${kind}`));
  return html`<section class="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${v.t('send.summary')}</h3>
    ${section(v, 'what', [
      ['text.type', d.type ? v.t(`type.${d.type}`) : undefined],
      [d.type === 'discrimination' ? 'text.grounds' : 'text.kinds', list(chosen)],
      ...(clean(d.otherDetail) ? ([['text.otherDetail', clean(d.otherDetail)]] as Row[]) : []),
      ['text.situation', d.situation ? v.t(`situation.${d.situation}`) : undefined],
      ['text.reporter', d.reporter ? v.t(`reporter.${d.reporter}`) : undefined],
      ['text.level', d.level ? v.t(`level.${d.level}`) : undefined],
    ])}
    ${section(v, 'details', [
      ['text.whatHappened', clean(d.whatHappened)],
      ['text.when', when || undefined],
      ['text.where', clean(d.where)],
      ['text.company', [clean(d.companyName), clean(d.companyLocation)].filter(Boolean).join(', ') || undefined],
      ['text.witnesses', clean(d.witnesses)],
      ['text.attachments', list(d.attachments.map((file) => file.name)) ?? v.t('text.noAttachments')],
    ])}
    ${section(v, 'contact', [
      ['text.wishes', list(d.wishes.map((wish) => v.t(`wish.${wish}`)))],
      [
        'text.contact',
        d.anonymous === true ? v.t('text.anonymous') : d.anonymous === false ? [clean(d.name), clean(d.email), clean(d.phone)].filter(Boolean).join(', ') || undefined : undefined,
      ],
    ])}
  </section>`;
}

/** The ways out without an endpoint (and next to it): e-mail, copy, download, print. */
function renderOtherWays(v: ReportView): TemplateResult {
  const email = v.school.email;
  return html`<div class="other-ways">
    ${v.school.endpoint ? html`<h3>${v.t('send.other')}</h3>` : html`<p>${v.t('send.noEndpoint')}</p>`}
    <div class="actions">
      ${email
        ? html`<a class="button secondary" data-action="mailto" href=${`mailto:${email}`} @click=${(event: Event) => v.openMail(event)}>${v.t('send.mailto', { email })}</a>`
        : nothing}
      <button type="button" class="secondary" data-action="copy-text" @click=${() => v.copyText()}>${v.t('send.copyText')}</button>
      <button type="button" class="secondary" data-action="download-copy" @click=${() => v.downloadCopy()}>${v.t('send.download')}</button>
      <button type="button" class="secondary" data-action="print" @click=${() => v.printCopy()}>${v.t('send.print')}</button>
    </div>
    ${email ? html`<p class="hint">${v.t('mailto.notAnonymous')}</p>` : nothing}
    ${v.draft.attachments.length ? html`<p class="hint">${v.t('send.filesNotIncluded')}</p>` : nothing}
  </div>`;
}

/** Step 5: check everything, then send to the school's endpoint, or pass it on another way. */
export function renderSendStep(v: ReportView): TemplateResult {
  const { endpoint, keyGiven, keyProblem, name } = v.school;
  const rejected = v.draft.rejection;
  return html`<p>${v.t('send.checkFirst')}</p>
    ${renderSummary(v)}
    ${endpoint
      ? html`<div class="send">
          <p>${name ? v.t('send.to', { name }) : v.t('send.toSchool')}</p>
          <p class="hint">${keyGiven && !keyProblem ? v.t('send.encrypted') : v.t('send.notEncrypted')}</p>
          ${keyProblem ? html`<p class="problem">${v.t('send.keyProblem', { problem: keyProblem })}</p>` : nothing}
          <button type="button" class="primary" data-action="send" ?disabled=${Boolean(keyProblem)} aria-disabled=${v.sending ? 'true' : nothing} @click=${() => v.send()}>
            ${v.sending ? v.t('send.busy') : rejected ? v.t('send.again') : v.t('send.button')}
          </button>
        </div>`
      : nothing}
    ${renderOtherWays(v)}`;
}

/** The outbox state of the open report: waiting (with the next try and why), or refused with the school's reason. */
export function renderStatus(v: ReportView): TemplateResult | typeof nothing {
  const item = v.outboxItem;
  const rejection = v.draft.rejection;
  if (item?.status === 'queued') {
    const next = item.nextAttempt ? new Intl.DateTimeFormat(v.locale === 'nl' ? 'nl-NL' : 'en-GB', { timeStyle: 'short' }).format(item.nextAttempt) : '';
    return html`<section class="outbox" aria-labelledby="status-title">
      <h3 id="status-title" tabindex="-1">${v.t('status.title')}: ${v.t('status.queued')}</h3>
      <p>${v.t('status.queuedLocked')}</p>
      ${item.lastProblem ? html`<p>${v.t(`problem.${item.lastProblem.kind}`)}</p>` : nothing}
      ${next ? html`<p>${v.t(v.keepNothing || v.storageFallback ? 'outbox.retryAtMemory' : 'outbox.retryAt', { time: next })}</p>` : nothing}
      <button type="button" class="secondary" data-action="retry" @click=${() => v.retryNow()}>${v.t('status.retryNow')}</button>
    </section>`;
  }
  if (rejection) {
    return html`<section class="outbox rejected" aria-labelledby="status-title">
      <h3 id="status-title" tabindex="-1">${v.t('status.title')}: ${v.t('status.rejected')}</h3>
      <p>${v.t('outbox.rejected', { status: rejection.status })}</p>
      ${rejection.reason ? html`<p class="reason">${v.t('outbox.rejectedReason', { reason: rejection.reason })}</p>` : nothing}
      <p>${v.t('outbox.keptAsDraft')}</p>
    </section>`;
  }
  return nothing;
}

/** After the school took the report: the reference, and a copy to keep. */
export function renderReceipt(v: ReportView): TemplateResult | typeof nothing {
  const receipt = v.receipt;
  if (!receipt) return nothing;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    <h2 id="receipt-title" tabindex="-1">${v.t('receipt.title')}</h2>
    <p>${v.t('receipt.reference')}: <strong class="reference" data-reference=${receipt.reference}>${receipt.reference}</strong></p>
    <p>${v.t('receipt.keep')}</p>
    ${receipt.message ? html`<p>${v.t('receipt.message', { message: receipt.message })}</p>` : nothing}
    ${receipt.anonymous ? html`<p>${v.t('receipt.anonymous')}</p>` : nothing}
    <div class="actions">
      <button type="button" class="secondary" data-action="download-copy" @click=${() => v.downloadCopy()}>${v.t('send.download')}</button>
      <button type="button" class="secondary" data-action="print" @click=${() => v.printCopy()}>${v.t('send.print')}</button>
      <button type="button" class="primary" data-action="new-report" @click=${() => v.newReport()}>${v.t('receipt.new')}</button>
    </div>
  </section>`;
}
