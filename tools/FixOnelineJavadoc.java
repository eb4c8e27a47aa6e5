import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rewrites broken one-line Javadoc comments into proper multi-line ones.
 *
 * <p>A one-line comment such as {@code /** @param value the new kind @return a copy with that kind *}{@code /}
 * is rendered by javadoc as prose: a block tag only counts at the start of a line, so everything after the
 * first tag becomes that tag's text, and the comment has no summary sentence. This program rewrites every
 * one-line comment that holds a block tag ({@code @param}, {@code @return}, {@code @throws}, ...) outside
 * an inline tag into
 *
 * <pre>
 * /**
 *  * Returns a copy with that kind.
 *  *
 *  * &#64;param value the new kind
 *  * &#64;return a copy with that kind
 *  *&#47;
 * </pre>
 *
 * keeping the comment's indentation. The summary is the text before the first tag when there is one,
 * otherwise it is derived from the {@code @return} text ("Returns ..."). A comment with neither (for
 * example a constructor documented by {@code @param} tags alone) gets its tags on their own lines and is
 * listed as needing a summary written by hand; such a comment with a single tag is only listed, since javadoc
 * already renders it as intended. A multi-line comment that starts with a block tag gets the summary derived
 * from its {@code @return} tag inserted as its first lines (or is listed when it has none). Other comments are
 * left untouched, so running the program twice changes nothing the second time.
 *
 * <p>Usage: {@code java tools/FixOnelineJavadoc.java [--check] <dir-or-file>...}. Prints each changed
 * file; with {@code --check} it changes nothing and exits with status 1 when some file would change.
 */
public final class FixOnelineJavadoc {
    /** Longest line written, counting indentation, before a tag's text is wrapped. */
    private static final int WIDTH = 120;

    private static final Set<String> BLOCK_TAGS = Set.of(
            "param", "return", "returns", "throws", "exception", "see", "since", "deprecated", "author",
            "version", "serial", "serialData", "serialField", "apiNote", "implSpec", "implNote", "hidden",
            "uses", "provides");

    /** A whole line that is a one-line Javadoc comment: indentation, body. */
    private static final Pattern ONE_LINE = Pattern.compile("^([ \\t]*)/\\*\\*(?!\\*)(.*?)\\*/[ \\t]*$");

    /** A line that only opens a Javadoc comment: indentation. */
    private static final Pattern OPENING = Pattern.compile("^([ \\t]*)/\\*\\*[ \\t]*$");

    /** The leading indentation, asterisk and one space of a line inside a comment. */
    private static final Pattern CONTINUATION = Pattern.compile("^[ \\t]*\\*(?!/) ?");

    private static final Pattern TAG_START = Pattern.compile("@([A-Za-z]+)");

    private FixOnelineJavadoc() {}

    public static void main(String[] args) throws IOException {
        boolean check = false;
        List<Path> roots = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--check")) {
                check = true;
            } else {
                roots.add(Path.of(arg));
            }
        }
        if (roots.isEmpty()) {
            System.err.println("usage: java tools/FixOnelineJavadoc.java [--check] <dir-or-file>...");
            System.exit(2);
        }
        int changedFiles = 0;
        int changedComments = 0;
        List<String> needSummary = new ArrayList<>();
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Result result = rewrite(text);
                for (int line : result.needSummary()) {
                    needSummary.add(file + ":" + line);
                }
                if (result.changes() > 0) {
                    changedFiles++;
                    changedComments += result.changes();
                    System.out.println((check ? "would fix " : "fixed ") + result.changes() + " in " + file);
                    if (!check) {
                        Files.writeString(file, result.text(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        System.out.println((check ? "would fix " : "fixed ") + changedComments + " comment(s) in " + changedFiles
                + " file(s)");
        for (String where : needSummary) {
            System.out.println("needs a summary sentence: " + where);
        }
        if (check && changedComments > 0) {
            System.exit(1);
        }
    }

    /** The rewritten text, how many comments changed, and the lines of comments still without a summary. */
    record Result(String text, int changes, List<Integer> needSummary) {}

    static Result rewrite(String text) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String[] lines = text.split("\r?\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 256);
        int changes = 0;
        List<Integer> needSummary = new ArrayList<>();
        int outLine = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher open = OPENING.matcher(line);
            int close = open.matches() ? closingLine(lines, i) : -1;
            if (close > i) {
                // A multi-line comment: give it a summary when it starts with a block tag.
                List<String> body = new ArrayList<>();
                for (int k = i + 1; k < close; k++) {
                    body.add(CONTINUATION.matcher(lines[k]).replaceFirst(""));
                }
                String joined = String.join(" ", body).trim();
                List<Integer> starts = tagStarts(joined);
                boolean tagFirst = !starts.isEmpty() && starts.get(0) == 0;
                String summary = "";
                if (tagFirst) {
                    List<String> tags = new ArrayList<>();
                    for (int k = 0; k < starts.size(); k++) {
                        int end = k + 1 < starts.size() ? starts.get(k + 1) : joined.length();
                        tags.add(joined.substring(starts.get(k), end).trim());
                    }
                    summary = summaryFromReturn(tags);
                    if (summary.isEmpty()) {
                        needSummary.add(outLine);
                    }
                }
                out.append(line);
                outLine++;
                if (!summary.isEmpty()) {
                    changes++;
                    String indent = open.group(1);
                    List<String> added = new ArrayList<>(wrap(indent + " * ", indent + " * ", summary));
                    added.add(indent + " *");
                    for (String a : added) {
                        out.append(newline).append(a);
                    }
                    outLine += added.size();
                }
                for (int k = i + 1; k <= close; k++) {
                    out.append(newline).append(lines[k]);
                    outLine++;
                }
                i = close;
                if (i < lines.length - 1) {
                    out.append(newline);
                }
                continue;
            }
            Matcher m = ONE_LINE.matcher(line);
            Comment rewritten = m.matches() ? rewriteComment(m.group(1), m.group(2)) : null;
            if (rewritten != null && rewritten.lines().size() == 1) {
                needSummary.add(outLine);
                rewritten = null;
            }
            if (rewritten == null) {
                out.append(line);
                outLine++;
            } else {
                changes++;
                if (!rewritten.hasSummary()) {
                    needSummary.add(outLine);
                }
                out.append(String.join(newline, rewritten.lines()));
                outLine += rewritten.lines().size();
            }
            if (i < lines.length - 1) {
                out.append(newline);
            }
        }
        return new Result(out.toString(), changes, needSummary);
    }

    /** Returns the line that closes the comment opened on line {@code open}, or -1. */
    static int closingLine(String[] lines, int open) {
        for (int k = open + 1; k < lines.length; k++) {
            if (lines[k].contains("*/")) {
                return lines[k].trim().equals("*/") ? k : -1;
            }
        }
        return -1;
    }

    /** A rewritten comment: its lines, and whether it starts with a summary sentence. */
    record Comment(List<String> lines, boolean hasSummary) {}

    /**
     * Returns the multi-line comment, or {@code null} when the one-line comment has no block tag.
     *
     * @param indent the comment's indentation
     * @param body what lies between the comment's opening and closing marks
     * @return the comment, or {@code null} when the comment is left as it is
     */
    static Comment rewriteComment(String indent, String body) {
        List<Integer> starts = tagStarts(body);
        if (starts.isEmpty()) {
            return null;
        }
        String description = body.substring(0, starts.get(0)).trim();
        List<String> tags = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : body.length();
            tags.add(body.substring(starts.get(k), end).trim());
        }
        String summary = description.isEmpty() ? summaryFromReturn(tags) : description;
        if (summary.isEmpty() && tags.size() == 1) {
            // Rendered as intended, only without a summary, which must be written by hand.
            return new Comment(List.of(indent + "/**" + body + "*/"), false);
        }
        List<String> lines = new ArrayList<>();
        lines.add(indent + "/**");
        if (!summary.isEmpty()) {
            lines.addAll(wrap(indent + " * ", indent + " * ", summary));
            lines.add(indent + " *");
        }
        for (String tag : tags) {
            lines.addAll(wrap(indent + " * ", indent + " *     ", tag));
        }
        lines.add(indent + " */");
        return new Comment(lines, !summary.isEmpty());
    }

    /** Returns where each block tag starts: an {@code @name} of a known tag after whitespace, outside braces. */
    static List<Integer> tagStarts(String body) {
        List<Integer> starts = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '@' && depth == 0 && (i == 0 || Character.isWhitespace(body.charAt(i - 1)))) {
                Matcher m = TAG_START.matcher(body).region(i, body.length());
                if (m.lookingAt() && BLOCK_TAGS.contains(m.group(1))
                        && (m.end() == body.length() || Character.isWhitespace(body.charAt(m.end())))) {
                    starts.add(i);
                }
            }
        }
        return starts;
    }

    /** Returns "Returns ..." made from the {@code @return} tag's text, or "" when there is none. */
    static String summaryFromReturn(List<String> tags) {
        for (String tag : tags) {
            if (tag.startsWith("@return ") || tag.startsWith("@returns ")) {
                String text = tag.substring(tag.indexOf(' ') + 1).trim();
                if (text.isEmpty()) {
                    return "";
                }
                if (text.length() > 1 && Character.isUpperCase(text.charAt(0))
                        && Character.isLowerCase(text.charAt(1))) {
                    text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
                }
                if (!text.endsWith(".") && !text.endsWith("!") && !text.endsWith("?")) {
                    text = text + ".";
                }
                return "Returns " + text;
            }
        }
        return "";
    }

    /** Wraps {@code text} at word boundaries so that no line is longer than {@link #WIDTH}, if it can. */
    static List<String> wrap(String firstPrefix, String nextPrefix, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstPrefix);
        boolean empty = true;
        for (String word : text.split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(nextPrefix);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }
}
