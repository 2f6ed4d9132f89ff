import { StagekitSchedulePlanner } from './schedule-planner.js';

StagekitSchedulePlanner.define('stagekit-schedule-planner');

export { StagekitSchedulePlanner };
