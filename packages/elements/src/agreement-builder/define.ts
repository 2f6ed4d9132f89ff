import { StagekitAgreementBuilder } from './agreement-builder.js';

StagekitAgreementBuilder.define('stagekit-agreement-builder');

export { StagekitAgreementBuilder };
