package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.io.internal.Engine;
import org.msptoolkit.io.internal.Syntax;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;

/** Tight read limits hold on the fast path exactly as on the tree path, for text and for files. */
class StreamingLimitsTest {

    @Test
    void everyLimitIsEnforcedAsOnTheTreePath(@TempDir Path dir) throws IOException {
        String json = MspFormat.json().write(ProcessGenerator.process(11, ProcessSize.SMALL));
        ReadLimits d = ReadLimits.defaults();
        List<ReadLimits> tight = List.of(d.withMaxDocumentLength(json.length() / 2),
                d.withMaxDocumentLength(json.length() - 1), d.withMaxNestingDepth(2), d.withMaxNestingDepth(3),
                d.withMaxStringLength(5), d.withMaxNameLength(4), d.withMaxNumberLength(1),
                d.withMaxDocumentLength(json.length()));
        Path file = dir.resolve("p.json");
        Files.writeString(file, json);
        for (ReadLimits limits : tight) {
            Engine engine = new Engine(Syntax.JSON, limits, false);
            Object expected = StreamingReadTest.outcome(() -> StreamingReadTest.viaTree(engine, json));
            assertThat(StreamingReadTest.outcome(() -> MspFormat.json().withLimits(limits).read(json)))
                    .as(limits.toString()).isEqualTo(expected);
            assertThat(StreamingReadTest.outcome(() -> MspFormat.json().withLimits(limits).read(file)))
                    .as(limits + " file").isEqualTo(StreamingBrokenInputTest.viaTree(file, engine));
        }
        // the limits bite: the document is refused under the first one and read under the last
        Engine half = new Engine(Syntax.JSON, tight.get(0), false);
        assertThat(half.mapStreaming(json)).isEmpty();
        assertThat(StreamingReadTest.viaTree(half, json).problems()).extracting(p -> p.code())
                .containsExactly(IoProblems.LIMIT_EXCEEDED);
        assertThat(new Engine(Syntax.JSON, tight.get(tight.size() - 1), false).mapStreaming(json)).isPresent();
        assertThat(StreamingReadTest.viaTree(new Engine(Syntax.JSON, d, false), json).isValid()).isTrue();
    }
}
