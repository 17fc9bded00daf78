import { createBuilders, type Draft, draftMetadataSchema } from '@rapporteur/document';

/**
 * A draft written to break exporters: markup-like text, quotes, ampersands, XML-illegal control
 * characters, a lone surrogate, an invalid symbol, a footnote, a cross-reference, nested and
 * restarting item lists, a list after an unnumbered paragraph and a list right after a sub-heading.
 * Its numbers are checked in the DOCX (by LibreOffice) and its XML against the Akoma Ntoso schema.
 */
export function hostileDraft(): Draft {
  const b = createBuilders('hostile-');
  const target = b.paragraph('The paragraph cross-referenced <here> & "there".');
  const doc = b.doc(
    b.title('Title <w:t>&amp; "quoted" \u0001 \'single\''),
    b.paragraph(
      'Intro <script>alert("x")</script> & \'quotes\' \u0000\u0007\uffff\ud800 end',
      b.footnote('A note with <tags> & \u0008 control'),
      ' see ',
      b.crossReference(target.attrs.id as string),
      ', ',
      b.symbol('E/CN.7/2019/2-E/CN.15/2019/2'),
      ' and ',
      b.symbol('not a <symbol> & "x"'),
      ' ',
      b.em('emphasis <i>'),
      b.strong(' strong ]]>'),
    ),
    b.items('first <a>', b.item('second', b.items('nested one', 'nested two')), 'third'),
    b.unnumbered('An unnumbered paragraph ]]> <!-- comment --> \t tab \n newline'),
    b.items('again one', 'again two'),
    b.section(
      'deliberations',
      'Deliberations <x>',
      b.subsection('Sub & one', b.subheading('Cross <heading>'), b.items('orphan item'), target),
      b.subsection('Sub two', b.paragraph('Under sub two.')),
    ),
    b.section('actionTaken', 'Action taken', b.paragraph('Last & final.')),
  );
  const metadata = draftMetadataSchema.parse({
    symbol: 'E/CN.15/2019/L.1/Add.6',
    language: 'en',
    originalLanguage: 'en',
    date: '2019-05-23',
    body: 'Commission <on> "Crime" & Justice \u0002',
    session: 'Twenty-eighth session',
    agendaItem: '6',
  });
  return { metadata, doc };
}

/**
 * The characters of `text` that XML 1.0 forbids (C0 controls but tab, line feed and carriage
 * return; U+FFFE, U+FFFF; surrogates not in a pair), written as U+ codes for a readable failure.
 */
export function xmlIllegalCharacters(text: string): string[] {
  const found: string[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const control = code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd;
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    if (control || surrogate || code === 0xfffe || code === 0xffff) {
      found.push(`U+${code.toString(16).padStart(4, '0')}`);
    }
  }
  return found;
}
