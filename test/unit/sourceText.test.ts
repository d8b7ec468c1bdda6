import { strict as assert } from 'node:assert';
import { SourceText } from '../../src/core/text/sourceText';

describe('SourceText positions', () => {
  it('maps offsets to zero-based lines and UTF-16 columns across LF, CRLF and CR line breaks', () => {
    const source = new SourceText('a\r\nbc\nd\re§f');
    assert.equal(source.lineCount, 4);
    assert.deepEqual(source.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(source.positionAt(6), { line: 2, character: 0 });
    assert.deepEqual(source.positionAt(9), { line: 3, character: 1 });
    assert.equal(source.lineText(0), 'a');
    assert.equal(source.lineText(3), 'e§f');
  });

  it('round-trips offsets and positions, counting characters outside the BMP as two columns', () => {
    const text = 'Plaintiff 😀 v.\nCity of Canton';
    const source = new SourceText(text);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.equal(source.offsetAt(source.positionAt(offset)), offset);
    }
    assert.deepEqual(source.positionAt(text.indexOf('v.')), { line: 0, character: 13 });
  });

  it('clamps positions outside the text instead of throwing', () => {
    const source = new SourceText('one\ntwo');
    assert.deepEqual(source.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(source.positionAt(999), { line: 1, character: 3 });
    assert.equal(source.offsetAt({ line: 9, character: 0 }), 7);
    assert.equal(source.offsetAt({ line: 0, character: 99 }), 3);
  });

  it('treats an empty text as one empty line', () => {
    const source = new SourceText('');
    assert.equal(source.lineCount, 1);
    assert.equal(source.lineText(0), '');
  });
});
