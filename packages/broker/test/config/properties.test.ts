import { parseProperties, PropertiesSyntaxError } from '../../src/config/properties';

describe('parseProperties', () => {
  it('reads Java properties syntax', () => {
    const text = [
      '# comment',
      '! also a comment',
      '   ',
      'listeners=PLAINTEXT://127.0.0.1:9092',
      'log.dirs : /tmp/a',
      'num.partitions 3',
      '  indented.key=  value with spaces  ',
      'multi=one,\\',
      '      two,\\',
      '      three',
      'escaped\\=key=a\\tb\\u0041\\\\',
      'empty=',
      'num.partitions=4',
    ].join('\n');
    const props = parseProperties(text);
    expect(Object.fromEntries(props)).toEqual({
      listeners: 'PLAINTEXT://127.0.0.1:9092',
      'log.dirs': '/tmp/a',
      'num.partitions': '4',
      'indented.key': 'value with spaces  ',
      multi: 'one,two,three',
      'escaped=key': 'a\tbA\\',
      empty: '',
    });
  });

  it('handles CRLF line endings and a key without a value', () => {
    expect(Object.fromEntries(parseProperties('a=1\r\nb\r\n'))).toEqual({ a: '1', b: '' });
  });

  it('rejects a malformed unicode escape with a typed error', () => {
    expect(() => parseProperties('a=\\u12')).toThrow(PropertiesSyntaxError);
  });
});
