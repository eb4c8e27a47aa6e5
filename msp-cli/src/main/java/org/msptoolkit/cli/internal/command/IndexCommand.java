package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.cli.internal.report.Csv;
import org.msptoolkit.cli.internal.report.Json;
import org.msptoolkit.composite.Aggregation;
import org.msptoolkit.composite.CompositeIndex;
import org.msptoolkit.composite.DataSet;
import org.msptoolkit.composite.Results;
import org.msptoolkit.composite.UnitScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code msp index}: builds a composite indicator from COINr-style iData/iMeta CSV files. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Build a composite indicator from COINr-style unit data and metadata files.",
            "Pipeline: [denominate] -> [impute] -> [treat] -> normalise -> aggregate; then print a data set.",
            "CSV output: first column uCode, then one column per indicator or aggregate, rows sorted by uCode;",
            "numbers print as the shortest text that reads back as the same double; a missing value is empty."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built", "2:usage error, or data or metadata that cannot be read (every problem printed)"})
public final class IndexCommand extends MspCommand {
    /** What {@code --output} can print. */
    enum Output {
        normalised,
        aggregated,
        results
    }

    /** What {@code --format} can write. */
    enum Format {
        csv,
        json
    }

    @Option(
            names = "--data",
            required = true,
            paramLabel = "IDATA.csv",
            description = "Unit data: uCode, uName, groups, indicators.")
    private Path data;

    @Option(
            names = "--meta",
            required = true,
            paramLabel = "IMETA.csv",
            description = "Metadata: Level, iCode, iName, Direction, Weight, Parent, Type, ...")
    private Path meta;

    @Option(names = "--denominate", description = "Divide indicators by the denominators named in the metadata first.")
    private boolean denominate;

    @Option(
            names = "--impute",
            paramLabel = "METHOD[:GROUP]",
            description = "Fill missing values: mean, median, or mean:GROUP / median:GROUP within a group column.")
    private Optional<String> impute;

    @Option(
            names = "--treat",
            description = "Treat outliers (winsorise up to 5 points where |skew| >= 2 and kurtosis >= 3.5).")
    private boolean treat;

    @Option(
            names = "--normalise",
            paramLabel = "METHOD[:ARGS]",
            defaultValue = "minmax:0,100",
            description = "One of: " + MethodSpec.NORMALISATIONS + ". Default: ${DEFAULT-VALUE}.")
    private String normalise;

    @Option(
            names = "--aggregate",
            paramLabel = "METHOD[,METHOD...]",
            defaultValue = "amean",
            description = "One of: " + MethodSpec.AGGREGATIONS
                    + "; one for all levels or one per level, bottom up. Default: ${DEFAULT-VALUE}.")
    private String aggregate;

    @Option(
            names = "--output",
            paramLabel = "WHAT",
            defaultValue = "results",
            description = "normalised, aggregated or results (index, aggregates and rank). Default: ${DEFAULT-VALUE}.")
    private Output output;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "csv",
            description = "csv or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "OUT",
            description = "Write to OUT instead of standard output.")
    private Optional<Path> out;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public IndexCommand() {}

    @Override
    protected int execute() throws Exception {
        readable(data);
        readable(meta);
        var normalisation = MethodSpec.normalisation(normalise);
        List<Aggregation> aggregations = MethodSpec.aggregations(aggregate);
        CompositeIndex index = CompositeIndex.fromCsv(data, meta);
        if (denominate) {
            index = index.denominate();
        }
        if (impute.isPresent()) {
            String[] group = MethodSpec.args(impute.get());
            var method = MethodSpec.imputation(impute.get());
            index = group.length == 0 ? index.impute(method) : index.imputeByGroup(method, group[0]);
        }
        if (treat) {
            index = index.treat();
        }
        index = index.normalise(normalisation).aggregate(aggregations.toArray(Aggregation[]::new));
        Results results = index.results();
        List<String> columns = new ArrayList<>();
        Map<String, Map<String, Double>> rows = new TreeMap<>();
        if (output == Output.results) {
            for (UnitScore s : results.table()) {
                Map<String, Double> row = new LinkedHashMap<>(s.aggregates());
                row.put("Rank", s.rank() == 0 ? Double.NaN : s.rank());
                rows.put(s.unit(), row);
                if (columns.isEmpty()) {
                    columns.addAll(row.keySet());
                }
            }
        } else {
            String name = output == Output.normalised ? "Normalised" : "Aggregated";
            DataSet set = results.dataSet(name)
                    .orElseThrow(() -> new CliInputException("the pipeline made no " + name + " data set"));
            columns.addAll(set.codes());
            for (String u : set.units()) {
                rows.put(u, set.row(u));
            }
        }
        emit(out, format == Format.csv ? csv(columns, rows) : json(columns, rows));
        return Msp.OK;
    }

    private static String csv(List<String> columns, Map<String, Map<String, Double>> rows) {
        List<String> header = new ArrayList<>(List.of("uCode"));
        header.addAll(columns);
        StringBuilder b = new StringBuilder(Csv.row(header));
        rows.forEach((unit, row) -> {
            List<String> cells = new ArrayList<>(List.of(unit));
            for (String c : columns) {
                Double v = row.get(c);
                cells.add(v == null || v.isNaN() ? "" : Csv.number(v));
            }
            b.append(Csv.row(cells));
        });
        return b.toString();
    }

    private static String json(List<String> columns, Map<String, Map<String, Double>> rows) {
        List<Object> list = new ArrayList<>();
        rows.forEach((unit, row) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("uCode", unit);
            for (String c : columns) {
                Double v = row.get(c);
                m.put(c, v == null || v.isNaN() ? null : v);
            }
            list.add(m);
        });
        return Json.write(list);
    }
}
