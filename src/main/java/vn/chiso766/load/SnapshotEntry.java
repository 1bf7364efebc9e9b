package vn.chiso766.load;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import vn.chiso766.model.Observation;
import vn.chiso766.model.QualityNote;

/**
 * The bytes of a cache entry: one snapshot file's rows, compact enough to keep a year of them in
 * memory and decode each when scoring needs it (codes and notes once in a table, numbers as
 * unscaled longs, lines as steps), behind a CRC so that a damaged entry is found when it is read.
 */
final class SnapshotEntry {
    static final int FORMAT = 2;
    private static final int HEADER = Integer.BYTES + Long.BYTES;
    private static final int NONE = 0;
    private static final int LONG = 1;
    private static final int TEXT = 2;

    private SnapshotEntry() {
    }

    static byte[] encode(List<Observation> rows) {
        Map<String, Integer> texts = new LinkedHashMap<>();
        Out body = new Out();
        body.varint(rows.size());
        long line = 0;
        for (Observation o : rows) {
            body.varint(index(texts, o.unitCode()));
            body.varint(index(texts, o.code()));
            number(body, o.numerator());
            number(body, o.denominator());
            number(body, o.score());
            body.varlong(zigzag(o.source().line() - line));
            line = o.source().line();
            body.varint(o.quality().isPresent() ? 1 : 0);
            o.quality().ifPresent(q -> {
                body.varint(index(texts, q.status()));
                body.varint(index(texts, q.message()));
            });
        }
        Out payload = new Out();
        payload.varint(texts.size());
        texts.keySet().forEach(payload::text);
        payload.bytes.writeBytes(body.bytes.toByteArray());
        byte[] bytes = payload.bytes.toByteArray();
        ByteBuffer entry = ByteBuffer.allocate(HEADER + bytes.length);
        return entry.putInt(FORMAT).putLong(crc(bytes, 0, bytes.length)).put(bytes).array();
    }

    /** True for an entry of this format whose bytes are as written. */
    static boolean whole(byte[] entry) {
        if (entry.length < HEADER) {
            return false;
        }
        ByteBuffer header = ByteBuffer.wrap(entry);
        return header.getInt() == FORMAT && header.getLong() == crc(entry, HEADER, entry.length - HEADER);
    }

    /** The rows of a {@link #whole} entry, made anew, their codes and notes shared through {@code canonical}. */
    static List<Observation> decode(byte[] entry, String file, Canonical canonical) {
        In in = new In(entry, HEADER);
        String[] texts = new String[in.varint()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = canonical.of(in.text());
        }
        int count = in.varint();
        List<Observation> rows = new ArrayList<>(count);
        long line = 0;
        for (int i = 0; i < count; i++) {
            String unit = texts[in.varint()];
            String code = texts[in.varint()];
            Optional<BigDecimal> numerator = number(in);
            Optional<BigDecimal> denominator = number(in);
            Optional<BigDecimal> score = number(in);
            line += unzigzag(in.varlong());
            Optional<QualityNote> quality = in.varint() == 1
                    ? Optional.of(new QualityNote(texts[in.varint()], texts[in.varint()])) : Optional.empty();
            rows.add(new Observation(unit, code, numerator, denominator, score, new Observation.Source(file, line),
                    quality));
        }
        return rows;
    }

    private static int index(Map<String, Integer> texts, String text) {
        return texts.computeIfAbsent(text, t -> texts.size());
    }

    private static void number(Out out, Optional<BigDecimal> value) {
        if (value.isEmpty()) {
            out.varint(NONE);
            return;
        }
        BigInteger unscaled = value.get().unscaledValue();
        int scale = value.get().scale();
        if (unscaled.bitLength() < 63 && scale >= 0 && scale < 128) {
            out.varint(LONG);
            out.varlong(zigzag(unscaled.longValue()));
            out.varint(scale);
        } else {
            out.varint(TEXT);
            out.text(value.get().toString());
        }
    }

    /** Numbers are not shared: a year of snapshots has too many distinct counts, and decoded rows live briefly. */
    private static Optional<BigDecimal> number(In in) {
        int tag = in.varint();
        if (tag == NONE) {
            return Optional.empty();
        }
        BigDecimal value = tag == LONG ? BigDecimal.valueOf(unzigzag(in.varlong()), in.varint()) : new BigDecimal(in.text());
        return Optional.of(value);
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static long crc(byte[] bytes, int from, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, length);
        return crc.getValue();
    }

    /** Variable-length numbers (7 bits a byte) and UTF-8 texts. */
    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void varint(int value) {
            varlong(value);
        }

        void varlong(long value) {
            while ((value & ~0x7FL) != 0) {
                bytes.write((int) (value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes.write((int) value);
        }

        void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            bytes.writeBytes(utf8);
        }
    }

    private static final class In {
        private final byte[] bytes;
        private int at;

        In(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        int varint() {
            return Math.toIntExact(varlong());
        }

        long varlong() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        String text() {
            int length = varint();
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }
    }
}
