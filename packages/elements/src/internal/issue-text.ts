// Loaded only when a dataset has problems: most pages never need the validation wording.
export { describeIssue } from '@stagekit/core';
