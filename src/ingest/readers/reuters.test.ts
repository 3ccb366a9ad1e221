import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSgmlEntities, readReuters, reflowWireText } from './reuters.js';

const limits = { maxDocChars: 1_000_000 };

test('entities decode, control characters vanish', () => {
  assert.equal(decodeSgmlEntities('A &lt;B> &amp; C&#3;&#5;&#127;'), 'A <B> & C');
});

test('hard-wrapped wire lines join into paragraphs; indented lines and table rows start new ones', () => {
  const wire = 'Showers continued throughout the week in\nthe Bahia cocoa zone.\n&\\tThe dry period means\nthe temporao will be late.\n    Shr 34 cts vs 1.19 dlrs\n    Net 807,000 vs 2,858,000';
  assert.equal(reflowWireText(wire), 'Showers continued throughout the week in the Bahia cocoa zone.\n\nThe dry period means the temporao will be late.\n\nShr 34 cts vs 1.19 dlrs\n\nNet 807,000 vs 2,858,000');
});

test('one document per block with a body; BRIEF and UNPROC blocks are skipped; signature dropped', () => {
  const sgm = [
    '<!DOCTYPE lewis SYSTEM "lewis.dtd">',
    '<REUTERS TOPICS="YES" NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT>&#2;\n<TITLE>COBANCO INC &lt;CBCO> YEAR NET</TITLE>\n<DATELINE>    SANTA CRUZ, Feb 26 -\n    </DATELINE><BODY>Shr 34 cts vs 1.19 dlrs\n Reuter\n&#3;</BODY></TEXT></REUTERS>',
    '<REUTERS NEWID="2"><DATE>26-FEB-1987 15:02:00.00</DATE><TEXT TYPE="BRIEF">&#2;\n******<TITLE>ONLY A TITLE</TITLE>Blah blah blah.\n&#3;</TEXT></REUTERS>',
    '<REUTERS NEWID="3"><DATE>26-FEB-1987 15:03:00.00</DATE><TEXT TYPE="UNPROC">&#2;\nTABLE 1 ... 2\n&#3;</TEXT></REUTERS>',
  ].join('\n');
  const items = [...readReuters(sgm, 'r.sgm', limits)];
  assert.deepEqual(items, [
    {
      ok: true,
      doc: { source: 'r.sgm#1', title: 'COBANCO INC <CBCO> YEAR NET', body: 'Shr 34 cts vs 1.19 dlrs', date: '1987-02-26', dateBasis: 'metadata', publication: 'Reuters', volume: null, issue: null, url: null },
    },
  ]);
});

test('a file with no <REUTERS> block is a failure', () => {
  assert.deepEqual([...readReuters('<html>nothing</html>', 'r.sgm', limits)], [{ ok: false, file: 'r.sgm', reason: 'no <REUTERS> documents in this SGML file' }]);
});
