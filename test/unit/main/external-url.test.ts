import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../../src/main/external-url';

describe('safeExternalUrl', () => {
  it('lets http and https links through, normalized', () => {
    expect(safeExternalUrl('https://kccnceu2024.sched.com/event/1YFfY')).toBe(
      'https://kccnceu2024.sched.com/event/1YFfY',
    );
    expect(safeExternalUrl('HTTP://Example.com')).toBe('http://example.com/');
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox',
    'smb://host/share',
    'not a url',
    '',
    'https://',
  ])('refuses %s', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });
});
