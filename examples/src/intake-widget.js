// Intake widget embedded on the firm's public site: answers visitors' questions in the browser.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({
  apiKey: window.localStorage.getItem('claude-key') ?? '',
  dangerouslyAllowBrowser: true,
});

export async function answerVisitor(question) {
  const message = await client.messages.create({
    model: 'claude-sonnet-4-6',
    max_tokens: 512,
    inference_geo: 'us',
    messages: [{ role: 'user', content: question }],
  });
  return message.content[0]?.type === 'text' ? message.content[0].text : '';
}
