/**
 * The CDN's one script tag: defines each Stagekit element the first time its tag appears, loading
 * that widget's self-contained file from next to this script.
 */
import { startAutoloader } from './internal/autoload.js';

const files: Record<string, string> = {
  'stagekit-cao-lookup': './cao-lookup.js',
  'stagekit-compensation-checker': './compensation-checker.js',
  'stagekit-schedule-planner': './schedule-planner.js',
  'stagekit-agreement-builder': './agreement-builder.js',
  'stagekit-report-form': './report-form.js',
};

startAutoloader((tag) => import(/* @vite-ignore */ new URL(files[tag]!, import.meta.url).href), Object.keys(files));
