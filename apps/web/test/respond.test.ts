import { describe, expect, it } from 'vitest';
import { json, jsonText } from '../server/respond';

describe('JSON answers', () => {
  it('carry the JSON of a value and its length in bytes, Chinese text included', async () => {
    const value = { draft: { title: '统一并协调联合国毒品和犯罪问题办公室与会员国的工作', version: 7 } };
    const response = json(value, 201);
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(bytes.byteLength);
    expect(new TextDecoder().decode(bytes)).toBe(JSON.stringify(value));
  });

  it('send JSON given as UTF-8 bytes exactly as given, readable once like any body', async () => {
    const text = '{"document":{"type":"doc","content":[{"type":"text","text":"议程项目 6"}]}}';
    const response = jsonText(Buffer.from(text, 'utf8'));
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(await response.json()).toEqual(JSON.parse(text));
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow();
  });
});
