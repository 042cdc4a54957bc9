import Anthropic from '@anthropic-ai/sdk';
import { longChat } from './requests';

const client = new Anthropic();

export async function chat() {
  // Found with or without types: the client is built here.
  await client.files.list();
  // The params come from another module: only their type shows `context_management`.
  return client.beta.messages.create(longChat);
}
