import { StagekitCompensationChecker } from './compensation-checker.js';

StagekitCompensationChecker.define('stagekit-compensation-checker');

export { StagekitCompensationChecker };
