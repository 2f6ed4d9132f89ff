import { StagekitCaoLookup } from './cao-lookup.js';

StagekitCaoLookup.define('stagekit-cao-lookup');

export { StagekitCaoLookup };
