import { css } from 'lit';

/** The two-tabs question (draft-conflict.ts): a notice with two buttons, for the widgets that save drafts. */
export const draftConflictStyles = css`
  .conflict p {
    margin: 0 0 0.5rem;
  }
  .conflict-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .conflict button {
    background: var(--_stagekit-background);
  }
`;
