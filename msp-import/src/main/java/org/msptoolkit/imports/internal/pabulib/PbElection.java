package org.msptoolkit.imports.internal.pabulib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@code .pb} election as read: META, PROJECTS and what the VOTES section adds up to (supporters
 * and points per project, the ballots as project indices for the Method of Equal Shares, and the
 * voter breakdown). Ballots are kept as small int arrays, never as rows.
 */
final class PbElection {
    final String file;
    final Map<String, String> meta = new LinkedHashMap<>();
    final List<String> projectHeader = new ArrayList<>();
    final List<PbProject> projects = new ArrayList<>();
    final Map<String, Integer> index = new LinkedHashMap<>();
    final List<String> voteHeader = new ArrayList<>();
    long[] supporters = new long[0];
    double[] points = new double[0];
    final List<int[]> ballots = new ArrayList<>();
    long voters;
    final PbBreakdown breakdown;
    boolean sawMeta;
    boolean sawProjects;
    boolean sawVotes;

    PbElection(String file, int minCell) {
        this.file = file;
        this.breakdown = new PbBreakdown(minCell);
    }

    String meta(String key, String fallback) {
        String v = meta.get(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Nullable
    String metaOrNull(String key) {
        String v = meta.get(key);
        return v == null || v.isBlank() ? null : v;
    }

    boolean hasSelected() {
        return projectHeader.contains("selected");
    }

    String voteType() {
        return meta("vote_type", "approval");
    }
}
