// A script that skips the SDK and calls the HTTP API directly.
const API = 'https://api.anthropic.com';

export async function uploadEvidence(pdf: Blob): Promise<string> {
  const form = new FormData();
  form.append('file', pdf);
  const response = await fetch(`${API}/v1/files`, {
    method: 'POST',
    headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY ?? '', 'anthropic-version': '2023-06-01' },
    body: form,
  });
  const { id } = (await response.json()) as { id: string };
  return id;
}
