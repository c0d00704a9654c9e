import { css } from 'lit';

export const rollStyles = css`
  :host { display: flex; flex-direction: column; min-height: 320px; outline: none; position: relative;
    font: 13px system-ui, sans-serif; color: #2b3240; border: 1px solid #d5dae3; border-radius: 8px;
    overflow: hidden; background: #fff; }
  :host(:focus-visible) { box-shadow: 0 0 0 2px #4f7cff66; }
  .toolbar { display: flex; align-items: center; gap: 6px; padding: 6px 8px; border-bottom: 1px solid #d5dae3;
    background: #f7f8fb; }
  .toolbar button, .toolbar select { font: inherit; border: 1px solid #c9d0dc; background: #fff; border-radius: 6px;
    padding: 3px 10px; cursor: pointer; color: inherit; }
  .toolbar button[aria-pressed='true'] { background: #4f7cff; border-color: #4f7cff; color: #fff; }
  .toolbar button:disabled { opacity: 0.5; cursor: default; }
  .toolbar { flex-wrap: wrap; }
  .toolbar .group { display: inline-flex; align-items: center; gap: 4px; padding-left: 8px; margin-left: 2px;
    border-left: 1px solid #d5dae3; }
  .toolbar button.play { min-width: 74px; font-weight: 600; }
  .toolbar button.play[aria-pressed='true'] { background: #e0453a; border-color: #e0453a; }
  .toolbar #loop[aria-pressed='true'] { background: #2f9e44; border-color: #2f9e44; }
  .status { font-size: 12px; color: #5b6474; font-style: italic; }
  .spacer { flex: 1; }
  .badge { background: #fff3cd; border: 1px solid #e6cf7a; border-radius: 10px; padding: 2px 8px; font-size: 12px; }
  .stage { position: relative; flex: 1; min-height: 0; }
  canvas { position: absolute; inset: 0; display: block; touch-action: none; }
  .lane { position: relative; flex: 0 0 80px; }
  #quantize { position: absolute; top: 12px; right: 12px; width: 260px; box-sizing: border-box; background: #fff; border: 1px solid #c9d0dc;
    border-radius: 8px; padding: 10px 14px; box-shadow: 0 6px 24px #1b1f3b33; display: grid; gap: 6px; }
  #quantize h3 { margin: 0 0 2px; font-size: 14px; }
  #quantize label { display: flex; align-items: center; gap: 6px; }
  #quantize input[type='range'] { flex: 1; }
  #quantize output { min-width: 44px; text-align: right; color: #5b6474; }
  #quantize .hint { margin: 0; font-size: 12px; color: #5b6474; }
  #quantize .actions { display: flex; justify-content: flex-end; gap: 6px; margin-top: 4px; }
  #quantize button { font: inherit; border: 1px solid #c9d0dc; background: #fff; border-radius: 6px;
    padding: 3px 12px; cursor: pointer; }
  #quantize button.primary { background: #4f7cff; border-color: #4f7cff; color: #fff; }
  #quantize button:disabled { opacity: 0.5; cursor: default; }
  #help { position: absolute; inset: 12px; overflow: auto; background: #fffffff2; border: 1px solid #c9d0dc;
    border-radius: 8px; padding: 12px 20px; box-shadow: 0 6px 24px #1b1f3b33; columns: 2 340px; }
  #help h2 { margin: 0 0 8px; font-size: 16px; column-span: all; }
  #help p { column-span: all; margin: 0 0 8px; }
  #help table { border-collapse: collapse; width: 100%; margin-bottom: 10px; break-inside: avoid; }
  #help caption { text-align: left; font-weight: 600; padding: 4px 0; }
  #help th { text-align: left; font-weight: 500; padding: 3px 12px 3px 0; width: 50%; color: #1b1f3b;
    vertical-align: top; }
  #help td { padding: 3px 0; color: #5b6474; vertical-align: top; }
  #help .close { position: absolute; top: 6px; right: 8px; border: none; background: none; font-size: 20px;
    cursor: pointer; }
  #reconnecting { position: absolute; top: 8px; right: 8px; background: #fff4d6; color: #5c4400;
    border: 1px solid #e5c46b; padding: 4px 10px; border-radius: 12px; font-size: 12px; }
  #roll-tip { position: absolute; z-index: 2; pointer-events: none; background: #1b1f3bee; color: #fff;
    padding: 6px 10px; border-radius: 6px; font-size: 12px; line-height: 1.4; box-shadow: 0 4px 16px #0004; }
  #toast { position: absolute; left: 50%; bottom: 16px; transform: translateX(-50%); background: #2b3240;
    color: #fff; padding: 8px 14px; border-radius: 6px; box-shadow: 0 4px 16px #0005; max-width: 80%; }
`;
