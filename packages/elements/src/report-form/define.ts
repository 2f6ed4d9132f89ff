import { StagekitReportForm } from './report-form.js';

StagekitReportForm.define('stagekit-report-form');

export { StagekitReportForm };
