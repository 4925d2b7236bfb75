/**
 * Windows-1252, the 8-bit code page of Western Word documents and RTF, as the WHATWG Encoding
 * Standard defines it. Node's `TextDecoder('windows-1252')` reads the bytes 0x80–0x9F as Latin-1
 * does, as control characters, so an 8-bit text's curly quotes, dashes and euro sign would be lost:
 * those 32 bytes are mapped here (the five the standard leaves undefined stand for themselves).
 */
const DECODER = new TextDecoder('windows-1252');
const HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  return DECODER.decode(bytes).replace(/[\x80-\x9f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!);
}

/** A decoder for a code page's label (`gbk`, `big5`, `cp1252`…); Windows-1252 for one the runtime does not know, whose ASCII still reads. */
export function decoderFor(label: string): (bytes: Uint8Array) => string {
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === 'windows-1252' ? decodeWindows1252 : (bytes) => decoder.decode(bytes);
  } catch {
    return decodeWindows1252;
  }
}
