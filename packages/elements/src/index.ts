// Side-effect free: importing this defines nothing. Import `stagekit/cao-lookup/define.js` (or the
// CDN autoloader) to register the tags.
export { StagekitCaoLookup } from './cao-lookup/cao-lookup.js';
export { StagekitCompensationChecker } from './compensation-checker/compensation-checker.js';
export { StagekitSchedulePlanner } from './schedule-planner/schedule-planner.js';
export { StagekitAgreementBuilder } from './agreement-builder/agreement-builder.js';
export { StagekitReportForm } from './report-form/report-form.js';
export { StagekitElement } from './internal/stagekit-element.js';
export { defineElement } from './internal/define.js';
export type { StagekitEventMap, StagekitErrorDetail, StagekitErrorCode, CaoSelectDetail, ScheduleChangeDetail, ScheduleWarningDetail, AgreementChangeDetail, AgreementExportDetail } from './internal/events.js';
export { VERSION } from './version.js';
