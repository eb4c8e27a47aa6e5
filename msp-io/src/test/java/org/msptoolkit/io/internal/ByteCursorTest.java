package org.msptoolkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;

/**
 * The byte reader of the fast path decodes what Jackson decodes, and gives up (to the tree path)
 * on every byte sequence Jackson would refuse or that it does not read itself.
 */
class ByteCursorTest {
    static final Engine ENGINE = new Engine(Syntax.JSON, ReadLimits.defaults(), false);
    static final String JSON = MspFormat.json().write(ProcessGenerator.process(5, ProcessSize.SMALL));

    private static Optional<MspProcess> viaBytes(byte[] json) {
        return ENGINE.mapStreaming(json);
    }

    private static Optional<MspProcess> viaBytes(String json) {
        return viaBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The title replaced by a JSON string literal as written (escapes and all). */
    private static String withTitle(String literal) {
        return JSON.replaceFirst("\"title\" : \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement(
                "\"title\" : \"" + literal + "\""));
    }

    @Test
    void escapesAndEveryLengthOfUtf8DecodeAsJacksonDecodesThem() {
        String literal = "caf\u00e9 \u2713 \ud834\udd1e \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9\\u00C9 \\ud834\\udd1e \u007f";
        String json = withTitle(literal);
        Optional<MspProcess> bytes = viaBytes(json);
        assertThat(bytes).isPresent().isEqualTo(ENGINE.mapStreaming(json));
        assertThat(bytes.get().title())
                .isEqualTo("caf\u00e9 \u2713 \ud834\udd1e \"q\" \\ / \b\f\n\r\t \u00e9\u00c9 \ud834\udd1e \u007f");
    }

    @Test
    void anEscapedFieldNameIsTheSameName() {
        String json = JSON.replaceFirst("\"title\" :", "\"t\\\\u0069tle\" :");
        assertThat(json).contains("t\\u0069tle");
        assertThat(viaBytes(json)).isPresent().isEqualTo(ENGINE.mapStreaming(json));
    }

    @Test
    void bytesThatAreNotStrictUtf8GiveUp() {
        List<byte[]> bad = List.of(
                new byte[] {(byte) 0xC0, (byte) 0x80}, // overlong NUL
                new byte[] {(byte) 0xC1, (byte) 0xBF}, // overlong
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong 3-byte
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0x80}, // a lone continuation byte
                new byte[] {(byte) 0xE2, (byte) 0x82}, // cut short
                new byte[] {(byte) 0xE2, (byte) 0x28, (byte) 0xA1}, // a bad continuation
                new byte[] {(byte) 0xFF});
        for (byte[] sequence : bad) {
            assertThat(viaBytes(titleBytes(sequence))).as(java.util.HexFormat.of().formatHex(sequence)).isEmpty();
        }
        // and the good neighbours of those sequences are read
        assertThat(viaBytes(titleBytes(new byte[] {(byte) 0xC2, (byte) 0x80}))).get()
                .extracting(MspProcess::title).isEqualTo("a\u0080b");
        assertThat(viaBytes(titleBytes(new byte[] {(byte) 0xED, (byte) 0x9F, (byte) 0xBF}))).get()
                .extracting(MspProcess::title).isEqualTo("a\ud7ffb");
        assertThat(viaBytes(titleBytes(new byte[] {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}))).get()
                .extracting(MspProcess::title).isEqualTo("a\udbff\udfffb");
    }

    /** The document with the title {@code a<sequence>b}. */
    private static byte[] titleBytes(byte[] sequence) {
        String json = withTitle("a@@b");
        int at = json.indexOf("@@");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(sequence);
        out.writeBytes(json.substring(at + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void whatJsonDoesNotAllowGivesUpAndWhatItAllowsIsRead() {
        List<String> refused = List.of(
                "\ufeff" + JSON, // a byte-order mark: the tree path reads it
                withTitle("tab\there"), // an unescaped control character
                withTitle("bad \\x escape"),
                withTitle("bad \\u12G4 escape"),
                JSON.replace("\"formatVersion\" : 1", "\"formatVersion\" : 01"),
                JSON.replace("\"formatVersion\" : 1", "\"formatVersion\" : +1"),
                JSON.replace("\"formatVersion\" : 1", "\"formatVersion\" : 1."),
                JSON.replace("\"formatVersion\" : 1", "\"formatVersion\" : 1e0"),
                JSON.replace("\"formatVersion\" : 1", "\"formatVersion\" : 1x"),
                JSON.replace("\"formatVersion\" : 1,", "\"formatVersion\" : 1,,"),
                JSON.replace("\"kind\" : \"process\"", "\"kind\" : \"process\" // comment\n"),
                JSON.replace("\"kind\" : \"process\"", "'kind' : 'process'"),
                JSON.replaceFirst("\\]", ", ]"),
                JSON.replaceFirst("\\}\\s*\\]", "}, ]"),
                JSON.replace("\"formatVersion\" : 1", "\"formatVersion\"\u00a0: 1"), // no-break space
                JSON.replace("\"formatVersion\" : 1", "\"formatVersion\"\f: 1"),
                JSON.substring(0, JSON.lastIndexOf('}')),
                JSON + "}",
                JSON + "\u0000");
        for (String json : refused) {
            assertThat(viaBytes(json)).as(json.substring(0, Math.min(80, json.length()))).isEmpty();
            assertThat(ENGINE.mapStreaming(json)).isEmpty();
        }
        List<String> accepted = List.of(
                JSON.replace(" : ", ":").replace(",\n", ",").replace("\n", ""),
                JSON.replace("\n", "\r\n\t "),
                " \t\r\n" + JSON + " \t\r\n");
        for (String json : accepted) {
            assertThat(viaBytes(json)).isPresent().isEqualTo(ENGINE.mapStreaming(json));
        }
    }

    @Test
    void numbersReadAsJacksonReadsThem() {
        String tallied = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"p\",\"title\":\"T\","
                + "\"stakeholders\":[{\"id\":\"f\",\"name\":\"F\",\"group\":\"business-and-industry\"}],"
                + "\"funding\":[{\"from\":\"f\",\"amount\":%s,\"currency\":\"EUR\"}],"
                + "\"decisions\":[{\"id\":\"d1\",\"date\":\"2001-01-01\",\"subject\":\"s\",\"method\":\"vote\","
                + "\"tally\":{\"options\":{\"yes\":%s}}}]}";
        List<String> amounts = List.of("0", "-0", "12", "-12", "1.50", "-0.000", "1e2", "1E+2", "2.5e-3",
                "123456789012345678", "1234567890123456789", "12345678901234567890123", "0.1", "9007199254740993.5");
        List<String> counts = List.of("0", "7", "-3", "123456789012345678", "9223372036854775807",
                "9223372036854775808", "1.0", "1e3");
        for (String amount : amounts) {
            for (String count : counts) {
                String json = tallied.formatted(amount, count);
                assertThat(viaBytes(json)).as(amount + " / " + count).isEqualTo(ENGINE.mapStreaming(json));
            }
        }
        assertThat(viaBytes(tallied.formatted("1.50", "7"))).isPresent();
        for (String bad : List.of("01", "1.", ".5", "+1", "1e", "-", "1.5.2", "0x10", "NaN", "Infinity", "--1")) {
            assertThat(viaBytes(tallied.formatted(bad, "1"))).as(bad).isEmpty();
            assertThat(viaBytes(tallied.formatted("1", bad))).as(bad).isEmpty();
        }
    }

    @Test
    void underTightLimitsTheBytesAreReadOnlyWhenTheTextIs() {
        ReadLimits d = ReadLimits.defaults();
        byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
        for (ReadLimits limits : List.of(d.withMaxNestingDepth(2), d.withMaxNestingDepth(4), d.withMaxNestingDepth(5),
                d.withMaxStringLength(5), d.withMaxStringLength(40), d.withMaxNameLength(4),
                d.withMaxNameLength(20), d.withMaxNumberLength(1), d.withMaxNumberLength(3),
                d.withMaxDocumentLength(bytes.length), d.withMaxDocumentLength(bytes.length + 1))) {
            Engine engine = new Engine(Syntax.JSON, limits, false);
            Optional<MspProcess> fromBytes = engine.mapStreaming(bytes);
            if (fromBytes.isPresent()) {
                assertThat(engine.mapStreaming(JSON)).as(limits.toString()).isEqualTo(fromBytes);
            }
        }
        assertThat(new Engine(Syntax.JSON, d.withMaxDocumentLength(bytes.length + 1), false).mapStreaming(bytes))
                .isPresent();
        assertThat(new Engine(Syntax.JSON, d.withMaxStringLength(5), false).mapStreaming(bytes)).isEmpty();
    }
}
