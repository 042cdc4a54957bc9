import Anthropic from '@anthropic-ai/sdk';

/** The one client of the app, shared by every module. */
export const llm = new Anthropic();

export type Llm = Anthropic;
