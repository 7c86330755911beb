package org.pyjit.interp.lib;

import org.junit.jupiter.api.Test;

/** Python programs using struct and string, run through the interpreter. Expected outputs are CPython 3.11's. */
class StructStringModulesTest {
    @Test
    void structAndString() {
        PythonPrograms.assertOutput("""
                import struct, string
                print(struct.pack('<hiq', 1, -2, 3), struct.pack('>I?d', 7, True, 1.5), struct.pack('3s', b'abcdef'), struct.pack(b'<h', 1), struct.pack('?', []))
                print(struct.unpack('<hiq', struct.pack('<hiq', 1, -2, 3)), struct.unpack('>Q', b'\\xff' * 8), struct.unpack_from('<i', b'xxxx\\x01\\x00\\x00\\x00', 4), struct.unpack_from('<i', b'\\x02\\x00\\x00\\x00'), struct.unpack_from('i', buffer=b'abcd'))
                print(struct.calcsize('<hiq'), struct.calcsize('@hiq'), list(struct.iter_unpack('<h', b'\\x01\\x00\\x02\\x00')))
                s = struct.Struct('<2h'); print(s.size, s.format, s.pack(1, 2), s.unpack(b'\\x01\\x00\\x02\\x00'), s.unpack_from(b'zz\\x01\\x00\\x02\\x00', 2), list(s.iter_unpack(b'\\x01\\x00\\x02\\x00' * 2)))
                for t in [lambda: struct.pack(1), lambda: struct.unpack('i', 'abcd'), lambda: struct.iter_unpack('', b''), lambda: struct.iter_unpack('i', b'abc'), lambda: struct.unpack('i', b'ab'), lambda: struct.pack('i', 'x'), lambda: struct.pack(), lambda: struct.unpack('i'), lambda: struct.pack('b', 300), lambda: struct.pack('i', 1, 2), lambda: struct.calcsize('z')]:
                  try: print(repr(t()))
                  except struct.error as e: print('struct.error', e)
                  except Exception as e: print(type(e).__name__, e)
                print(string.capwords('  hello   world  '), string.capwords('a-b c', '-'))
                print([getattr(string, n) for n in ['ascii_letters','ascii_lowercase','ascii_uppercase','digits','hexdigits','octdigits','punctuation','whitespace','printable']])
                print(issubclass(struct.error, Exception))
                """,
                """
                b'\\x01\\x00\\xfe\\xff\\xff\\xff\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00' b'\\x00\\x00\\x00\\x07\\x01?\\xf8\\x00\\x00\\x00\\x00\\x00\\x00' b'abc' b'\\x01\\x00' b'\\x00'
                (1, -2, 3) (18446744073709551615,) (1,) (2,) (1684234849,)
                14 16 [(1,), (2,)]
                4 <2h b'\\x01\\x00\\x02\\x00' (1, 2) (1, 2) [(1, 2), (1, 2)]
                TypeError Struct() argument 1 must be a str or bytes object, not int
                TypeError a bytes-like object is required, not 'str'
                struct.error cannot iteratively unpack with a struct of length 0
                struct.error iterative unpacking requires a buffer of a multiple of 4 bytes
                struct.error unpack requires a buffer of 4 bytes
                struct.error required argument is not an integer
                TypeError missing format argument
                TypeError unpack expected 2 arguments, got 1
                struct.error byte format requires -128 <= number <= 127
                struct.error pack expected 1 items for packing (got 2)
                struct.error bad char in struct format
                Hello World A-B c
                ['abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789', '0123456789abcdefABCDEF', '01234567', '!"#$%&\\'()*+,-./:;<=>?@[\\\\]^_`{|}~', ' \\t\\n\\r\\x0b\\x0c', '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\\'()*+,-./:;<=>?@[\\\\]^_`{|}~ \\t\\n\\r\\x0b\\x0c']
                True
                """);
    }
}
