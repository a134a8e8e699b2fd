import { describe, expect, it } from 'vitest';
import { safeImageUrl } from './escape';

describe('image sources a document may print', () => {
  it.each([
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/jpeg;base64,/9j/4AAQ',
    'data:image/svg+xml,%3Csvg%3E%3C%2Fsvg%3E',
    'blob:app://desk/7f9c2ba4-e88f-4d6e-b1a0-31c2b7a8e0f1',
  ])('keeps the inline image %s', (url) => {
    expect(safeImageUrl(url)).toBe(url);
  });

  it.each([
    'file:///etc/passwd',
    'FILE:///home/office/seal.png',
    'http://127.0.0.1:8787/v1/attachments/abc',
    'http://localhost/seal.png',
    'https://localhost/seal.png',
    'http://192.168.1.20:8787/seal.png',
    'https://example.com/x.png',
    'app://desk/fonts/fonts.css',
    'javascript:alert(1)',
    'data:text/html,<p>x</p>',
    ' file:///etc/passwd',
  ])('drops %s: a document loads nothing from the machine or the network', (url) => {
    expect(safeImageUrl(url)).toBeUndefined();
  });
});
