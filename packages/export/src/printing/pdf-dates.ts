const pdfDate = /\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g;

/**
 * The PDF with its creation and modification dates set to the document's date (or 2000-01-01),
 * so printing the same draft twice gives the same bytes. The dates are rewritten in place with
 * strings of the same length, so the PDF's cross-reference offsets stay right.
 */
export function pdfWithFixedDates(pdf: Uint8Array, isoDate: string | null): Uint8Array {
  const stamp = `${(isoDate ?? '2000-01-01').replaceAll('-', '')}000000`;
  // latin1 maps bytes to characters one to one, so offsets are unchanged by the round trip.
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(pdfDate, (_match, key: string, _date: string, zone: string) => {
    const utc = zone.length === 7 ? "+00'00'" : zone.length === 1 ? 'Z' : zone;
    return `/${key} (D:${stamp}${utc})`;
  });
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}
