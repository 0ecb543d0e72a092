import { describe, expect, it } from 'vitest';
import { htmlDecoder } from '../../src/decoders/html.ts';
import { textDecoder } from '../../src/decoders/text.ts';
import { nothingToReadReason } from '../../src/model/document.ts';

const decode = (decoder: typeof htmlDecoder, content: string) => decoder.decode(new TextEncoder().encode(content), { sourcePath: 'raw/x' });

describe('a document with nothing to read', () => {
  it('is a page whose body is only a script, even though its source has lines', async () => {
    const page = await decode(htmlDecoder, '<!DOCTYPE html>\n<html><head><title>National report</title></head><body>\n<script>\nvar total = 9607;\n</script>\n</body></html>\n');
    expect(page.lines.length).toBeGreaterThan(0);
    expect(nothingToReadReason(page)).toMatch(/^the page holds no readable text: its body is empty or only scripts, styles and markup/);
  });

  it('is a file of whitespace, in any format', async () => {
    expect(nothingToReadReason(await decode(textDecoder, '  \n\t\n'))).toBe('the document holds no text (only whitespace)');
  });

  it('is not a page or a text with one word a reader sees', async () => {
    expect(nothingToReadReason(await decode(htmlDecoder, '<!DOCTYPE html><html><body><script>x()</script><p>Kazakhstan</p></body></html>'))).toBeNull();
    expect(nothingToReadReason(await decode(htmlDecoder, '<!DOCTYPE html><html><body><table><tr><td>2019</td></tr></table></body></html>'))).toBeNull();
    expect(nothingToReadReason(await decode(textDecoder, 'Kazakhstan\n'))).toBeNull();
  });
});
