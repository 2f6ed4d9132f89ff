/**
 * For bundlers: defines each Stagekit element the first time its tag appears, loading only that
 * element's module. (The CDN has its own autoloader that loads the per-widget CDN files.)
 */
import { startAutoloader } from './internal/autoload.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'stagekit-cao-lookup': () => import('./cao-lookup/define.js'),
  'stagekit-compensation-checker': () => import('./compensation-checker/define.js'),
  'stagekit-schedule-planner': () => import('./schedule-planner/define.js'),
  'stagekit-agreement-builder': () => import('./agreement-builder/define.js'),
  'stagekit-report-form': () => import('./report-form/define.js'),
};

startAutoloader((tag) => loaders[tag]!(), Object.keys(loaders));
